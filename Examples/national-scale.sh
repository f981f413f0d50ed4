#!/usr/bin/env bash
# A synthetic national map in a workspace, and the main jobs on it, timed.
#
#   Examples/national-scale.sh [PEOPLE]        default 100000 (try 1000000: about a minute, 2 GB)
#
# `shopfloor generate` writes a world with the structure of a real one (heavy-tailed plants, shops and shifts,
# clustered ties, rare members and cells, rarer informers) straight into a new workspace; then the street cell
# of the first neighbourhood plans its way into a plant it targets, the committee reads the penetration report,
# and the plant's outreach map is drawn. Everything is fictional. Uses the release build (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-100000}"
BIN=${SHOPFLOOR_BIN:-$(command -v shopfloor || echo .build/release/shopfloor)}   # the installed command, else a release build
[ -x "$BIN" ] || swift build -c release --product shopfloor
mkdir -p out
WS="out/national-$PEOPLE.shopfloor"
rm -f "$WS" "$WS.bak" "$WS.lock"

timed() { echo; echo "\$ $*"; /usr/bin/time -f "  (%e s, %M KB peak)" "$@"; }

timed "$BIN" generate --people "$PEOPLE" -o "$WS"
# The first street cell and its first target (the generator names them street-nD-K and wN).
CELL=$(sqlite3 "$WS" "SELECT id FROM cells WHERE kind = 'street' ORDER BY position LIMIT 1")
PLANT=$(sqlite3 "$WS" "SELECT workplace FROM cell_targets WHERE cell = '$CELL' ORDER BY position LIMIT 1")
echo "Street cell $CELL, target plant $PLANT"
timed "$BIN" plan reach "$WS" --from "$CELL" --into "$PLANT" --limit 5
timed "$BIN" plan core "$WS" --into "$PLANT" --from "$CELL"
timed "$BIN" report penetration "$WS" --by district
timed "$BIN" map plant "$WS" --workplace "$PLANT" --from "$CELL" -o "out/national-$PEOPLE-plant.svg"
echo
echo "Workspace: $WS   Map: out/national-$PEOPLE-plant.svg"
