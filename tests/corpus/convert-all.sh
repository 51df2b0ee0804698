#!/usr/bin/env bash
# tests/corpus/convert-all.sh CLI
#
# Converts every file of the shared corpus ($REPO/../shared/corpus/DIALECT/, read in place) from
# each source dialect the CLI accepts to each target it accepts, into a temp dir, without loading.
# Meant for the AddressSanitizer build: any exit status other than 0 or 1 (a sanitizer report, a
# signal, a timeout) fails the file. A dialect or target is skipped when the CLI answers exit 2
# for it on a one-line probe script (unknown dialect); mssql -> postgres must be accepted.
# Sanitizers exit 1 by default, like "needs a person": this script makes them exit 86 and also
# fails a run whose stderr has a sanitizer report.
# Last line: convert-all: N passed, N failed
set -uo pipefail

[ $# -ge 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
CLI=$1
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
case "$CLI" in /*) ;; */*) CLI="$PWD/$CLI" ;; esac
[ -x "$CLI" ] || { echo "convert-all: CLI '$CLI' is not an executable file" >&2; echo "convert-all: 0 passed, 1 failed"; exit 1; }
CORPUS=${SCT_CORPUS:-$REPO/../shared/corpus}
TIMEOUT=${SCT_CONVERT_TIMEOUT:-120}
TARGETS=(${SCT_TARGETS:-postgres mysql mariadb oracle mssql sqlite redshift})

export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=86"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}exitcode=86"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/sct-convert.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'rm -rf "$TMP"; exit 130' INT
trap 'rm -rf "$TMP"; exit 143' TERM

# accepts FROM TO: exit status of a conversion of a one-line script (2 = unknown dialect)
probe() {
	printf -- '-- probe\n' >"$TMP/probe.sql"
	timeout -k 5 30 "$CLI" --from "$1" --to "$2" -o "$TMP/probe.out" --report "$TMP/probe.json" "$TMP/probe.sql" \
		</dev/null >/dev/null 2>"$TMP/probe.err"
}

PASSED=0; FAILED=0; skipped=()
shopt -s nullglob
dialects=()
for d in "$CORPUS"/*/; do dialects+=("$(basename "$d")"); done
if [ ${#dialects[@]} -eq 0 ]; then
	echo "convert-all: no corpus at $CORPUS" >&2
	echo "convert-all: 0 passed, 1 failed"; exit 1
fi
for from in "${dialects[@]}"; do
	files=("$CORPUS/$from"/*.sql)
	[ ${#files[@]} -gt 0 ] || continue
	for to in "${TARGETS[@]}"; do
		[ "$from" = "$to" ] && continue
		probe "$from" "$to"; rc=$?
		if [ $rc -eq 2 ]; then
			if [ "$from" = mssql ] && [ "$to" = postgres ]; then
				echo "FAIL --from mssql --to postgres is not accepted: $(head -c 300 "$TMP/probe.err")"
				FAILED=$((FAILED+1))
			else
				skipped+=("$from->$to")
			fi
			continue
		fi
		if [ $rc -ne 0 ] && [ $rc -ne 1 ] && grep -qiE 'unknown|not supported|unsupported' "$TMP/probe.err"; then
			# refused, but with a sanitizer report (a leak on the usage-error path): one failure, once
			if [ -z "${probe_san:-}" ]; then
				probe_san=1
				echo "FAIL --from $from --to $to is refused with exit $rc instead of 2 (sanitizer report on the refusal path):"
				grep -m8 -E 'Sanitizer|^    #[0-9]|SUMMARY' "$TMP/probe.err" | cut -c1-200 | sed 's/^/      /'
				FAILED=$((FAILED+1))
			fi
			skipped+=("$from->$to")
			continue
		fi
		if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
			echo "FAIL $from -> $to: the probe script (one comment line) gave exit $rc: $(head -c 300 "$TMP/probe.err")"
			FAILED=$((FAILED+1)); continue
		fi
		mkdir -p "$TMP/$from-$to"
		n_ok=0; t0=$(date +%s)
		for f in "${files[@]}"; do
			name=$(basename "$f" .sql)
			out="$TMP/$from-$to/$name.out"; err="$TMP/$from-$to/$name.err"
			timeout -k 5 "$TIMEOUT" "$CLI" --from "$from" --to "$to" -o "$out" --report "$out.json" "$f" \
				</dev/null >/dev/null 2>"$err"
			rc=$?
			san=$(grep -m1 -E 'ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: [A-Za-z]+Sanitizer' "$err")
			if { [ $rc -eq 0 ] || [ $rc -eq 1 ]; } && [ -z "$san" ]; then
				PASSED=$((PASSED+1)); n_ok=$((n_ok+1))
			else
				why="exit $rc"
				[ $rc -eq 86 ] && why="sanitizer"
				[ $rc -eq 124 ] && why="timeout ${TIMEOUT}s"
				[ $rc -gt 128 ] && why="signal $((rc-128))"
				echo "FAIL $from -> $to $name: $why"
				grep -m12 -E 'Sanitizer|runtime error|^    #[0-9]|SUMMARY|Assertion|error' "$err" | cut -c1-200 | sed 's/^/      /'
				FAILED=$((FAILED+1))
			fi
		done
		echo "$from -> $to: $n_ok/${#files[@]} files ok ($(( $(date +%s) - t0 ))s)"
	done
done
[ ${#skipped[@]} -gt 0 ] && echo "not accepted by the CLI (exit 2), skipped: ${skipped[*]}"
echo "convert-all: $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
