#!/usr/bin/env bash
# tests/report/run.sh CLI - the assessment report end to end, with the command as a user runs it:
#  - JSON, text, HTML and CSV of testdata cases: the JSON validates against docs/report.schema.json, the
#    four formats hold the same items, the numbers add up (tests/report/formats.py);
#  - --assess over several files (one report, no DDL), --report-format, --report -, --explain,
#    --list-codes (= docs/report-codes.md), --annotate none|errors|all;
#  - the text report of small cases against tests/golden/report-text/ (SCT_UPDATE_GOLDEN=1 rewrites them);
#  - the HTML report in headless Chromium (tests/report/browser.sh).
# Outputs stay in build/test-out/report/. Last line: report: N passed, N failed
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
CLI=$1
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
case "$CLI" in /*) ;; */*) CLI="$PWD/$CLI" ;; esac
cd "$REPO" || exit 2   # file names in reports (and goldens) are relative to the repository
OUT=${SCT_TEST_OUT:-$REPO/build/test-out}/report
rm -rf "$OUT"; mkdir -p "$OUT" || exit 2
PASSED=0; FAILED=0

# check NAME CMD...: one check; its output is shown when it fails
check() {
	local name=$1; shift
	if "$@" >"$OUT/check.log" 2>&1; then
		PASSED=$((PASSED+1)); echo "ok   $name"
	else
		FAILED=$((FAILED+1)); echo "FAIL $name"; sed 's/^/    /' "$OUT/check.log" | head -n 30
	fi
}

conv() {  # conv CASE EXT [ARGS...]: DDL to OUT/NAME.sql, report to OUT/NAME.EXT; exit status 0 or 1 is fine
	local c=$1 ext=$2; shift 2
	local n; n=$(basename "$c" .sql)
	timeout -k 5 60 "$CLI" -q --from mssql --to postgres "$@" -o "$OUT/$n.sql" --report "$OUT/$n.$ext" "$c"
	local rc=$?
	[ $rc -eq 0 ] || [ $rc -eq 1 ] || { echo "exit $rc"; return 1; }
}

formats() {
	local c=$1 n; n=$(basename "$1" .sql)
	for ext in json txt html csv; do conv "$c" "$ext" || return 1; done
	python3 "$HERE/schema_check.py" docs/report.schema.json "$OUT/$n.json" || return 1
	python3 "$HERE/formats.py" "$OUT/$n.json" "$OUT/$n.txt" "$OUT/$n.html" "$OUT/$n.csv"
}
for c in testdata/mssql/temporal.sql testdata/mssql/procedures.sql testdata/mssql/types_other.sql \
	testdata/mssql/bad_input.sql testdata/mssql/views.sql; do
	check "formats agree, schema valid, numbers add up: $c" formats "$c"
done

assess() {
	local files=(testdata/mssql/views.sql testdata/mssql/procedures.sql testdata/mssql/synonym.sql)
	"$CLI" --assess --from mssql --to postgres --report "$OUT/assess.json" "${files[@]}" >"$OUT/assess.stdout"
	local rc=$?
	[ $rc -eq 1 ] || { echo "exit $rc, want 1 (procedures need a person)"; return 1; }
	[ ! -s "$OUT/assess.stdout" ] || { echo "--assess wrote DDL:"; head -3 "$OUT/assess.stdout"; return 1; }
	python3 "$HERE/schema_check.py" docs/report.schema.json "$OUT/assess.json" || return 1
	python3 - "$OUT/assess.json" "${files[@]}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
names = [f["name"] for f in r["files"]]
assert names == sys.argv[2:], names
assert {i["file"] for i in r["items"]} == set(sys.argv[2:]), "items of every file, in one report"
assert r["summary"]["procedures"]["manual"] >= 1 and r["summary"]["views"]["count"] >= 1
PY
	# without --report: the text report on standard output, still no DDL
	"$CLI" --assess --from mssql --to postgres "${files[@]}" >"$OUT/assess.txt"
	grep -q '^Objects by type$' "$OUT/assess.txt" || { echo "no text report on stdout"; return 1; }
	! grep -q '^CREATE ' "$OUT/assess.txt" || { echo "DDL on stdout with --assess"; return 1; }
}
check "--assess: several files, one report, no DDL" assess

