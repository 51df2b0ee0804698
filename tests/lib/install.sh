#!/usr/bin/env bash
# tests/lib/install.sh - `make install` with PREFIX and DESTDIR puts exactly the expected files in place
# (symlinks to the versioned shared library, a pkg-config file that points at the prefix), and
# `make uninstall` removes every one of them.
set -uo pipefail
B=${1:-build}
root=$(mktemp -d "${TMPDIR:-/tmp}/sct-install.XXXXXX")
trap 'rm -rf "$root"' EXIT
prefix=/opt/sctconv-test
M="make --no-print-directory -s B=$B PREFIX=$prefix DESTDIR=$root"
version=$(sed -n 's/^#define SCT_VERSION_STRING "\(.*\)"/\1/p' include/sctconv.h)
major=${version%%.*}
rc=0
fail() { echo "FAIL install: $*"; rc=1; }

$M install >"$root.log" 2>&1 || { echo "FAIL install: make install failed:"; cat "$root.log"; rm -f "$root.log"; exit 1; }
rm -f "$root.log"
expected=$( {
	echo "bin/sctconv"
	echo "include/sctconv.h"
	for h in include/sctconv/*.h; do echo "include/sctconv/$(basename "$h")"; done
	echo "lib/libsctconv.a"
	echo "lib/libsctconv.so"
	echo "lib/libsctconv.so.$major"
	echo "lib/libsctconv.so.$version"
	echo "lib/pkgconfig/sctconv.pc"
	for r in rules/*.rules; do echo "share/sctconv/rules/$(basename "$r")"; done
	echo "share/man/man1/sctconv.1"
} | sort)
got=$(cd "$root$prefix" && find . ! -type d | sed 's|^\./||' | sort)
[ "$got" = "$expected" ] || fail "installed files differ (- expected, + got):
$(diff <(echo "$expected") <(echo "$got") | grep '^[<>]' | sed 's/^</-/; s/^>/+/')"
[ "$(readlink "$root$prefix/lib/libsctconv.so")" = "libsctconv.so.$major" ] || fail "libsctconv.so is not a link to libsctconv.so.$major"
[ "$(readlink "$root$prefix/lib/libsctconv.so.$major")" = "libsctconv.so.$version" ] || fail "libsctconv.so.$major is not a link to libsctconv.so.$version"
[ -x "$root$prefix/bin/sctconv" ] || fail "bin/sctconv is not executable"
"$root$prefix/bin/sctconv" --version | grep "$version" >/dev/null || fail "installed sctconv --version does not say $version"
pc="$root$prefix/lib/pkgconfig/sctconv.pc"
if [ -f "$pc" ]; then
	export PKG_CONFIG_PATH="$root$prefix/lib/pkgconfig"
	[ "$(pkg-config --modversion sctconv)" = "$version" ] || fail "pkg-config --modversion is not $version"
	[ "$(pkg-config --cflags sctconv | xargs)" = "-I$prefix/include" ] || fail "pkg-config --cflags: $(pkg-config --cflags sctconv)"
	[ "$(pkg-config --libs sctconv | xargs)" = "-L$prefix/lib -lsctconv" ] || fail "pkg-config --libs: $(pkg-config --libs sctconv)"
	pkg-config --static --libs sctconv | grep -- '-lpg_query' >/dev/null || fail "pkg-config --static --libs lacks -lpg_query"
	[ "$(pkg-config --variable=rulesdir sctconv)" = "$prefix/share/sctconv/rules" ] || fail "rulesdir variable"
	grep -qE '@[A-Z]+@' "$pc" && fail "unreplaced @...@ in sctconv.pc"
fi
# nothing was written outside DESTDIR's prefix
outside=$(cd "$root" && find . ! -type d ! -path ".$prefix/*")
[ -z "$outside" ] || fail "files outside the prefix: $outside"

$M uninstall >/dev/null 2>&1 || fail "make uninstall failed"
left=$(cd "$root" && find . ! -type d | sed 's|^\./||')
[ -z "$left" ] && [ ! -d "$root$prefix/share/sctconv" ] && [ ! -d "$root$prefix/include/sctconv" ] ||
	fail "left after uninstall: $left $(cd "$root" && find . -path '*sctconv*' -type d)"
[ $rc -eq 0 ] && echo "ok   install: $(echo "$expected" | wc -l) files installed under DESTDIR+PREFIX, all removed by uninstall"
exit $rc
