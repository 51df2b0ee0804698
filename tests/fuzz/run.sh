#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [TARGET...]  - runs each libFuzzer target (build/fuzz/bin/fuzz_*) for SECONDS,
# seeded from testdata/ (and rules/ for the rules reader). New inputs go to build/fuzz/corpus/TARGET/,
# crashes to build/fuzz/artifacts/ (SCT_FUZZ_FRESH=1: start from the seeds alone, as make check does). A crash fails the run: copy the input into testdata/regress/ (see its
# README) so that make check keeps converting it, then fix it.
# Last line: fuzz: N targets ok, N failed
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SECONDS_EACH=${1:-60}; shift || true
BIN=$REPO/build/fuzz/bin
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(cd "$BIN" 2>/dev/null && ls fuzz_* 2>/dev/null))
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets in $BIN (make fuzz builds them)"; echo "fuzz: 0 targets ok, 1 failed"; exit 1; }
mkdir -p "$REPO/build/fuzz/artifacts"
ok=0; bad=0
for t in "${targets[@]}"; do
	case $t in
	fuzz_rules) seeds=("$REPO/rules") ;;
	*) seeds=("$REPO/testdata/mssql" "$REPO/testdata/sample" "$REPO/testdata/regress") ;;
	esac
	corpus=$REPO/build/fuzz/corpus/$t
	if [ -n "${SCT_FUZZ_FRESH:-}" ]; then # make check: the seeds only, so the run stays short
		corpus=$REPO/build/fuzz/fresh/$t
		rm -rf "$corpus"
	fi
	mkdir -p "$corpus"
	log=$REPO/build/fuzz/$t.log
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 LSAN_OPTIONS=suppressions=$HERE/lsan.supp \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		nice "$BIN/$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="$REPO/build/fuzz/artifacts/$t-" "$corpus" "${seeds[@]}" >"$log" 2>&1
	rc=$?
	runs=$(grep -a -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
	if [ $rc -eq 0 ]; then
		echo "ok   $t: ${runs:-?} runs in ${SECONDS_EACH}s, corpus $(ls "$corpus" | wc -l) files"
		ok=$((ok+1))
	else
		echo "FAIL $t: exit $rc; log $log"
		grep -a -m20 -E 'ERROR:|SUMMARY|runtime error|^    #[0-9]|Test unit written|deadly signal|timeout' "$log" | cut -c1-200 | sed 's/^/    /'
		bad=$((bad+1))
	fi
done
echo "fuzz: $ok targets ok, $bad failed"
[ $bad -eq 0 ]
