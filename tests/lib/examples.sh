#!/usr/bin/env bash
# tests/lib/examples.sh [B] - `make examples` builds examples/ through pkg-config against an installed copy;
# the pipeline example writes the same DDL and report as the command, fails exactly when there are error
# items, and its static build behaves the same; the AST walk lists the columns with their types.
set -uo pipefail
B=${1:-build}
ex=$B/examples
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sct-examples.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
rc=0
fail() { echo "FAIL examples: $*"; rc=1; }

if ! make --no-print-directory -s B="$B" examples >"$tmp/log" 2>&1; then
	echo "FAIL examples: make examples failed:"; cat "$tmp/log"; exit 1
fi
ldd "$ex/convert" | grep "$B/stage/lib/libsctconv.so.0" >/dev/null || fail "convert is not linked to the staged libsctconv.so.0"
ldd "$ex/convert-static" | grep libsctconv >/dev/null && fail "convert-static is linked to a shared libsctconv"

n=0
for set in "testdata/sample/orders.sql" "testdata/mssql/identity.sql" "testdata/mssql/types_other.sql testdata/mssql/views.sql" testdata/mssql/*.sql; do
	n=$((n+1))
	# shellcheck disable=SC2086
	"$B/sctconv" --from mssql --to postgres:14 -q -o "$tmp/cli.sql" --report "$tmp/cli.json" $set 2>/dev/null
	cli=$?
	[ $cli -le 1 ] || { fail "sctconv failed ($cli) on $set"; continue; }
	for prog in convert convert-static; do
		# shellcheck disable=SC2086
		"$ex/$prog" -t postgres:14 "$tmp/ex.sql" "$tmp/ex.json" $set >"$tmp/out" 2>"$tmp/err"
		got=$?
		want=0; grep -q '"severity": "error"' "$tmp/cli.json" && want=1
		[ $got -eq $want ] || fail "$prog on $set: exit $got, expected $want"
		cmp -s "$tmp/cli.sql" "$tmp/ex.sql" || fail "$prog on $set: DDL differs from sctconv's"
		cmp -s "$tmp/cli.json" "$tmp/ex.json" || fail "$prog on $set: report differs from sctconv's"
		grep -qE '^[0-9]+ statements, [0-9]+ report items, [0-9]+ errors' "$tmp/out" || fail "$prog on $set: no summary line"
		if [ $want -eq 1 ]; then
			grep -qE '^[^:]+:[0-9]+:[0-9]+: [A-Z][0-9]{3} ' "$tmp/err" || fail "$prog on $set: error items not listed"
		fi
	done
done
"$ex/convert" "$tmp/x.sql" "$tmp/x.json" /nonexistent.sql 2>"$tmp/err"
[ $? -eq 2 ] && grep -q 'nonexistent.sql' "$tmp/err" || fail "convert on a missing file: not exit 2 with the file named"
"$ex/convert" -t postgres:99 "$tmp/x.sql" "$tmp/x.json" testdata/sample/orders.sql 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "99" "$tmp/err" || fail "convert with a bad version: not exit 2 with a message"

"$ex/tables" testdata/sample/orders.sql >"$tmp/tables" || fail "tables failed"
grep -qP '^sales\.customer\tcustomerid\tint\tinteger$' "$tmp/tables" || fail "tables: no 'sales.customer customerid int integer' line"
grep -qP '^sales\.customer\t[a-z]+\tmoney\tnumeric\(19,4\)$|\tmoney\tnumeric\(19,4\)$' "$tmp/tables" || fail "tables: money not mapped to numeric(19,4)"
[ $rc -eq 0 ] && echo "ok   examples: built via pkg-config (shared and static), $n input sets match sctconv, exit codes right"
exit $rc
