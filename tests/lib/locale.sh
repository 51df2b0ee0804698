#!/usr/bin/env bash
# tests/lib/locale.sh B - a program's locale changes nothing libsctconv writes: every testdata script of each
# source dialect, to each target family, converted by tests/lib/locale_convert.c under the "C" locale and under
# tr_TR.UTF-8, tr_TR.ISO-8859-9 (tolower('I') is not 'i') and de_DE.UTF-8 (decimal comma) gives the same DDL,
# reports in all four formats and status. The locales are made with localedef into B/locales (Debian package
# "locales", installed by scripts/setup.sh), so the test does not depend on what the machine has generated.
set -uo pipefail
B=${1:?usage: locale.sh BUILD_DIR}
prog=$B/tests/locale_convert
loc=$B/locales
mkdir -p "$loc"
for l in tr_TR.UTF-8 tr_TR.ISO-8859-9 de_DE.UTF-8; do
	[ -d "$loc/$l" ] && continue
	if ! localedef -i "${l%%.*}" -f "${l#*.}" "$loc/$l" >/dev/null 2>&1 && [ ! -d "$loc/$l" ]; then
		echo "FAIL locale: cannot make the $l locale with localedef (package locales)"; exit 1
	fi
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; runs=0
for src in mssql oracle; do
	files=(testdata/$src/*.sql)
	rules=$(ls testdata/$src/*.rules 2>/dev/null | head -1); rules=${rules:--}
	for tgt in postgres mariadb; do
		LOCPATH=$loc "$prog" C "$src" "$tgt" "$rules" "${files[@]}" >"$tmp/C.out" 2>"$tmp/C.err"
		rc=$?
		if [ $rc -ne 0 ] || [ ! -s "$tmp/C.out" ]; then
			echo "FAIL locale: $src -> $tgt in the C locale: exit $rc"; cat "$tmp/C.err"; fail=1; continue
		fi
		for l in tr_TR.UTF-8 tr_TR.ISO-8859-9 de_DE.UTF-8; do
			LOCPATH=$loc "$prog" "$l" "$src" "$tgt" "$rules" "${files[@]}" >"$tmp/l.out" 2>"$tmp/l.err"
			rc=$?; runs=$((runs+1))
			if [ $rc -ne 0 ]; then
				echo "FAIL locale: $src -> $tgt under $l: exit $rc"; cat "$tmp/l.err"; fail=1
			elif ! cmp -s "$tmp/C.out" "$tmp/l.out"; then
				echo "FAIL locale: $src -> $tgt under $l differs from the C locale:"
				diff "$tmp/C.out" "$tmp/l.out" | head -10; fail=1
			fi
		done
	done
done
[ $fail -eq 0 ] && echo "locale: $runs conversions under tr_TR/de_DE locales equal to the C locale"
exit $fail
