#!/usr/bin/env bash
# tests/lib/man.sh SCTCONV MANPAGE - the man page is well-formed and names every option the command's
# --help text lists.
set -uo pipefail
bin=${1:?usage: man.sh SCTCONV MANPAGE}; page=${2:?usage: man.sh SCTCONV MANPAGE}
warn=$(groff -man -Tascii -ww -z "$page" 2>&1)
if [ -n "$warn" ]; then echo "FAIL man: groff warnings in $page:"; echo "$warn"; exit 1; fi
text=$(groff -man -Tascii -rHY=0 -rLL=200n -P-c -P-b -P-o -P-u "$page" 2>/dev/null)
opts=$("$bin" --help | grep -E '^ +-' | grep -oE '(^|[ ,;])--?[A-Za-z][-A-Za-z0-9]*' | sed -E 's/^[ ,;]//' | sort -u)
[ -n "$opts" ] || { echo "FAIL man: no options found in '$bin --help'"; exit 1; }
missing=""
for o in $opts; do
	grep -qE -- "(^|[^-A-Za-z0-9])$o([^-A-Za-z0-9]|\$)" <<<"$text" || missing="$missing $o"
done
if [ -n "$missing" ]; then echo "FAIL man: $page does not describe:$missing"; exit 1; fi
echo "ok   man: $(wc -w <<<"$opts") options of --help are in the man page"
