#!/usr/bin/env bash
# make bench: Shopfloor's main jobs at 10 thousand, 100 thousand and 1 million people (release build), then
# the same multi-source shortest-path problem in igraph and networkx, distances checked, ratios printed, then
# whole commands as a person types them on the bench's workspace (a new process each run), and `check` of a
# graph file of the same world up to 100 thousand people.
#
#   Benchmarks/run.sh [SIZES...]        default: 10000 100000 1000000
#   BASELINE=path/to/older/shopfloor Benchmarks/run.sh ...   also times that build's commands beside this one
#   RUNS=3 Benchmarks/run.sh ...        runs of each whole command (default 5)
#   WRITE_RUNS=5 Benchmarks/run.sh ...  runs of each timed write (log, person add, tie add…; default 3)
#
# Results: out/bench/bench-<size>.json (phases), out/bench/compare-<size>.json (ratios),
# out/bench/commands-<size>.json (whole commands), out/bench/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=.build/release/shopfloor-bench
CLI=.build/release/shopfloor
OUT=out/bench
[ -x "$BENCH" ] || swift build -c release --product shopfloor-bench
[ -x "$CLI" ] || swift build -c release --product shopfloor
mkdir -p "$OUT"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)

# The comparison libraries come from PyPI; the harness installs them when they are missing.
python3 -c 'import igraph, networkx' 2>/dev/null || python3 -m pip install --quiet igraph networkx

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(swift --version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"

for n in "${SIZES[@]}"; do
  echo | tee -a "$OUT/summary.txt"
  echo "== $n people" | tee -a "$OUT/summary.txt"
  "$BENCH" --people "$n" --write-runs "${WRITE_RUNS:-3}" --json "$OUT/bench-$n.json" --export "$OUT/cmp-$n" --workspace "$OUT/world-$n.shopfloor" \
    2>&1 | tee -a "$OUT/summary.txt"
  python3 Benchmarks/compare.py "$OUT/cmp-$n" --json "$OUT/compare-$n.json" --skip-networkx-above 3000000 \
    2>&1 | tee -a "$OUT/summary.txt"
  rm -rf "$OUT/cmp-$n"
  # Whole commands on the bench's workspace, with its task; `check` of a graph file of the same world.
  read -r cell workplace < <(python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["task"]; print(t["cell"], t["workplace"])' "$OUT/bench-$n.json")
  graph=()
  if [ "$n" -le 100000 ]; then
    "$CLI" generate --people "$n" -o "$OUT/world-$n.yaml" --force >/dev/null
    graph=(--graph-file "$OUT/world-$n.yaml")
  fi
  # An older build gets its own workspace of the same world (it may not read this build's file).
  baseline=()
  if [ -n "${BASELINE:-}" ]; then
    rm -f "$OUT/baseline-$n.shopfloor"
    "$BASELINE" generate --people "$n" -o "$OUT/baseline-$n.shopfloor" >/dev/null
    baseline=(--baseline "$BASELINE" --baseline-workspace "$OUT/baseline-$n.shopfloor")
  fi
  echo "whole commands, $n people (from $cell into $workplace):" | tee -a "$OUT/summary.txt"
  python3 Benchmarks/commands.py --shopfloor "$CLI" "${baseline[@]}" --workspace "$OUT/world-$n.shopfloor" \
    --cell "$cell" --workplace "$workplace" --runs "${RUNS:-5}" --sealed "${graph[@]}" --json "$OUT/commands-$n.json" 2>&1 | tee -a "$OUT/summary.txt"
  rm -f "$OUT/world-$n".shopfloor* "$OUT/world-$n.yaml" "$OUT"/baseline-"$n".shopfloor*
done
# The workbench's pages (`shopfloor serve`) at 10 and 100 thousand people: cold and warm answers, memory.
for n in 10000 100000; do
  echo | tee -a "$OUT/summary.txt"
  echo "== workbench pages, $n people" | tee -a "$OUT/summary.txt"
  "$BENCH" --people "$n" --workbench "$OUT/workbench-$n.json" 2>&1 | tee -a "$OUT/summary.txt"
done
echo
echo "Written: $OUT/summary.txt and the JSON beside it."
