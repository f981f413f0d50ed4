#!/usr/bin/env bash
# Walk-through: a committee gives two cells their parts, the cells work, their contacts come back, one conflict
# is shown side by side and decided, and the committee's history shows every step.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SHOPFLOOR_BIN:-$(command -v shopfloor || echo .build/debug/shopfloor)}   # the installed command, else a build
[ -x "$BIN" ] || swift build
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
GRAPHS=$(pwd)/Graphs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# In real use each side types its own passphrases; a script sets them.
export SHOPFLOOR_PASSPHRASE="workspace passphrase" SHOPFLOOR_KEY_PASSPHRASE="key passphrase"

echo "== Keys: the committee and each cell make a pair and read each other the words"
"$BIN" keys new committee
"$BIN" keys new mb-cell
"$BIN" keys new dk-cell

echo
echo "== The committee's encrypted workspace, with the district and the cells' public keys"
"$BIN" init committee.shopfloor --encrypt
"$BIN" import committee.shopfloor "$GRAPHS/district.yaml" > /dev/null
"$BIN" cell key committee.shopfloor mb-cell --set mb-cell.pub
"$BIN" cell key committee.shopfloor dk-cell --set dk-cell.pub

echo
echo "== Bundles out: each cell's part, encrypted to the cell, signed by the committee"
"$BIN" bundle out committee.shopfloor --cell mb-cell --key committee.key -o mb-cell.bundle
"$BIN" bundle out committee.shopfloor --cell dk-cell --key committee.key -o dk-cell.bundle

echo
echo "== Each cell opens its bundle as its own encrypted workspace"
"$BIN" init mb-cell.shopfloor --from-bundle mb-cell.bundle --key mb-cell.key --committee-key committee.pub
"$BIN" init dk-cell.shopfloor --from-bundle dk-cell.bundle --key dk-cell.key --committee-key committee.pub
"$BIN" plan gates mb-cell.shopfloor --into marmara-boru --from mb-cell --week 2026-11-02 > /dev/null \
    && echo "(mb-cell plans its gate visits on its own part)"

echo
echo "== The cells work: a new worker met, contacts logged, an assessment changed"
"$BIN" person add mb-cell.shopfloor yeni-1 --name "Yeni İşçi" --workplace marmara-boru --assessment 3
"$BIN" log mb-cell.shopfloor --by p-2150 --with yeni-1 --channel pub --date 2026-11-02 --outcome positive --assessment 2
"$BIN" person update mb-cell.shopfloor p-2157 --assessment 1
"$BIN" log dk-cell.shopfloor --by p-2172 --with p-2166 --channel home --date 2026-11-03 --outcome positive

echo
echo "== Bundles back: what each cell recorded since its bundle, encrypted to the committee, signed by the cell"
"$BIN" bundle back mb-cell.shopfloor --key mb-cell.key -o mb-cell-back.bundle
"$BIN" bundle back dk-cell.shopfloor --key dk-cell.key -o dk-cell-back.bundle

echo
echo "== Meanwhile the committee changed the same member's assessment"
"$BIN" person update committee.shopfloor p-2157 --assessment 3

echo
echo "== Merge: what does not conflict goes in; the conflict is shown side by side"
"$BIN" merge committee.shopfloor dk-cell-back.bundle --key committee.key
"$BIN" merge committee.shopfloor mb-cell-back.bundle --key committee.key
echo
echo "== Decided for the cell; the same bundle again changes nothing"
"$BIN" merge committee.shopfloor mb-cell-back.bundle --key committee.key --prefer cell
"$BIN" merge committee.shopfloor mb-cell-back.bundle --key committee.key --prefer cell

echo
echo "== A bundle for another cell is refused"
"$BIN" init wrong.shopfloor --from-bundle mb-cell.bundle --key dk-cell.key --committee-key committee.pub \
    || echo "(exit code $? — refused, nothing created)"

echo
echo "== The committee's history, and one undo"
"$BIN" history committee.shopfloor --limit 8
"$BIN" undo committee.shopfloor

echo
echo "== Both histories, in Turkish"
"$BIN" history mb-cell.shopfloor --lang tr
"$BIN" history committee.shopfloor --limit 4 --lang tr
