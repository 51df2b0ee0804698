#!/usr/bin/env bash
# Installs every Debian package that building and testing sctconv needs. Safe to run twice.
set -euo pipefail
PKGS=(
  build-essential make gcc pkg-config
  re2c bison
  libpg-query-dev libprotobuf-c-dev
  libcmocka-dev
  clang libclang-rt-14-dev valgrind time python3 locales
  postgresql-15 postgresql-client-15 postgresql-15-plpgsql-check
  mariadb-server mariadb-client
  chromium
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  # Do not start the distribution's own server instances: the tests start throwaway ones.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
echo "setup: all packages present"
