#!/usr/bin/env bash
# tests/lib/globals.sh OBJDIR - no global mutable state in the library: no object file has a symbol in a
# writable section (.data, .data.rel[.local], .bss, common). Thread-locals (.tdata/.tbss) and constants
# (.rodata, .data.rel.ro) are fine.
set -uo pipefail
dir=${1:?usage: globals.sh OBJDIR}
objs=$(find "$dir" -name '*.o' ! -path '*/cli/*' | sort)
[ -n "$objs" ] || { echo "FAIL globals: no object files under $dir"; exit 1; }
bad=$(for o in $objs; do
	objdump -t "$o" | awk -v f="${o#$dir/}" '
		# columns: value flags... section size name; section symbols have flag "d"
		NF >= 5 && $0 !~ / d / {
			sec = $(NF-2); size = $(NF-1)
			if ((sec ~ /^\.(data|bss)/ && sec !~ /^\.data\.rel\.ro/) || sec == "*COM*")
				if (size !~ /^0+$/) print f ": " sec " " $NF
		}'
done)
if [ -n "$bad" ]; then
	echo "FAIL globals: writable global/static data (make it const, thread-local, or per session/result):"
	echo "$bad"; exit 1
fi
echo "ok   globals: $(echo "$objs" | wc -l) objects, no writable global data"
