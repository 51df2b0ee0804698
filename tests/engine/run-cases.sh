#!/usr/bin/env bash
# tests/engine/run-cases.sh CLI TARGET [CASE.sql...]
#
# For each case (default: every testdata/mssql/*.sql): converts it with
#   CLI --from DIALECT --to TARGET -o OUT.sql --report OUT.json CASE
# where DIALECT is the case's directory name (testdata/oracle/*.sql: oracle; mssql otherwise)
# loads OUT.sql into a fresh database of a real server, stopping on the first error, then runs the
# checks written in the case as `-- @directive` comments (syntax: testdata/README.md).
# TARGET postgres (or postgresql) loads into PostgreSQL; mariadb or mysql into MariaDB.
# Uses the server of a parent script (run-all.sh) when one is running, else starts its own.
# Outputs are kept in $SCT_TEST_OUT (default build/test-out)/cases-TARGET/ for a look afterwards.
# Last line: cases(TARGET): N passed, N failed   (a case passes when all its checks pass)
set -uo pipefail

usage() { echo "usage: $0 CLI TARGET [CASE.sql...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
CLI=$1; TARGET=$2; shift 2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
case "$CLI" in /*) ;; */*) CLI="$PWD/$CLI" ;; esac
[ -x "$CLI" ] || { echo "run-cases: CLI '$CLI' is not an executable file" >&2; exit 2; }

case "$TARGET" in
	postgres|postgresql|pg) ENGINE=pg ;;
	mariadb|mysql) ENGINE=my ;;
	*) echo "run-cases: no database server for target '$TARGET' (postgres, mariadb, mysql)" >&2; exit 2 ;;
esac

