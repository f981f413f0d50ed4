#!/usr/bin/env python3
"""Side-by-side multi-source shortest paths: Shopfloor against igraph and networkx on the same graph.

Input: a folder written by `shopfloor-bench --export FOLDER` (Benchmarks/run.sh does this) holding
  edges.tsv      one directed edge per line: `source<TAB>target<TAB>weight` (dense integer vertex ids)
  sources.txt    the source vertex ids, one per line
  distances.tsv  Shopfloor's distances: `vertex<TAB>distance` for every reached vertex
  meta.json      {"vertices": N, "edges": M, "shopfloorSeconds": t, "shopfloorCPUSeconds": c, ...}

For each library the harness loads the graph, runs multi-source Dijkstra from the same sources, checks that
every distance equals Shopfloor's (relative tolerance 1e-9, and the same set of reached vertices), and reports
the time of the search alone: the fastest of as many runs as the bench gave Shopfloor (meta "runs", default 3),
the graph loaded once. Ratios are measured in this one run, side by side, on wall time and on the processor
time of the searching thread (every search here runs on one thread; on a shared machine the processor time
is the search's own work, the wall time adds the others' load).

Usage: compare.py FOLDER [--json OUT] [--skip-networkx-above N]
"""
import argparse
import json
import math
import os
import sys
import time


def read_graph(folder):
    edges_s, edges_t, weights = [], [], []
    with open(os.path.join(folder, "edges.tsv")) as f:
        for line in f:
            s, t, w = line.split("\t")
            edges_s.append(int(s))
            edges_t.append(int(t))
            weights.append(float(w))
    with open(os.path.join(folder, "sources.txt")) as f:
        sources = [int(x) for x in f.read().split()]
    expected = {}
    with open(os.path.join(folder, "distances.tsv")) as f:
        for line in f:
            v, d = line.split("\t")
            expected[int(v)] = float(d)
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    return meta, edges_s, edges_t, weights, sources, expected


def compare(name, got, expected):
    """Returns the number of vertices whose distance differs (or that only one side reached)."""
    bad = 0
    for v, d in expected.items():
        g = got.get(v)
        if g is None or not math.isclose(g, d, rel_tol=1e-9, abs_tol=1e-9):
            bad += 1
    bad += sum(1 for v in got if v not in expected)
    status = "all equal" if bad == 0 else f"{bad} DIFFER"
    print(f"  {name:10} distances: {len(got)} reached, {status}")
    return bad


def fastest(runs, search):
    """The fastest of `runs` calls of `search` (wall, and the thread's processor time) and the last call's result."""
    best, best_cpu, result = math.inf, math.inf, None
    for _ in range(runs):
        t1, c1 = time.perf_counter(), time.thread_time()
        result = search()
        best = min(best, time.perf_counter() - t1)
        best_cpu = min(best_cpu, time.thread_time() - c1)
    return (best, best_cpu), result


def run_igraph(meta, s, t, w, sources, runs):
    import igraph as ig
    n = meta["vertices"]
    t0 = time.perf_counter()
    # Multi-source search as one single-source search from a super source joined to every source at cost 0.
    g = ig.Graph(n=n + 1, edges=list(zip(s, t)) + [(n, x) for x in sources], directed=True)
    g.es["weight"] = w + [0.0] * len(sources)
    load = time.perf_counter() - t0
    search, rows = fastest(runs, lambda: g.distances(source=[n], weights="weight", mode="out"))
    got = {v: d for v, d in enumerate(rows[0][:n]) if d != math.inf}
    return load, search, got


def run_networkx(meta, s, t, w, sources, runs):
    import networkx as nx
    t0 = time.perf_counter()
    g = nx.DiGraph()
    g.add_nodes_from(range(meta["vertices"]))
    g.add_weighted_edges_from(zip(s, t, w))
    load = time.perf_counter() - t0
    search, got = fastest(runs, lambda: nx.multi_source_dijkstra_path_length(g, set(sources), weight="weight"))
    return load, search, dict(got)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--json", help="write the results as JSON here")
    ap.add_argument("--skip-networkx-above", type=int, default=2_000_000,
                    help="skip networkx on graphs with more edges than this (it needs minutes and GBs)")
    args = ap.parse_args()
    meta, s, t, w, sources, expected = read_graph(args.folder)
    print(f"graph: {meta['vertices']} vertices, {len(s)} edges, {len(sources)} sources")
    ours = meta["shopfloorSeconds"]
    ours_cpu = meta.get("shopfloorCPUSeconds", 0)
    runs = int(meta.get("runs", 1))
    results = {"vertices": meta["vertices"], "edges": len(s), "sources": len(sources), "runs": int(meta.get("runs", 1)),
               "shopfloor": {"search": ours, "cpu": ours_cpu}, "mismatches": 0}
    for name, runner in (("igraph", run_igraph), ("networkx", run_networkx)):
        if name == "networkx" and len(s) > args.skip_networkx_above:
            print(f"  {name:10} skipped ({len(s)} edges > --skip-networkx-above)")
            continue
        try:
            load, (search, cpu), got = runner(meta, s, t, w, sources, runs)
        except ImportError as e:
            print(f"  {name:10} not installed ({e}); run `pip install igraph networkx`")
            continue
        results["mismatches"] += compare(name, got, expected)
        results[name] = {"load": load, "search": search, "ratio": search / ours if ours > 0 else None,
                         "cpu": cpu, "cpuRatio": cpu / ours_cpu if ours_cpu > 0 else None}
    print()
    print(f"  {'library':10} {'search s':>10} {'x Shopfloor':>12} {'CPU s':>10} {'x CPU':>7}   (fastest of {runs} runs each)")
    print(f"  {'shopfloor':10} {ours:10.4f} {1.0:12.2f} {ours_cpu:10.4f} {1.0:7.2f}")
    for name in ("igraph", "networkx"):
        if name in results:
            r = results[name]
            cpu_ratio = f"{r['cpuRatio']:7.2f}" if r["cpuRatio"] else "      -"
            print(f"  {name:10} {r['search']:10.4f} {r['ratio']:12.2f} {r['cpu']:10.4f} {cpu_ratio}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2, sort_keys=True)
    sys.exit(1 if results["mismatches"] else 0)


if __name__ == "__main__":
    main()
