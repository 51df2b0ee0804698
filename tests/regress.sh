#!/usr/bin/env bash
# tests/regress.sh CLI  - converts every testdata/regress/*.sql (inputs that once broke sctconv) and checks
# no crash or hang, exit 0 or 1, stderr lines file:line:col: error: message, and the @regress-* directives
# (testdata/regress/README.md). Last line: regress: N passed, N failed
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
CLI=$1
case "$CLI" in /*) ;; *) CLI="$PWD/$CLI" ;; esac
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=$HERE/../testdata/regress
T=$(mktemp -d "${TMPDIR:-/tmp}/sct-regress.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
PASSED=0; FAILED=0
shopt -s nullglob
for f in "$DIR"/*.sql; do
	name=$(basename "$f")
	(cd "$DIR" && timeout -k 5 60 "$CLI" -q --from mssql --to postgres -o "$T/out.sql" "$name" </dev/null >/dev/null 2>"$T/err")
	rc=$?
	# directives: decode UTF-16 (BOM), any line end
	case "$(head -c2 "$f" | od -An -tx1 | tr -d ' ')" in
	fffe|feff) iconv -f UTF-16 -t UTF-8 "$f" 2>/dev/null ;; *) cat "$f" ;;
	esac | tr '\r' '\n' | sed -n 's/^-- @regress-\([a-z]*\): \(.*\)$/\1 \2/p' >"$T/dir"
	why=""
	if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then why="exit $rc (crash, hang or usage error)"; fi
	if [ -z "$why" ] && grep -vqE '^[^:]+:[0-9]+:[0-9]+: error: .+$' "$T/err"; then why="a stderr line is not file:line:col: error: message"; fi
	while [ -z "$why" ] && read -r kind arg; do
		case $kind in
		exit) [ "$rc" = "$arg" ] || why="exit $rc, want $arg" ;;
		stderr) grep -qE -- "$arg" "$T/err" || why="no stderr line matches /$arg/" ;;
		out) grep -qF -- "$arg" "$T/out.sql" || why="output lacks '$arg'" ;;
		*) why="unknown directive @regress-$kind" ;;
		esac
	done <"$T/dir"
	if [ -z "$why" ]; then
		PASSED=$((PASSED+1)); echo "ok   regress/$name"
	else
		FAILED=$((FAILED+1)); echo "FAIL regress/$name: $why"; head -c 600 "$T/err" | sed 's/^/    stderr: /'
	fi
done
echo "regress: $PASSED passed, $FAILED failed"
[ $FAILED -eq 0 ]
