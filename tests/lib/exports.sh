#!/usr/bin/env bash
# tests/lib/exports.sh LIB.so [INCLUDEDIR [DOC]] - the shared library exports exactly the functions declared
# with SCT_EXTERN in the public headers: no internal sct_ helpers, no parser/lexer or libpg_query symbols, no
# data; and DOC (docs/api.md) names every one of them.
set -euo pipefail
so=${1:?usage: exports.sh LIB.so [INCLUDEDIR [DOC]]}
inc=${2:-include}
doc=${3:-docs/api.md}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sct-exports.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
headers=$(find "$inc" -name '*.h' | sort)
# every prototype in the public headers carries SCT_EXTERN; static inline accessors (ast.h) are not exported
undecorated=$(grep -hE '^[A-Za-z].*[ *]sct_[a-z0-9_]+\(' $headers | grep -vE '^(SCT_EXTERN|typedef|#|static inline )' || true)
if [ -n "$undecorated" ]; then
	echo "FAIL exports: prototypes without SCT_EXTERN:"; echo "$undecorated"; exit 1
fi
grep -hoE 'SCT_EXTERN\([^)]*\) *sct_[a-z0-9_]+' $headers | sed -E 's/.*[ )]//' | sort -u >"$tmp/declared"
nm -D --defined-only "$so" | awk '{print $2, $3}' | sort -k2 >"$tmp/nm"
awk '$1 != "T" {print}' "$tmp/nm" >"$tmp/nonfunc"
awk '{print $2}' "$tmp/nm" | sort -u >"$tmp/exported"
rc=0
if [ -s "$tmp/nonfunc" ]; then echo "FAIL exports: exported non-functions:"; cat "$tmp/nonfunc"; rc=1; fi
if ! diff -u "$tmp/declared" "$tmp/exported" >"$tmp/diff"; then
	echo "FAIL exports: declared (-) vs exported (+):"; grep -E '^[-+][a-z]' "$tmp/diff" || true; rc=1
fi
undocumented=$(while read -r f; do grep -qw -- "$f" "$doc" || echo "$f"; done <"$tmp/declared")
if [ -n "$undocumented" ]; then echo "FAIL exports: not named in $doc:" $undocumented; rc=1; fi
readelf -d "$so" | grep 'SONAME.*\[libsctconv\.so\.[0-9]*\]' >/dev/null || { echo "FAIL exports: no libsctconv.so.N soname"; rc=1; }
if readelf -d "$so" | grep 'NEEDED.*libpg_query' >/dev/null; then echo "FAIL exports: libpg_query is not linked in"; rc=1; fi
[ $rc -eq 0 ] && echo "ok   exports: $(wc -l <"$tmp/declared") functions declared, exactly those exported, all in $doc"
exit $rc
