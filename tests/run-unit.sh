#!/usr/bin/env bash
# tests/run-unit.sh BIN...  - runs each cmocka unit test binary and sums up.
# A binary passes its count of "[  PASSED  ] N test(s)." and fails its "[  FAILED  ] N test(s)";
# a binary that exits non-zero without a FAILED count (crash, sanitizer report, abort) counts as
# one more failure. The output of a binary that failed is shown in full.
# Last line: unit: N passed, N failed
set -uo pipefail
PASSED=0; FAILED=0; BAD_BINS=()
tmp=$(mktemp "${TMPDIR:-/tmp}/sct-unit.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=86"
[ $# -gt 0 ] || echo "run-unit: no unit test binaries given" >&2
for bin in "$@"; do
	name=$(basename "$bin")
	if [ ! -x "$bin" ]; then
		echo "FAIL $name: not an executable file ($bin)"; FAILED=$((FAILED+1)); BAD_BINS+=("$name"); continue
	fi
	timeout -k 5 "${SCT_UNIT_TIMEOUT:-300}" "$bin" </dev/null >"$tmp" 2>&1
	rc=$?
	p=$(grep -E '^\[  PASSED  \] [0-9]+ test' "$tmp" | awk '{s+=$4} END{print s+0}')
	f=$(grep -E '^\[  FAILED  \] [0-9]+ test' "$tmp" | awk '{s+=$4} END{print s+0}')
	san=$(grep -c -E 'ERROR: [A-Za-z]+Sanitizer|runtime error:|SUMMARY: [A-Za-z]+Sanitizer' "$tmp")
	PASSED=$((PASSED+p)); FAILED=$((FAILED+f))
	if [ $rc -ne 0 ] || [ "$f" -gt 0 ] || [ "$san" -gt 0 ]; then
		if [ "$f" -eq 0 ]; then
			why="exit $rc"
			[ $rc -eq 86 ] || [ "$san" -gt 0 ] && why="sanitizer report"
			[ $rc -eq 124 ] && why="timeout"
			[ $rc -gt 128 ] && [ $rc -ne 124 ] && why="signal $((rc-128))"
			echo "FAIL $name: crashed ($why) after $p passed tests"
			FAILED=$((FAILED+1))
		else
			echo "FAIL $name: $f failed, $p passed"
		fi
		BAD_BINS+=("$name")
		sed 's/^/    /' "$tmp" | head -n 200
	else
		echo "ok   $name: $p passed"
	fi
done
[ ${#BAD_BINS[@]} -gt 0 ] && echo "failing binaries: ${BAD_BINS[*]}"
echo "unit: $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
