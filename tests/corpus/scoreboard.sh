#!/usr/bin/env bash
# tests/corpus/scoreboard.sh CLI TARGET [FILE...]
#
# For every file of the shared corpus ($REPO/../shared/corpus/mssql/, read in place, never copied; or the FILEs
# given, whose directory names the source dialect, e.g. .../corpus/oracle/*.sql):
# converts it (timeout 60 s; a signal, a timeout or an exit status other than 0/1 is a crash),
# loads the output into a fresh database WITHOUT stopping on errors and counts the errors, then
# counts tables, foreign keys, indexes (those not backing a constraint) and views in the catalog
# and sets them beside the source counts of the JSON report ('?' where the report has none).
# A file passes: no crash, zero load errors, no fewer tables in the target than in the source.
# Files that are parts of one database project (named PROJECT_part.sql in one directory, more than one sharing PROJECT,
# e.g. the Wide World Importers parts wwi_*.sql) are converted together in one run and loaded as one database,
# as a migration engineer converts a whole database: its procedures read tables defined in the other parts.
# Uses the server of a parent script when one is running, else starts its own.
# Last line: corpus(TARGET): N passed, N failed
set -uo pipefail

[ $# -ge 2 ] || { echo "usage: $0 CLI TARGET [FILE...]" >&2; exit 2; }
CLI=$1; TARGET=$2; shift 2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
case "$CLI" in /*) ;; */*) CLI="$PWD/$CLI" ;; esac
[ -x "$CLI" ] || { echo "scoreboard: CLI '$CLI' is not an executable file" >&2; exit 2; }
case "$TARGET" in
	postgres|postgresql|pg) ENGINE=pg ;;
	mariadb|mysql) ENGINE=my ;;
	*) echo "scoreboard: no database server for target '$TARGET'" >&2; exit 2 ;;
esac

