#!/usr/bin/env bash
# Walk-through 1: check a sample graph and read its summary and the findings of the cell rules.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SHOPFLOOR_BIN:-$(command -v shopfloor || echo .build/debug/shopfloor)}   # the installed command, else a build
[ -x "$BIN" ] || swift build

echo "== The automotive plant: a 2,400-worker plant where the organization has nobody yet"
"$BIN" check Graphs/automotive-plant.yaml

echo
echo "== The district: which cell rules are broken (as JSON, for scripts)"
"$BIN" check Graphs/district.yaml --json | python3 -c '
import json, sys
report = json.load(sys.stdin)
for finding in report["findings"]:
    print("%-8s %-34s %s" % (finding["severity"], finding["rule"], finding["message"]))
'

echo
echo "== A broken file: every problem, with file, line, column, field and id"
tmp=$(mktemp -d)
cat > "$tmp/broken.yaml" <<'YAML'
people:
  - {id: ayse, affiliation: sympathiser, assessment: 7}
  - {id: ayse, shop: nowhere}
YAML
"$BIN" check "$tmp/broken.yaml" || echo "(exit code $? — the file is invalid)"
rm -rf "$tmp"
