#!/usr/bin/env bash
# tests/lib/run-all.sh [B] - libsctconv as a library: exported symbols, public headers, the man page, install
# and uninstall, the examples built through pkg-config, no global mutable state, no dependence on the locale.
# Last line: lib: N passed, N failed
set -uo pipefail
B=${1:-build}
here=$(dirname "$0")
passed=0; failed=0
run() { if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); fi; }
run bash "$here/exports.sh" "$B/libsctconv.so" include
run env SCT_LIB="$B/libsctconv.so" bash "$here/headers.sh" include
run bash "$here/man.sh" "$B/sctconv" man/sctconv.1
run bash "$here/globals.sh" "$B/obj"
run bash "$here/install.sh" "$B"
run bash "$here/examples.sh" "$B"
run bash "$here/locale.sh" "$B"
echo "lib: $passed passed, $failed failed"
[ $failed -eq 0 ]