if [ $# -gt 0 ]; then
	CASES=("$@")
else
	shopt -s nullglob
	CASES=("$REPO"/testdata/mssql/*.sql)
	shopt -u nullglob
fi
if [ ${#CASES[@]} -eq 0 ]; then
	echo "run-cases: no cases found in $REPO/testdata/mssql" >&2
	echo "cases($TARGET): 0 passed, 1 failed"
	exit 1
fi

. "$HERE/pg.sh"
. "$HERE/mariadb.sh"

if [ $ENGINE = pg ]; then
	if ! pg_running; then pg_start || { echo "cases($TARGET): 0 passed, ${#CASES[@]} failed"; exit 1; }; fi
else
	if ! my_running; then my_start || { echo "cases($TARGET): 0 passed, ${#CASES[@]} failed"; exit 1; }; fi
fi

OUTDIR=${SCT_TEST_OUT:-$REPO/build/test-out}/cases-$TARGET
mkdir -p "$OUTDIR" || exit 2
REPORT_PY="$HERE/report.py"
CONVERT_TIMEOUT=${SCT_CONVERT_TIMEOUT:-60}

# relative name of a case for messages
relname() { local p=$1; case "$p" in "$REPO"/*) p=${p#"$REPO"/} ;; esac; echo "$p"; }

db_query() {   # db_query DB SQL -> rows on stdout ('|' between fields), errors on stderr
	if [ $ENGINE = pg ]; then
		pg_psql "$1" -c "$2"
	else
		my_sql "$1" -e "$2" | tr '\t' '|'
	fi
}
db_load() {    # db_load DB FILE
	if [ $ENGINE = pg ]; then
		"$(_pg_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2"
	else
		my_sql "$1" <"$2"
	fi
}
# MySQL schemas are databases: the output creates its own (dbo, ...), so a MariaDB case starts with none
my_reset_all() {
	local d
	for d in $(my_sql '' -e "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN ('mysql','information_schema','performance_schema','sys')"); do
		my_sql '' -e "SET foreign_key_checks = 0; DROP DATABASE \`$d\`" || return 1
	done
	my_fresh_db "$1"
}
db_fresh() { if [ $ENGINE = pg ]; then pg_fresh_db "$1"; else my_reset_all "$1"; fi; }
db_drop() {
	if [ $ENGINE = pg ]; then pg_psql postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1
	else my_sql '' -e "DROP DATABASE IF EXISTS \`$1\`" >/dev/null 2>&1; fi
}
one_line() { tr '\n' '\a' | sed -e 's/\a$//' -e 's/\a/\\n/g' | cut -c1-400; }

# ---------------------------------------------------------------- parse one case's directives
# Fills D_LINE D_KIND D_ARG D_EXPK D_EXPV D_ERR; a parse problem becomes a check that fails.
parse_case() {
	local file=$1 n=0 line kind arg scope=all cur=-1 cont= contline=0 i
	D_LINE=(); D_KIND=(); D_ARG=(); D_EXPK=(); D_EXPV=(); D_ERR=(); CASE_EXIT=0; CASE_EXIT_LINE=0; CASE_ARGS=""; PLCHECK_ALLOW=()
	local pending_kind= pending_arg= pending_line=0
	while IFS= read -r line || [ -n "$line" ]; do
		n=$((n+1))
		line=${line%$'\r'}
		if [ -n "$cont" ]; then
			# continuation of a directive whose line ended in a backslash
			if [[ $line =~ ^[[:space:]]*--[[:space:]]?(.*)$ ]]; then
				arg=${BASH_REMATCH[1]}
			else
				arg=$line
			fi
			pending_arg+=" ${arg#"${arg%%[![:space:]]*}"}"
		elif [[ $line =~ ^[[:space:]]*--[[:space:]]*@([a-z][a-z-]*)(:?)[[:space:]]*(.*)$ ]]; then
			pending_kind=${BASH_REMATCH[1]}; pending_arg=${BASH_REMATCH[3]}; pending_line=$n
		else
			continue
		fi
		if [[ $pending_arg == *\\ ]]; then
			pending_arg=${pending_arg%\\}; pending_arg=${pending_arg%"${pending_arg##*[![:space:]]}"}
			cont=1; continue
		fi
		cont=
		kind=$pending_kind
		arg=${pending_arg%"${pending_arg##*[![:space:]]}"}   # trailing blanks
		contline=$pending_line
		# scope: directives for another target are skipped (but @exit/@args are read per scope too)
		if [ "$kind" = for ]; then
			case "$arg" in
				all|postgres|mariadb) scope=$arg ;;
				postgresql|pg) scope=postgres ;;
				mysql) scope=mariadb ;;
				*) add_directive "$contline" bad "@for: '$arg' is not postgres, mariadb or all" ;;
			esac
			continue
		fi
		case "$kind" in
			expect|expect-match|expect-contains|expect-not-contains|error) ;;
			*)
				if [ "$scope" != all ] && [ "$scope" != "$SCOPE" ]; then cur=-2; continue; fi ;;
		esac
		case "$kind" in
			pg|pg-ok|pg-fail) [ $ENGINE = pg ] || { cur=-2; continue; } ;;
			my|my-ok|my-fail) [ $ENGINE = my ] || { cur=-2; continue; } ;;
		esac
		case "$kind" in
			exit)
				arg=${arg//,/ }
				if [[ $arg =~ ^[0-9]+([[:space:]]+[0-9]+)*$ ]]; then CASE_EXIT=$(echo $arg); CASE_EXIT_LINE=$contline
				else add_directive "$contline" bad "@exit wants one or more numbers, got '$arg'"; fi
				cur=-1 ;;
			args) CASE_ARGS="$CASE_ARGS $arg"; cur=-1 ;;
			plcheck-allow) PLCHECK_ALLOW+=("$arg"); cur=-1 ;;
			pg|my)
				add_directive "$contline" query "$arg"; cur=$((${#D_KIND[@]}-1)) ;;
			pg-ok|my-ok) add_directive "$contline" ok "$arg"; cur=-1 ;;
			pg-fail|my-fail) add_directive "$contline" fail "$arg"; cur=$((${#D_KIND[@]}-1)) ;;
			expect|expect-match|expect-contains|expect-not-contains)
				if [ "$cur" -eq -2 ]; then continue; fi
				if [ "$cur" -lt 0 ] || [ "${D_KIND[$cur]}" != query ]; then
					add_directive "$contline" bad "@$kind without a @pg:/@my: query right before it"; continue
				fi
				if [ -z "${D_EXPK[$cur]}" ]; then
					D_EXPK[$cur]=$kind; D_EXPV[$cur]=$arg
				elif [ "${D_EXPK[$cur]}" = expect ] && [ "$kind" = expect ]; then
					D_EXPV[$cur]+=$'\n'"$arg"
				else
					add_directive "$contline" bad "@$kind: a query takes several @expect rows or one other @expect-* line"
				fi ;;
			error)
				if [ "$cur" -eq -2 ]; then continue; fi
				if [ "$cur" -lt 0 ] || [ "${D_KIND[$cur]}" != fail ]; then
					add_directive "$contline" bad "@error without a @pg-fail:/@my-fail: right before it"; continue
				fi
				D_ERR[$cur]=$arg ;;
			report|no-report|report-object|report-eval|out-contains|out-not-contains|out-match|out-not-match)
				add_directive "$contline" "$kind" "$arg"; cur=-1 ;;
			*) add_directive "$contline" bad "unknown directive @$kind"; cur=-1 ;;
		esac
	done <"$file"
	[ -n "$cont" ] && add_directive "$pending_line" bad "directive continued (\\) past the end of the file"
	for (( i=0; i<${#D_KIND[@]}; i++ )); do
		if [ "${D_KIND[$i]}" = query ] && [ -z "${D_EXPK[$i]}" ]; then
			D_KIND[$i]=bad; D_ARG[$i]="query without any @expect line: ${D_ARG[$i]}"
		fi
	done
}
add_directive() {
	D_LINE+=("$1"); D_KIND+=("$2"); D_ARG+=("$3"); D_EXPK+=(""); D_EXPV+=(""); D_ERR+=("")
}

# ---------------------------------------------------------------- checks
PASSED=0; FAILED=0; CHECKS_OK=0; CHECKS_BAD=0
case_bad=0
fail_check() {   # fail_check LINE MESSAGE
	echo "  $CASE_REL:$1: $2"
	case_bad=$((case_bad+1)); CHECKS_BAD=$((CHECKS_BAD+1))
}
pass_check() { CHECKS_OK=$((CHECKS_OK+1)); }

SCOPE=postgres; [ $ENGINE = my ] && SCOPE=mariadb

run_case() {
	local case_file=$1 name db out rep err rc i kind arg ln got exp db_ok=1 t0 not_run=
	CASE_REL=$(relname "$case_file")
	name=$(basename "$case_file" .sql)
	case_bad=0
	if [ ! -r "$case_file" ]; then
		fail_check 0 "cannot read the case file"; FAILED=$((FAILED+1)); echo "FAIL $name"; return
	fi
	parse_case "$case_file"
	out="$OUTDIR/$name.sql"; rep="$OUTDIR/$name.json"; err="$OUTDIR/$name.stderr"
	rm -f "$out" "$rep" "$err" "$OUTDIR/$name.load.err"
	t0=$(date +%s%N)
	# shellcheck disable=SC2086  # CASE_ARGS is word-split on purpose
	# the source dialect is the case's directory name (testdata/oracle/x.sql: --from oracle), mssql otherwise
	local from; from=$(basename "$(dirname "$case_file")")
	case "$from" in mssql|oracle) ;; *) from=mssql ;; esac
	timeout -k 5 "$CONVERT_TIMEOUT" "$CLI" --from "$from" --to "$TARGET" -o "$out" --report "$rep" $CASE_ARGS "$case_file" \
		</dev/null >"$OUTDIR/$name.stdout" 2>"$err"
	rc=$?
	if [[ " $CASE_EXIT " != *" $rc "* ]]; then
		local why=""
		[ $rc -eq 124 ] && why=" (timed out after ${CONVERT_TIMEOUT}s)"
		[ $rc -gt 128 ] && [ $rc -ne 124 ] && why=" (killed by signal $((rc-128)))"
		fail_check "$CASE_EXIT_LINE" "@exit: sctconv exit status $rc$why, expected ${CASE_EXIT// / or }; stderr: $(head -c 600 "$err" | one_line)"
	else
		pass_check
	fi
	if [ $rc -ge 2 ] || [ ! -s "$out" ]; then
		# nothing usable to load: every other check of this case fails
		[ -s "$out" ] || fail_check 0 "no output file $(relname "$out") (sctconv exit $rc); ${#D_KIND[@]} checks not run"
		FAILED=$((FAILED+1)); echo "FAIL $name"
		return
	fi
	db="c_${name//[^a-zA-Z0-9_]/_}"
	db=${db:0:60}
	if ! db_fresh "$db" 2>"$OUTDIR/$name.load.err"; then
		fail_check 0 "could not create database $db: $(one_line <"$OUTDIR/$name.load.err")"
		db_ok=
	elif ! db_load "$db" "$out" >/dev/null 2>"$OUTDIR/$name.load.err"; then
		fail_check 0 "the output does not load into $TARGET ($(relname "$out")):"
		grep -v -E '^(psql:[^ ]*: )?(NOTICE|WARNING):' "$OUTDIR/$name.load.err" | head -n 6 | cut -c1-300 | sed 's/^/      /'
		db_ok=
	fi
	# every PL/pgSQL body of the loaded output passes plpgsql_check (errors a case allows with @plcheck-allow aside)
	if [ -n "$db_ok" ] && [ $ENGINE = pg ]; then
		local pl a ok_msg
		pl=$(pg_plcheck "$db"); rc=$?
		if [ $rc -eq 3 ]; then
			[ -n "${PLCHECK_WARNED:-}" ] || echo "  note: plpgsql_check is not installed (postgresql-15-plpgsql-check): routine bodies not checked"
			PLCHECK_WARNED=1
		else
			local pl_bad=0 line
			while IFS= read -r line; do
				[ -n "$line" ] || continue
				ok_msg=
				for a in "${PLCHECK_ALLOW[@]}"; do grep -qiF -- "$a" <<<"$line" && ok_msg=1; done
				[ -n "$ok_msg" ] || { fail_check 0 "plpgsql_check: $(one_line <<<"$line")"; pl_bad=1; }
			done <<<"$pl"
			[ $pl_bad -eq 1 ] || pass_check
		fi
	fi
	for (( i=0; i<${#D_KIND[@]}; i++ )); do
		kind=${D_KIND[$i]}; arg=${D_ARG[$i]}; ln=${D_LINE[$i]}
		case "$kind" in
			bad) fail_check "$ln" "$arg" ;;
			query|ok|fail)
				if [ -z "$db_ok" ]; then
					# one line for all of them, each still counts as a failing check
					[ -z "$not_run" ] && echo "  $CASE_REL:$ln: this and the following database checks not run: the output did not load"
					not_run=1; case_bad=$((case_bad+1)); CHECKS_BAD=$((CHECKS_BAD+1)); continue
				fi
				got=$(db_query "$db" "$arg" 2>"$OUTDIR/.q.err"); rc=$?
				local qerr; qerr=$(grep -v -E '^(NOTICE|WARNING|DETAIL|HINT|CONTEXT|-+$|$)' "$OUTDIR/.q.err" | head -n 3 | one_line)
				case "$kind" in
					ok)
						if [ $rc -eq 0 ]; then pass_check; else fail_check "$ln" "expected to succeed: $arg -- got: $qerr"; fi ;;
					fail)
						if [ $rc -eq 0 ]; then
							fail_check "$ln" "expected to fail, but it succeeded: $arg"
						elif [ -n "${D_ERR[$i]}" ] && ! grep -qiF -- "${D_ERR[$i]}" "$OUTDIR/.q.err"; then
							fail_check "$ln" "failed, but not with '${D_ERR[$i]}': $arg -- got: $qerr"
						else
							pass_check
						fi ;;
					query)
						if [ $rc -ne 0 ]; then fail_check "$ln" "query failed: $arg -- $qerr"; continue; fi
						exp=${D_EXPV[$i]}
						case "${D_EXPK[$i]}" in
							expect)
								if [ "$got" = "$exp" ]; then pass_check
								else fail_check "$ln" "$arg -- expected '$(one_line <<<"$exp")', got '$(one_line <<<"$got")'"; fi ;;
							expect-match)
								if grep -qE -- "$exp" <<<"$got"; then pass_check
								else fail_check "$ln" "$arg -- expected a match for /$exp/, got '$(one_line <<<"$got")'"; fi ;;
							expect-contains)
								if grep -qiF -- "$exp" <<<"$got"; then pass_check
								else fail_check "$ln" "$arg -- expected to contain '$exp', got '$(one_line <<<"$got")'"; fi ;;
							expect-not-contains)
								if ! grep -qiF -- "$exp" <<<"$got"; then pass_check
								else fail_check "$ln" "$arg -- expected NOT to contain '$exp', got '$(one_line <<<"$got")'"; fi ;;
						esac ;;
				esac ;;
			report|no-report|report-object|report-eval)
				local sub=has-code
				[ "$kind" = report-object ] && sub=has-object
				[ "$kind" = report-eval ] && sub=eval
				python3 "$REPORT_PY" "$sub" "$rep" "$arg" 2>"$OUTDIR/.r.err"; rc=$?
				if [ $rc -eq 3 ]; then fail_check "$ln" "@$kind $arg: $(one_line <"$OUTDIR/.r.err")"; continue; fi
				if [ "$kind" = no-report ]; then
					if [ $rc -eq 1 ]; then pass_check; else fail_check "$ln" "@no-report: the report has an item $arg"; fi
				elif [ $rc -eq 0 ]; then pass_check
				else
					fail_check "$ln" "@$kind: $arg not in the report (codes present: $(python3 "$REPORT_PY" codes "$rep" 2>&1 | one_line))$( [ -s "$OUTDIR/.r.err" ] && echo "; $(one_line <"$OUTDIR/.r.err")")"
				fi ;;
			out-contains)
				if grep -qiF -- "$arg" "$out"; then pass_check; else fail_check "$ln" "@out-contains: '$arg' not in the output"; fi ;;
			out-not-contains)
				if ! grep -qiF -- "$arg" "$out"; then pass_check; else fail_check "$ln" "@out-not-contains: '$arg' is in the output: $(grep -m1 -inF -- "$arg" "$out" | one_line)"; fi ;;
			out-match)
				if grep -qE -- "$arg" "$out"; then pass_check; else fail_check "$ln" "@out-match: no line of the output matches /$arg/"; fi ;;
			out-not-match)
				if ! grep -qE -- "$arg" "$out"; then pass_check; else fail_check "$ln" "@out-not-match: /$arg/ matches: $(grep -m1 -nE -- "$arg" "$out" | one_line)"; fi ;;
		esac
	done
	rm -f "$OUTDIR/.q.err" "$OUTDIR/.r.err"
	[ -n "$db_ok" ] && db_drop "$db"
	local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	if [ $case_bad -eq 0 ]; then
		PASSED=$((PASSED+1)); echo "ok   $name (${ms} ms)"
	else
		FAILED=$((FAILED+1)); echo "FAIL $name ($case_bad failing checks)"
	fi
}

for c in "${CASES[@]}"; do
	case "$c" in /*) ;; *) c="$PWD/$c" ;; esac
	run_case "$c"
done
echo "checks($TARGET): $CHECKS_OK ok, $CHECKS_BAD failing; outputs in $(relname "$OUTDIR")"
echo "cases($TARGET): $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
