#!/usr/bin/env bash
# Produces the maps for a meeting from the sample graphs: the plant's outreach map (with and without a plan),
# the district's penetration map, and the cell structure, as PNG (to project), PDF (to print) and SVG.
#
#   Examples/meeting-maps.sh [OUT_FOLDER]      (default: out/meeting-maps)
#
# Every map hides names (people appear by alias); the "travel" maps also replace workplace and employer names
# with code names. Nothing is sent anywhere: Graphviz runs inside the shopfloor process.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${1:-out/meeting-maps}"
BIN=${SHOPFLOOR_BIN:-$(command -v shopfloor || echo .build/debug/shopfloor)}   # the installed command, else a build
[ -x "$BIN" ] || swift build --product shopfloor
mkdir -p "$OUT"

PLANT=Graphs/automotive-plant.yaml
DISTRICT=Graphs/district.yaml

echo "== The plant: where can the street cell reach in?"
"$BIN" map plant "$PLANT" --workplace korfez-motor -o "$OUT/plant.png"
"$BIN" map plant "$PLANT" --workplace korfez-motor -o "$OUT/plant.pdf"
"$BIN" map plant "$PLANT" --workplace korfez-motor --code-names -o "$OUT/plant-travel.svg"

echo "== The first contacts: the street cell's core plan, planned in place and drawn bold"
"$BIN" map plant "$PLANT" --workplace korfez-motor --from arapcesme-street -o "$OUT/plant-first-contacts.png"

echo "== A reach plan written by the planner with one alternative route per path, then drawn (the eight cheapest)"
"$BIN" plan reach "$PLANT" --from arapcesme-street --into korfez-motor --alternatives 1 --json >"$OUT/reach-plan.json"
"$BIN" map plant "$PLANT" --workplace korfez-motor --plan "$OUT/reach-plan.json" --paths 8 -o "$OUT/plant-reach.pdf"
"$BIN" map plant "$PLANT" --workplace korfez-motor --from arapcesme-street --planner reach --alternatives 1 \
  --paths 4 -o "$OUT/plant-routes.png"

echo "== A hand-written plan (Examples/meeting-maps-plan.json): gate, tea house, home visit, tie"
"$BIN" map plant "$PLANT" --workplace korfez-motor --plan Examples/meeting-maps-plan.json -o "$OUT/plant-plan.png"

echo "== The district: which plants have a cell, how deep are we in?"
"$BIN" map district "$DISTRICT" -o "$OUT/district.png"
"$BIN" map district "$DISTRICT" --by sector -o "$OUT/district-by-sector.pdf"
"$BIN" map district "$DISTRICT" --district Gebze --code-names -o "$OUT/district-gebze-travel.svg"

echo "== The organization: committee, cells, members"
"$BIN" map cells "$DISTRICT" -o "$OUT/cells.png"

echo "== The DOT sources, for anyone who wants to restyle a map"
"$BIN" map plant "$PLANT" --workplace korfez-motor -o "$OUT/plant.dot"

ls -l "$OUT"
