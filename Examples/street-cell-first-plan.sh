#!/usr/bin/env bash
# A street cell's first plan for the sample plant, from reach to gates.
#
#   Examples/street-cell-first-plan.sh [graph.yaml]
#
# The sample (Graphs/automotive-plant.yaml) has a 2,400-worker plant with no cell and a street cell that
# `targets:` it. The script walks through the planners. It writes its
# calendar to out/gates.ics. Names stay hidden: add --reveal-names to any command to see them on screen.
set -euo pipefail
cd "$(dirname "$0")/.."
GRAPH="${1:-Graphs/automotive-plant.yaml}"
BIN=${SHOPFLOOR_BIN:-$(command -v shopfloor || echo .build/debug/shopfloor)}   # the installed command, else a build
[ -x "$BIN" ] || swift build --product shopfloor
mkdir -p out

# The sample's street cell and the plant it targets (override with CELL=… PLANT=… for another graph).
CELL="${CELL:-arapcesme-street}"
PLANT="${PLANT:-korfez-motor}"
echo "Street cell: $CELL   plant: $PLANT"

step() { echo; echo "\$ $*"; "$@"; }

# 1. Whom can the cell reach, through whom, where and when? Informers and management are routed around.
step "$BIN" plan reach "$GRAPH" --from "$CELL" --into "$PLANT" --alternatives 1 --limit 15
# The same plan as JSON (what maps and scripts read): the first path's steps.
"$BIN" plan reach "$GRAPH" --from "$CELL" --into "$PLANT" --json > out/reach.json
echo "(JSON plan in out/reach.json)"

# 2. The first three to five contacts that together cover the most shops and shifts.
step "$BIN" plan core "$GRAPH" --into "$PLANT" --from "$CELL"

# 3. Gate windows for the week, with members suggested for each, and a calendar for phones.
step "$BIN" plan gates "$GRAPH" --into "$PLANT" --from "$CELL" --week 2026-11-23 --ics out/gates.ics

# 4. Members who have no cell to be active in.
step "$BIN" plan attach "$GRAPH"

echo
echo "Once three to five workers are won, record them as a workplace cell and run:"
echo "  $BIN plan expand $GRAPH --cell <new-cell-id>"
