#!/usr/bin/env bash
# tests/report/browser.sh REPORT.html COUNT OUTDIR - opens an HTML report in headless Chromium (offline)
# and checks: the page logs nothing to the console (no script error), the script ran (the item counter
# reads "COUNT of COUNT items"), both SVG charts have bars, the item table has COUNT rows, and a
# 1280x2000 screenshot was taken that is not blank. Exit 0 when all hold; each failure is printed.
set -uo pipefail
[ $# -eq 3 ] || { echo "usage: $0 REPORT.html COUNT OUTDIR" >&2; exit 2; }
HTML=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); COUNT=$2; OUT=$3
CHROME=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROME" ] || { echo "chromium is not installed (scripts/setup.sh installs it)"; exit 1; }
mkdir -p "$OUT"
profile=$(mktemp -d "${TMPDIR:-/tmp}/sct-chrome.XXXXXX") || exit 2
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
	--disable-component-update --disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=0
	--window-size=1280,2000)
bad=0
fail() { echo "  $*"; bad=1; }
timeout -k 5 60 "$CHROME" "${flags[@]}" --dump-dom "file://$HTML" >"$OUT/dom.html" 2>"$OUT/chrome-dom.log" ||
	fail "chromium --dump-dom failed (exit $?); log in $OUT/chrome-dom.log"
timeout -k 5 60 "$CHROME" "${flags[@]}" --screenshot="$OUT/report.png" "file://$HTML" >/dev/null 2>"$OUT/chrome-shot.log" ||
	fail "chromium --screenshot failed (exit $?); log in $OUT/chrome-shot.log"
if grep -h -E 'CONSOLE|Uncaught' "$OUT/chrome-dom.log" "$OUT/chrome-shot.log" >"$OUT/console.log"; then
	fail "the page wrote to the console:"; sed 's/^/    /' "$OUT/console.log" | head -5
fi
python3 - "$OUT/dom.html" "$OUT/report.png" "$COUNT" <<'PY' || bad=1
import re, struct, sys
dom, png, count = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], int(sys.argv[3])
bad = []
if f'id="f-count" class="muted">{count} of {count} items<' not in dom:
    bad.append(f"the filter script did not run: no '{count} of {count} items' in the rendered DOM")
for chart in ("chart-conversion", "chart-effort"):
    m = re.search(r'<svg id="%s".*?</svg>' % chart, dom, re.S)
    if not m:
        bad.append(f"no {chart} SVG in the rendered DOM")
    elif count and '<rect class="bar"' not in m.group(0):
        bad.append(f"{chart} has no bars")
rows = len(re.findall(r'<tr class="item"', dom))
if rows != count:
    bad.append(f"the item table has {rows} rows, the report {count} items")
if not re.search(r'<table id="items">', dom):
    bad.append("no item table")
try:
    data = open(png, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        bad.append("the screenshot is not a PNG")
    else:
        w, h = struct.unpack(">II", data[16:24])
        if (w, h) != (1280, 2000):
            bad.append(f"the screenshot is {w}x{h}, not 1280x2000")
        if len(data) < 30000:
            bad.append(f"the screenshot is only {len(data)} bytes: blank page?")
except OSError as e:
    bad.append(f"no screenshot: {e}")
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
PY
exit $bad
