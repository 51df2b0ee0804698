#!/usr/bin/env bash
# tests/lib/headers.sh [INCLUDEDIR] - every public header compiles on its own as C99 (pedantic, warnings are
# errors) and as C++11, and a C++ program can call the API through it.
set -uo pipefail
inc=${1:-include}
CC=${CC:-gcc}; CXX=${CXX:-g++}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sct-headers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
rc=0; n=0
for h in $(cd "$inc" && find . -name '*.h' | sed 's|^\./||' | sort); do
	n=$((n+1))
	printf '#include "%s"\nint sct_header_test_anchor;\n' "$h" >"$tmp/t.c"
	if ! $CC -std=c99 -Wall -Wextra -pedantic -Werror -I"$inc" -c -o "$tmp/t.o" "$tmp/t.c" 2>"$tmp/err"; then
		echo "FAIL headers: $h as C99:"; cat "$tmp/err"; rc=1
	fi
	if ! $CXX -std=c++11 -Wall -Wextra -pedantic -Werror -I"$inc" -x c++ -c -o "$tmp/t.o" "$tmp/t.c" 2>"$tmp/err"; then
		echo "FAIL headers: $h as C++11:"; cat "$tmp/err"; rc=1
	fi
done
# extern "C" is right: a C++ caller links against the C library
cat >"$tmp/u.cc" <<'CC'
#include "sctconv.h"
int main() { sct_options o = SCT_OPTIONS_INIT; sct_session *s = 0; int rc = sct_session_new(&s, &o); sct_session_free(s); return rc == SCT_EUSAGE ? 0 : 1; }
CC
if [ -n "${SCT_LIB:-}" ]; then
	if ! $CXX -std=c++11 -Wall -Wextra -Werror -I"$inc" -o "$tmp/u" "$tmp/u.cc" "$SCT_LIB" -Wl,-rpath,"$(dirname "$SCT_LIB")" 2>"$tmp/err"; then
		echo "FAIL headers: a C++ program does not link against $SCT_LIB:"; cat "$tmp/err"; rc=1
	elif ! "$tmp/u"; then
		echo "FAIL headers: the C++ program did not get SCT_EUSAGE for empty options"; rc=1
	fi
fi
[ $rc -eq 0 ] && echo "ok   headers: $n headers compile alone as C99 and C++11${SCT_LIB:+; C++ program links and runs}"
exit $rc
