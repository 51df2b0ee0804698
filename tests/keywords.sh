#!/usr/bin/env bash
# tests/keywords.sh - the emitters find reserved words by binary search in the row of their first letter
# (src/emit/postgres.c pg_keywords, src/emit/mysql.c my_reserved): each word must be in its letter's row, and
# the rows, read in order, lower case, without duplicates, in strcmp (byte) order,
# and PostgreSQL's without digits or '$', or some words would silently go unquoted.
set -uo pipefail
rc=0
check() { # file array
	# the array is one row per first letter (NAME[26][ROW] = { ['a' - 'a'] = {"all", ...}, ... };), each row
	# searched by binary search: every word must sit in its own letter's row
	local rows words
	rows=$(awk -v a="$2" '$0 ~ a"\\[26\\]" && /= \{/ { on = 1; next } on && /^};/ { on = 0 }
		on { if (match($0, /\[.(.). - .a.\]/)) l = substr($0, RSTART + 2, 1)
		     s = $0; while (match(s, /"[^"]*"/)) { print l, substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH) } }' "$1")
	if printf '%s\n' "$rows" | awk '$1 != substr($2, 1, 1) { bad = 1; print "FAIL keywords: '"$1 $2"': " $2 " in row " $1 } END { exit bad }'; then :; else rc=1; fi
	words=$(printf '%s\n' "$rows" | awk '{ print $2 }')
	local n; n=$(printf '%s\n' "$words" | grep -c .)
	if [ "$n" -lt 100 ]; then echo "FAIL keywords: $1 $2: only $n words read"; rc=1; return; fi
	if ! printf '%s\n' "$words" | LC_ALL=C sort -c -u 2>/dev/null; then
		echo "FAIL keywords: $1 $2 is not sorted in byte order without duplicates:"
		printf "%s\n" "$words" | LC_ALL=C sort -c -u 2>&1; rc=1
	fi
	if printf '%s\n' "$words" | grep -q '[A-Z]'; then echo "FAIL keywords: $1 $2 has upper case"; rc=1; fi
	# postgres.c ident() skips the search for a name with a digit or '$' (no keyword has one)
	if [ "$2" = pg_keywords ] && printf '%s\n' "$words" | grep -q '[0-9$]'; then
		echo "FAIL keywords: $1 $2 has a word with a digit or \$: ident() would not find it"; rc=1
	fi
	[ $rc -eq 0 ] && echo "ok   keywords: $1 $2 ($n words, sorted)"
}
check src/emit/postgres.c pg_keywords
check src/emit/mysql.c my_reserved
exit $rc
