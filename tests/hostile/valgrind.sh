#!/usr/bin/env bash
# tests/hostile/valgrind.sh CLI  - the CLI under valgrind memcheck (invalid reads/writes, uninitialised values,
# leaks) over a few testdata cases, the regression inputs and one corpus file. Any error fails.
# Last line: valgrind: N passed, N failed
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
CLI=$1
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
command -v valgrind >/dev/null || { echo "valgrind: not installed (scripts/setup.sh)"; echo "valgrind: 0 passed, 1 failed"; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/sct-valgrind.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
files=("$REPO"/testdata/sample/orders.sql "$REPO"/testdata/mssql/{bad_input,views,procedures,ext_properties,crlf_bom}.sql
	"$REPO"/testdata/regress/*.sql)
corpus=$REPO/../shared/corpus/mssql/adventureworks_oltp.sql
[ -f "$corpus" ] && files+=("$corpus")
PASSED=0; FAILED=0
for f in "${files[@]}"; do
	[ -f "$f" ] || continue
	timeout -k 5 300 valgrind -q --error-exitcode=99 --suppressions="$HERE/valgrind.supp" --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--show-leak-kinds=definite,indirect --track-origins=yes \
		"$CLI" -q --from mssql --to postgres -o "$T/out.sql" --report "$T/out.json" "$f" </dev/null >/dev/null 2>"$T/err"
	rc=$?
	name=${f#"$REPO"/}
	if [ $rc -eq 0 ] || [ $rc -eq 1 ]; then
		PASSED=$((PASSED+1)); echo "ok   valgrind $name"
	else
		FAILED=$((FAILED+1)); echo "FAIL valgrind $name: exit $rc"; grep -m30 '^==' "$T/err" | sed 's/^/    /'
	fi
done
echo "valgrind: $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
