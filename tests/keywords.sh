#!/usr/bin/env bash
# tests/keywords.sh - the emitters find reserved words by binary search (src/emit/postgres.c pg_keywords,
# src/emit/mysql.c my_reserved): each list must be lower case, without duplicates, in strcmp (byte) order,
# and PostgreSQL's without digits or '$', or some words would silently go unquoted.
set -uo pipefail
rc=0
check() { # file array
	local words
	words=$(awk -v a="$2" '$0 ~ a"\\[\\] = \\{" { on = 1; next } on && /NULL/ { print; on = 0; next } on' "$1" |
		grep -o '"[^"]*"' | tr -d '"')
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
