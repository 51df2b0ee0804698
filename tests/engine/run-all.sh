#!/usr/bin/env bash
# tests/engine/run-all.sh CLI  - what `make check` runs after the unit tests.
# Starts PostgreSQL once: the testdata cases and the corpus scoreboard for target postgres; stops it.
# Then MariaDB: the cases for target mariadb, when the CLI accepts --to mariadb (exit 2 = not yet).
# Both servers are stopped on exit, on ^C and on TERM. Last line: engine: N passed, N failed
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
CLI=$1
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
case "$CLI" in /*) ;; */*) CLI="$PWD/$CLI" ;; esac
. "$HERE/pg.sh"
. "$HERE/mariadb.sh"

TOTAL_P=0; TOTAL_F=0
LOG=$(mktemp "${TMPDIR:-/tmp}/sct-run-all.XXXXXX") || exit 2
sct_on_exit "rm -f '$LOG'"
T_START=$(date +%s)

# run_part LABEL CMD...: runs a part, shows its output, adds up its closing "N passed, N failed"
run_part() {
	local label=$1; shift
	local t0=$(date +%s) p f
	echo "=== $label"
	"$@" 2>&1 | tee "$LOG"
	local rc=${PIPESTATUS[0]}
	local last
	last=$(grep -E '^[A-Za-z()-]+: [0-9]+ passed, [0-9]+ failed$' "$LOG" | tail -n1)
	if [ -n "$last" ]; then
		p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/' <<<"$last")
		f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/' <<<"$last")
	else
		echo "run-all: $label printed no result line (exit $rc)"
		p=0; f=1
	fi
	[ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
	TOTAL_P=$((TOTAL_P+p)); TOTAL_F=$((TOTAL_F+f))
	echo "=== $label: $(( $(date +%s) - t0 ))s"
}

if [ ! -x "$CLI" ]; then
	echo "run-all: CLI '$CLI' is not an executable file" >&2
	echo "engine: 0 passed, 1 failed"
	exit 1
fi

# --- the assessment report: formats, schema, golden text, HTML in headless Chromium (no server needed)
run_part "report" bash "$REPO/tests/report/run.sh" "$CLI"

# --- PostgreSQL
if pg_start; then
	run_part "cases: postgres" bash "$HERE/run-cases.sh" "$CLI" postgres
	run_part "corpus: postgres" bash "$REPO/tests/corpus/scoreboard.sh" "$CLI" postgres
	run_part "cases: oracle -> postgres" bash "$HERE/run-cases.sh" "$CLI" postgres "$REPO"/testdata/oracle/*.sql
	run_part "corpus: oracle -> postgres" bash "$REPO/tests/corpus/scoreboard.sh" "$CLI" postgres \
		"${SCT_CORPUS:-$REPO/../shared/corpus}"/oracle/*.sql
	pg_stop
else
	echo "run-all: PostgreSQL did not start"
	TOTAL_F=$((TOTAL_F+1))
fi

# --- MariaDB, once the CLI has the target
probe=$(mktemp "${TMPDIR:-/tmp}/sct-probe.XXXXXX") || exit 2
sct_on_exit "rm -f '$probe' '$probe.out' '$probe.json'"
printf -- '-- probe\n' >"$probe"
timeout 30 "$CLI" --from mssql --to mariadb -o "$probe.out" --report "$probe.json" "$probe" </dev/null >/dev/null 2>&1
prc=$?
if [ $prc -eq 2 ]; then
	echo "mariadb: target not available yet, skipped"
elif [ $prc -ne 0 ] && [ $prc -ne 1 ]; then
	echo "run-all: --to mariadb on a one-line script gave exit $prc"
	TOTAL_F=$((TOTAL_F+1))
elif my_start; then
	run_part "cases: mariadb" bash "$HERE/run-cases.sh" "$CLI" mariadb
	run_part "corpus: mariadb" bash "$REPO/tests/corpus/scoreboard.sh" "$CLI" mariadb
	run_part "cases: oracle -> mariadb" bash "$HERE/run-cases.sh" "$CLI" mariadb "$REPO"/testdata/oracle/*.sql
	run_part "corpus: oracle -> mariadb" bash "$REPO/tests/corpus/scoreboard.sh" "$CLI" mariadb \
		"${SCT_CORPUS:-$REPO/../shared/corpus}"/oracle/*.sql
	my_stop
else
	echo "run-all: MariaDB did not start"
	TOTAL_F=$((TOTAL_F+1))
fi

echo "engine total time: $(( $(date +%s) - T_START ))s"
echo "engine: $TOTAL_P passed, $TOTAL_F failed"
[ $TOTAL_F -eq 0 ]