format_flags() {
	local c=testdata/mssql/temporal.sql
	"$CLI" -q --from mssql --to postgres -o /dev/null --report "$OUT/ff.json" --report-format csv "$c"
	head -1 "$OUT/ff.json" | grep -q '^code,severity,' || { echo "--report-format csv did not win over .json"; return 1; }
	"$CLI" -q --from mssql --to postgres -o /dev/null --report - "$c" >"$OUT/ff-stdout.json"
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$OUT/ff-stdout.json" || { echo "--report - is not JSON"; return 1; }
	"$CLI" -q --from mssql --to postgres -o /dev/null --report "$OUT/ff.HTML" "$c"
	grep -q '^<!DOCTYPE html>' "$OUT/ff.HTML" || { echo ".HTML did not give HTML"; return 1; }
	"$CLI" -q --from mssql --to postgres -o /dev/null --report "$OUT/ff.txt" --report-format yaml "$c"
	[ $? -eq 2 ] || { echo "--report-format yaml: want exit 2"; return 1; }
}
check "--report-format, --report -, format by extension" format_flags

explain() {
	local out; out=$("$CLI" --explain K009) || { echo "--explain K009 failed"; return 1; }
	grep -q 'System-versioned temporal table' <<<"$out" || { echo "$out"; return 1; }
	grep -q '^  action: ' <<<"$out" || { echo "no action line: $out"; return 1; }
	"$CLI" --explain Z999 >/dev/null 2>&1
	[ $? -eq 2 ] || { echo "--explain Z999: want exit 2"; return 1; }
	"$CLI" --list-codes | cmp - docs/report-codes.md || { echo "docs/report-codes.md is out of date: make docs"; return 1; }
}
check "--explain, --list-codes" explain

annotate() {
	local c=testdata/mssql/temporal.sql
	conv "$c" json --annotate none || return 1
	! grep -q '^-- \[sctconv\] K009' "$OUT/temporal.sql" || { echo "--annotate none still annotates"; return 1; }
	conv "$c" json && grep -q '^-- \[sctconv\] K009 warning: .*(testdata/mssql/temporal.sql:2)$' "$OUT/temporal.sql" ||
		{ echo "default: no K009 comment"; return 1; }
	grep -B1 '^CREATE TABLE dbo.employee' "$OUT/temporal.sql" | grep 'K009' >/dev/null || { echo "K009 not just above its table"; return 1; }
	! grep -q '^-- \[sctconv\] T106' "$OUT/temporal.sql" || { echo "default annotates info items"; return 1; }
	conv "$c" json --annotate all && grep -q '^-- \[sctconv\] T106 info: ' "$OUT/temporal.sql" ||
		{ echo "--annotate all: no T106 comment"; return 1; }
	"$CLI" -q --from mssql --to postgres --annotate some "$c" >/dev/null 2>&1
	[ $? -eq 2 ] || { echo "--annotate some: want exit 2"; return 1; }
}
check "--annotate none|errors|all" annotate

golden() {
	local g=$1 n; n=$(basename "$g" .txt)
	"$CLI" --assess --from mssql --to postgres --report-format text --report - "testdata/mssql/$n.sql" >"$OUT/golden-$n.txt"
	local rc=$?
	[ $rc -eq 0 ] || [ $rc -eq 1 ] || { echo "exit $rc"; return 1; }
	if [ "${SCT_UPDATE_GOLDEN:-}" = 1 ]; then cp "$OUT/golden-$n.txt" "$g"; fi
	diff -u "$g" "$OUT/golden-$n.txt"
}
shopt -s nullglob
goldens=(tests/golden/report-text/*.txt)
[ ${#goldens[@]} -gt 0 ] || { echo "FAIL no golden files in tests/golden/report-text"; FAILED=$((FAILED+1)); }
for g in "${goldens[@]}"; do check "golden text report: $g" golden "$g"; done

browser() {
	local files=(testdata/mssql/views.sql testdata/mssql/procedures.sql testdata/mssql/temporal.sql testdata/mssql/types_other.sql)
	"$CLI" --assess --from mssql --to postgres --report "$OUT/browser.html" "${files[@]}"
	"$CLI" --assess --from mssql --to postgres --report "$OUT/browser.json" "${files[@]}"
	local n; n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$OUT/browser.json") || return 1
	bash "$HERE/browser.sh" "$OUT/browser.html" "$n" "$OUT/browser"
}
check "HTML in headless Chromium: no console errors, charts, item table, screenshot" browser

echo "report: $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