CORPUS=${SCT_CORPUS:-$REPO/../shared/corpus}
if [ $# -gt 0 ]; then
	FILES=("$@")
else
	shopt -s nullglob
	FILES=("$CORPUS"/mssql/*.sql)
	shopt -u nullglob
fi
if [ ${#FILES[@]} -eq 0 ]; then
	echo "scoreboard: no corpus files in $CORPUS/mssql" >&2
	echo "corpus($TARGET): 0 passed, 1 failed"
	exit 1
fi

. "$HERE/../engine/pg.sh"
. "$HERE/../engine/mariadb.sh"
if [ $ENGINE = pg ]; then
	pg_running || pg_start || { echo "corpus($TARGET): 0 passed, ${#FILES[@]} failed"; exit 1; }
else
	my_running || my_start || { echo "corpus($TARGET): 0 passed, ${#FILES[@]} failed"; exit 1; }
fi

OUTDIR=${SCT_TEST_OUT:-$REPO/build/test-out}/corpus-$TARGET
mkdir -p "$OUTDIR" || exit 2
TIMEOUT=${SCT_CONVERT_TIMEOUT:-60}
SHOW_ERRORS=${SCT_SHOW_ERRORS:-3}

# catalog counts: tables fks indexes views, space separated
pg_counts() {
	pg_psql "$1" -F ' ' -c "
		WITH ns AS (SELECT oid FROM pg_namespace
		            WHERE nspname NOT IN ('pg_catalog','information_schema') AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%')
		SELECT (SELECT count(*) FROM pg_class WHERE relkind IN ('r','p') AND relnamespace IN (SELECT oid FROM ns)),
		       (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace IN (SELECT oid FROM ns)),
		       (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		         WHERE c.relnamespace IN (SELECT oid FROM ns)
		           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p','u','x'))),
		       (SELECT count(*) FROM pg_class WHERE relkind IN ('v','m') AND relnamespace IN (SELECT oid FROM ns))"
}
MY_SYS="'mysql','information_schema','performance_schema','sys'"
my_counts() {
	my_sql '' -e "
		SELECT (SELECT count(*) FROM information_schema.tables WHERE table_type='BASE TABLE' AND table_schema NOT IN ($MY_SYS)),
		       (SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type='FOREIGN KEY' AND table_schema NOT IN ($MY_SYS)),
		       (SELECT count(DISTINCT s.table_schema, s.table_name, s.index_name) FROM information_schema.statistics s
		         WHERE s.table_schema NOT IN ($MY_SYS) AND s.index_name <> 'PRIMARY'
		           AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k
		                           WHERE k.table_schema = s.table_schema AND k.table_name = s.table_name
		                             AND k.constraint_name = s.index_name AND k.constraint_type IN ('UNIQUE','FOREIGN KEY'))),
		       (SELECT count(*) FROM information_schema.views WHERE table_schema NOT IN ($MY_SYS))" | tr '\t' ' '
}
my_reset() {   # MySQL schemas are databases: drop every user database, then make DB
	local d
	for d in $(my_sql '' -e "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN ($MY_SYS)"); do
		my_sql '' -e "SET foreign_key_checks = 0; DROP DATABASE \`$d\`" || return 1
	done
	my_fresh_db "$1"
}

FMT='%-44s %5s %5s %5s %6s %9s %9s %9s %9s %12s  %s\n'
printf "$FMT" file stmts conv manual errors tables fks indexes views routines result
printf "$FMT" "" "" "" "" "" src/db src/db src/db src/db auto/left/cw ""
PASSED=0; FAILED=0
R_ALL=0; R_AUTO=0; R_LEFT=0; R_CARRIED=0; R_CHECK=0
# routines (procedures, functions, triggers) of a report: count, converted fully automatically, converted with
# statements left for a person (C010 items, or C014: dynamic SQL whose text runs unconverted), carried whole, and how many of the converted ones with no C010 item
# fail plpgsql_check (file $2: "function<TAB>message" lines); those are not counted as fully automatic but as left.
routine_counts() {
	python3 - "$1" "${2:-/dev/null}" <<'PY' 2>/dev/null || echo "0 0 0 0 0"
import json, re, sys
r = json.load(open(sys.argv[1])); s = r.get("summary", {}); ks = ("procedures", "functions", "triggers")
n = sum(s.get(k, {}).get("count", 0) for k in ks); man = sum(s.get(k, {}).get("manual", 0) for k in ks)
left = {i.get("object") for i in r.get("items", []) if i.get("code") in ("C010", "C014")}
carried = {o.get("name") for o in r.get("objects", []) if o.get("status") == "manual"}
def norm(x):
    x = re.sub(r"\(.*$", "", x).replace('"', "").lower()
    return x if "." in x else "dbo." + x
failing = {norm(l.split("\t", 1)[0]) for l in open(sys.argv[2]) if l.strip()}
objs = {o.get("name") for o in r.get("objects", []) if o.get("type") in ("procedures", "functions", "triggers")}
def fails(o):
    k = norm(o)
    return any(f == k or f.startswith(k + "_fn") for f in failing)
chk = {o for o in objs if o not in left and o not in carried and fails(o)}
print(n, n - man - len(left) - len(chk), len(left) + len(chk), man, len(chk))
PY
}

# group the files into projects (see above), keeping the order of first appearance
declare -A GROUP_FILES=() GROUP_N=()
PROJECTS=()
for f in "${FILES[@]}"; do
	b=$(basename "$f" .sql); k=$(basename "$(dirname "$f")")/${b%%_*}   # per dialect directory
	[ -n "${GROUP_N[$k]:-}" ] || { PROJECTS+=("$k"); GROUP_N[$k]=0; GROUP_FILES[$k]=""; }
	GROUP_N[$k]=$((GROUP_N[$k] + 1)); GROUP_FILES[$k]+="$f"$'\n'
done
for k in "${PROJECTS[@]}"; do
	mapfile -t parts < <(printf '%s' "${GROUP_FILES[$k]}")
	f=${parts[0]}
	if [ ${#parts[@]} -gt 1 ]; then name="${k#*/} (${#parts[@]} files)"; else name=$(basename "$f" .sql); fi
	base=${name%% *}
	out="$OUTDIR/$base.out.sql"; rep="$OUTDIR/$base.json"; err="$OUTDIR/$base.stderr"; lerr="$OUTDIR/$base.load.err"
	rm -f "$out" "$rep" "$err" "$lerr"
	t0=$(date +%s)
	from=$(basename "$(dirname "$f")")   # the corpus directory names the dialect
	case "$from" in oracle) ;; *) from=mssql ;; esac
	timeout -k 5 "$TIMEOUT" "$CLI" --from "$from" --to "$TARGET" -o "$out" --report "$rep" "${parts[@]}" </dev/null >/dev/null 2>"$err"
	rc=$?
	secs=$(( $(date +%s) - t0 ))
	if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
		why="exit $rc"
		[ $rc -eq 124 ] && why="timeout ${TIMEOUT}s"
		[ $rc -gt 128 ] && why="signal $((rc-128))"
		printf "$FMT" "$name" - - - - - - - - - "FAIL: CRASH ($why)"
		grep -m3 -E 'ERROR|error|Sanitizer|runtime error|Assertion' "$err" | cut -c1-200 | sed 's/^/      /'
		FAILED=$((FAILED+1)); continue
	fi
	read -r s_stm s_conv s_man s_tab s_fk s_idx s_view < <(python3 "$HERE/../engine/report.py" summary "$rep" 2>/dev/null || echo "? ? ? ? ? ? ?")
	# the CLI's own summary line counts statements: "sctconv: N statements: C converted, M need a person, ..."
	sline=$(grep -m1 -E '[0-9]+ statements: [0-9]+ converted, [0-9]+ need a person' "$err")
	if [ -n "$sline" ]; then
		s_stm=$(sed -E 's/.* ([0-9]+) statements: .*/\1/' <<<"$sline")
		s_conv=$(sed -E 's/.* ([0-9]+) converted, .*/\1/' <<<"$sline")
		s_man=$(sed -E 's/.* ([0-9]+) need a person.*/\1/' <<<"$sline")
	fi
	db="corpus_${base//[^a-zA-Z0-9_]/_}"; db=${db:0:60}
	if [ $ENGINE = pg ]; then
		pg_fresh_db "$db" || { echo "scoreboard: cannot create database $db" >&2; FAILED=$((FAILED+1)); continue; }
		"$(_pg_bindir)/psql" -X -q -d "$db" -f "$out" >/dev/null 2>"$lerr"
		nerr=$(grep -c -E '^psql:.*: ERROR: ' "$lerr")
		counts=$(pg_counts "$db")
		pg_plcheck "$db" >"$OUTDIR/$base.plcheck"
	else
		my_reset "$db" || { echo "scoreboard: cannot reset MariaDB for $db" >&2; FAILED=$((FAILED+1)); continue; }
		my_sql "$db" --force <"$out" >/dev/null 2>"$lerr"
		nerr=$(grep -c -E '^ERROR [0-9]+' "$lerr")
		counts=$(my_counts)
	fi
	read -r d_tab d_fk d_idx d_view <<<"${counts:-? ? ? ?}"
	problems=()
	[ "$nerr" -gt 0 ] && problems+=("$nerr load errors")
	if [[ $s_tab =~ ^[0-9]+$ && $d_tab =~ ^[0-9]+$ ]]; then
		[ "$d_tab" -lt "$s_tab" ] && problems+=("$((s_tab-d_tab)) tables missing")
	elif [ "$d_tab" = "?" ]; then
		problems+=("catalog not readable")
	fi
	[ $rc -eq 1 ] && note=" (exit 1)" || note=""
	if [ ${#problems[@]} -eq 0 ]; then
		result="ok$note ${secs}s"; PASSED=$((PASSED+1))
	else
		result="FAIL: $(IFS=,; echo "${problems[*]}")$note"; FAILED=$((FAILED+1))
	fi
	chk="$OUTDIR/$base.plcheck"; [ $ENGINE = pg ] || chk=/dev/null
	read -r r_n r_auto r_left r_man r_chk < <(routine_counts "$rep" "$chk")
	R_ALL=$((R_ALL+r_n)); R_AUTO=$((R_AUTO+r_auto)); R_LEFT=$((R_LEFT+r_left)); R_CARRIED=$((R_CARRIED+r_man)); R_CHECK=$((R_CHECK+r_chk))
	printf "$FMT" "$name" "$s_stm" "$s_conv" "$s_man" "$nerr" "$s_tab/$d_tab" "$s_fk/$d_fk" "$s_idx/$d_idx" "$s_view/$d_view" "$r_auto/$r_left/$r_man" "$result"
	if [ -s "$chk" ] && [ "$chk" != /dev/null ]; then
		echo "      plpgsql_check: $(wc -l <"$chk") errors in $(cut -f1 "$chk" | sort -u | wc -l) functions, e.g.:"
		head -n "$SHOW_ERRORS" "$chk" | cut -c1-220 | sed 's/^/        /'
	fi
	if [ "$nerr" -gt 0 ]; then
		grep -E '^psql:.*: ERROR: |^ERROR [0-9]+' "$lerr" | head -n "$SHOW_ERRORS" | sed -E 's/^psql:[^ ]*\/([^/ ]+:[0-9]+:)/\1/' | cut -c1-220 | sed 's/^/      /'
	fi
	[ $ENGINE = pg ] && pg_psql postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1
done
echo "(outputs and load errors in ${OUTDIR#"$REPO"/})"
if [ $R_ALL -gt 0 ]; then
	echo "routines: $R_ALL; converted fully automatically $((100*R_AUTO/R_ALL))% ($R_AUTO), with statements left for a person $((100*R_LEFT/R_ALL))% ($R_LEFT), carried whole $((100*R_CARRIED/R_ALL))% ($R_CARRIED)"
	[ $ENGINE = pg ] && echo "  (converted routines that fail plpgsql_check count as left for a person: $R_CHECK)"
fi
echo "corpus($TARGET): $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
