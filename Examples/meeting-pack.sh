#!/usr/bin/env bash
# A district committee's meeting pack: the penetration report of the district sample as a table, JSON, CSV and
# one self-contained HTML page (inline CSS and SVG, prints on A4), all computed from the same report.
#
#   Examples/meeting-pack.sh [graph] [out-dir]
#
# Environment: SHOPFLOOR_BIN (the binary; default the shopfloor on PATH, else .build/debug/shopfloor), TODAY
# (the report's day, YYYY-MM-DD; default today), LARGE (the large-plant threshold; default 500), STALE_DAYS (default 30), SCREENSHOT=1 to take
# a screenshot of the HTML with a headless Chromium when one is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

GRAPH=${1:-Graphs/district.yaml}
OUT=${2:-out/meeting-pack}
BIN=${SHOPFLOOR_BIN:-${SHOPFLOOR:-$(command -v shopfloor || echo .build/debug/shopfloor)}}   # the installed command, else a build
LARGE=${LARGE:-500}
STALE_DAYS=${STALE_DAYS:-30}
args=(--large "$LARGE" --stale-days "$STALE_DAYS")
if [ -n "${TODAY:-}" ]; then args+=(--today "$TODAY"); fi

[ -x "$BIN" ] || swift build --product shopfloor
mkdir -p "$OUT"

echo "== The table, by workplace (largest plants without a cell first)"
"$BIN" report penetration "$GRAPH" "${args[@]}" | tee "$OUT/penetration.txt"

echo
echo "== By employer and by sector (retail chains are organized at company level)"
"$BIN" report penetration "$GRAPH" "${args[@]}" --by employer > "$OUT/penetration-by-employer.txt"
"$BIN" report penetration "$GRAPH" "${args[@]}" --by sector > "$OUT/penetration-by-sector.txt"
head -n 12 "$OUT/penetration-by-employer.txt"

echo
echo "== JSON for scripts, CSV for spreadsheets"
"$BIN" report penetration "$GRAPH" "${args[@]}" --json > "$OUT/penetration.json"
"$BIN" report penetration "$GRAPH" "${args[@]}" --csv > "$OUT/penetration.csv"
"$BIN" report penetration "$GRAPH" "${args[@]}" --by district --csv > "$OUT/penetration-by-district.csv"
echo "findings: $(grep -c '"kind"' "$OUT/penetration.json")  csv rows: $(($(wc -l < "$OUT/penetration.csv") - 1))"

echo
echo "== The HTML page to open or print for the meeting"
"$BIN" report penetration "$GRAPH" "${args[@]}" --html "$OUT/penetration.html"

if [ "${SCREENSHOT:-0}" = 1 ]; then
  for browser in chromium chromium-browser google-chrome; do
    if command -v "$browser" >/dev/null 2>&1; then
      "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2400 \
        --screenshot="$PWD/$OUT/penetration.png" "file://$PWD/$OUT/penetration.html" 2>/dev/null
      "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$PWD/$OUT/penetration.pdf" "file://$PWD/$OUT/penetration.html" 2>/dev/null
      echo "screenshot: $OUT/penetration.png  print preview: $OUT/penetration.pdf"
      break
    fi
  done
fi
ls -1 "$OUT"
