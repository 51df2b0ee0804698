#!/usr/bin/env bash
# tests/bench/bench.sh BUILD_DIR  - the benchmark behind `make bench`. Generates deterministic synthetic T-SQL
# (BUILD_DIR/tools/gen_tsql) of 1, 10 and 100 MB, converts each to every target the CLI accepts, pinned to one
# core, default options, output to a file, and prints per run: seconds (best of SCT_BENCH_RUNS, default 3),
# MB/s, statements/s, CPU seconds (user + system, best of the runs: steadier than wall time on a shared
# machine) and MB/s by CPU time, peak RSS (getrusage, via GNU time) and its ratio to the input size; then the
# stage times of the 10 MB postgres run (SCT_STATS=1) and the time ratio 100 MB / 10 MB (linear: about 10).
# The PostgreSQL inputs are run once more not pinned (two CPUs: the libpg_query check on a second thread),
# in rows of their own.
set -uo pipefail
B=${1:-build/bench}
CLI=$B/sctconv; GEN=$B/tools/gen_tsql
[ -x "$CLI" ] && [ -x "$GEN" ] || { echo "bench: build $CLI and $GEN first (make bench)" >&2; exit 2; }
RUNS=${SCT_BENCH_RUNS:-3}
SIZES=(${SCT_BENCH_SIZES:-1 10 100})
D=$B/data; mkdir -p "$D"
PIN=""; command -v taskset >/dev/null && PIN="taskset -c 0"
TIME=/usr/bin/time; [ -x $TIME ] || { echo "bench: GNU time (/usr/bin/time) is needed for peak RSS" >&2; exit 2; }

for mb in "${SIZES[@]}"; do
	[ -s "$D/schema-$mb.sql" ] || "$GEN" "$mb" >"$D/schema-$mb.sql"
done
targets=()
printf -- '-- probe\n' >"$D/probe.sql"
for t in postgres mysql mariadb; do
	"$CLI" -q --from mssql --to $t -o /dev/null "$D/probe.sql" 2>/dev/null; [ $? -ne 2 ] && targets+=($t)
done

echo "sctconv benchmark: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), pinned: ${PIN:-no}"
printf '%-9s %7s %8s %9s %10s %7s %9s %9s %6s\n' target input seconds MB/s stmts/s cpu_s MB/s_cpu peak_MB x_input
declare -A best bestcpu
# one row: target t, input mb, run under pin ("" for not pinned), key for the scaling lines
row() {
	local t=$1 mb=$2 pin=$3 key=$4
	f=$D/schema-$mb.sql
	bytes=$(stat -c %s "$f")
	b="" c="" rss=0
	for ((r = 0; r < RUNS; r++)); do
		t0=$(date +%s.%N)
		$pin $TIME -f '%U %S %M' -o "$D/rss" "$CLI" -q --from mssql --to $t -o "$D/out.sql" "$f" 2>/dev/null
		rc=$?
		t1=$(date +%s.%N)
		[ $rc -le 1 ] || { echo "bench: $t $mb MB: exit $rc" >&2; exit 1; }
		s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
		if [ -z "$b" ] || awk -v s="$s" -v b="$b" 'BEGIN { exit !(s < b) }'; then b=$s; fi
		read -r u sy r_kb < <(tail -1 "$D/rss")
		[ "$r_kb" -gt "$rss" ] && rss=$r_kb
		cs=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }')
		if [ -z "$c" ] || awk -v s="$cs" -v b="$c" 'BEGIN { exit !(s < b) }'; then c=$cs; fi
	done
	stmts=$(SCT_STATS=1 "$CLI" -q --from mssql --to $t -o /dev/null "$f" 2>&1 >/dev/null | sed -n 's/^sctconv stats: [0-9]* bytes, \([0-9]*\) statements.*/\1/p')
	best[$key-$mb]=$b bestcpu[$key-$mb]=$c
	awk -v t=$t -v mb=$mb -v s="$b" -v c="$c" -v bytes=$bytes -v st="${stmts:-0}" -v rss=$rss 'BEGIN {
		mbc = c > 0 ? bytes / 1048576 / c : 0
		printf "%-9s %5sMB %8.3f %9.1f %10.0f %7.2f %9.1f %9.1f %6.2f\n", t, mb, s, bytes / 1048576 / s, st / s, c, mbc, rss / 1024, rss * 1024 / bytes }'
}
for t in "${targets[@]}"; do
	for mb in "${SIZES[@]}"; do
		row $t $mb "$PIN" $t
	done
done
# PostgreSQL again on two CPUs (not pinned): the libpg_query check runs on a second thread (sctconv --threads)
two=""
if [ -n "$PIN" ] && [ "$(nproc)" -ge 2 ] && [[ " ${targets[*]} " == *" postgres "* ]]; then
	two="postgres-2cpu"
	echo "postgres, not pinned (2 CPUs: the libpg_query check on a second thread; cpu_s counts both threads):"
	for mb in "${SIZES[@]}"; do
		row postgres $mb "" $two
	done
fi
for t in "${targets[@]}" $two; do
	if [ -n "${best[$t-10]:-}" ] && [ -n "${best[$t-100]:-}" ]; then
		awk -v t=$t -v a="${best[$t-100]}" -v b="${best[$t-10]}" -v ca="${bestcpu[$t-100]}" -v cb="${bestcpu[$t-10]}" 'BEGIN {
			r = cb > 0 ? ca / cb : 0
			printf "scaling %s: 100 MB / 10 MB time ratio %.2f, CPU time ratio %.2f (linear = 10)\n", t, a / b, r }'
	fi
done
mid=${SIZES[1]:-${SIZES[0]}}
echo "stages, postgres, $mid MB (SCT_STATS=1):"
SCT_STATS=1 $PIN "$CLI" -q --from mssql --to postgres -o "$D/out.sql" "$D/schema-$mid.sql" 2>&1 >/dev/null | sed 's/^sctconv stats: /  /'
if [ -n "$two" ]; then
	echo "stages, postgres, $mid MB, not pinned (SCT_STATS=1):"
	SCT_STATS=1 "$CLI" -q --from mssql --to postgres -o "$D/out.sql" "$D/schema-$mid.sql" 2>&1 >/dev/null | sed 's/^sctconv stats: /  /'
fi
rm -f "$D/out.sql" "$D/rss"
