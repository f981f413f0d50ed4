#!/usr/bin/env python3
"""Whole commands as a person types them, each run in a new process: wall time and peak memory.

For a workspace written by `shopfloor-bench --workspace W` (Benchmarks/run.sh does this) and the bench's task
(a street cell and a workplace it targets), runs `plan reach`, `plan core`, `map plant` and `report penetration`
RUNS times each and prints min / median / max wall time, the CPU time (user + system; min / median / max: on a shared machine
the wall time mostly measures the others' load, the CPU time the command's own work) and the highest peak RSS
(the child's own ru_maxrss).
With --graph-file, also `check` of that graph file. With --sealed, the same workspace sealed with a passphrase
(`rekey`), timed with `plan reach`: what decryption adds is reported apart.

With --baseline BIN, another build is timed beside this one, run for run alternately (same load, same files),
and the ratio baseline / this is printed for every command. --baseline-workspace gives the baseline its own
copy of the same world (`BIN generate`), for a build that cannot read the newer one's file.

Usage: commands.py --workspace W --cell C --workplace P [--shopfloor BIN] [--baseline BIN [--baseline-workspace W2]] [--runs 5]
                   [--graph-file F] [--sealed] [--json OUT]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env=None):
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process; raises when it fails (exit 3 is `check`'s
    "valid, with a critical finding", a success here)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(argv, stdout=null, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        error = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {error.strip()[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def summary(laps):
    walls = [w for w, _, _ in laps]
    cpus = [c for _, c, _ in laps]
    return {"runs": len(laps), "min": min(walls), "median": statistics.median(walls), "max": max(walls),
            "cpu": statistics.median(cpus), "cpuMin": min(cpus), "cpuMax": max(cpus),
            "peakMiB": max(m for _, _, m in laps), "laps": walls, "cpuLaps": cpus}


def measure(name, argv_of, binaries, runs, env=None):
    """Times `argv_of(binary, label)` for each binary, alternating run by run."""
    laps = {label: [] for label in binaries}
    for _ in range(runs):
        for label, binary in binaries.items():
            laps[label].append(run_once(argv_of(binary, label), env))
    return {label: summary(l) for label, l in laps.items()}


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--cell", required=True)
    ap.add_argument("--workplace", required=True)
    ap.add_argument("--shopfloor", default=".build/release/shopfloor")
    ap.add_argument("--baseline", help="another shopfloor binary, timed beside this one")
    ap.add_argument("--baseline-workspace", help="the baseline's own workspace of the same world (default: --workspace)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--graph-file", help="also time `check` of this graph file")
    ap.add_argument("--sealed", action="store_true", help="also time plan reach on a sealed copy")
    ap.add_argument("--json", help="write the results as JSON here")
    args = ap.parse_args()

    binaries = {"this": args.shopfloor}
    if args.baseline:
        binaries["baseline"] = args.baseline
    scratch = tempfile.mkdtemp(prefix="shopfloor-commands-")
    cell, place = args.cell, args.workplace
    spaces = {"this": args.workspace, "baseline": args.baseline_workspace or args.workspace}
    commands = [
        ("plan reach", lambda b, l: [b, "plan", "reach", spaces[l], "--from", cell, "--into", place, "--json"]),
        ("plan core", lambda b, l: [b, "plan", "core", spaces[l], "--into", place, "--from", cell, "--json"]),
        ("map plant", lambda b, l: [b, "map", "plant", spaces[l], "--workplace", place, "--from", cell,
                                    "-o", os.path.join(scratch, "plant.svg")]),
        ("report penetration", lambda b, l: [b, "report", "penetration", spaces[l], "--json"]),
    ]
    if args.graph_file:
        commands.append(("check (graph file)", lambda b, l: [b, "check", args.graph_file]))
    results = {"load before": load(), "commands": {}}
    print(f"  load average before: {results['load before']}")
    try:
        for name, argv_of in commands:
            results["commands"][name] = measure(name, argv_of, binaries, args.runs)
        if args.sealed:
            env = dict(os.environ, SHOPFLOOR_NEW_PASSPHRASE="bench passphrase", SHOPFLOOR_PASSPHRASE="bench passphrase")
            sealed = {}
            for label, binary in binaries.items():
                sealed[label] = os.path.join(scratch, f"sealed-{label}.shopfloor")
                shutil.copyfile(spaces[label], sealed[label])
                subprocess.run([binary, "rekey", sealed[label]], env=env, check=True, stdout=subprocess.DEVNULL)
            results["commands"]["plan reach (sealed)"] = measure(
                "plan reach (sealed)",
                lambda b, l: [b, "plan", "reach", sealed[l], "--from", cell, "--into", place, "--json"],
                binaries, args.runs, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results["load after"] = load()

    print(f"  {'command':20} {'min s':>8} {'median s':>9} {'max s':>8} {'CPU min/median/max s':>22} {'peak MiB':>9}"
          + (f" {'baseline median':>16} {'CPU min/median/max s':>22} {'peak MiB':>9} {'x wall':>7} {'x CPU':>6}"
             if args.baseline else ""))
    for name, by in results["commands"].items():
        r = by["this"]
        cpus = f"{r['cpuMin']:.3f}/{r['cpu']:.3f}/{r['cpuMax']:.3f}"
        line = f"  {name:20} {r['min']:8.3f} {r['median']:9.3f} {r['max']:8.3f} {cpus:>22} {r['peakMiB']:9.0f}"
        if args.baseline:
            b = by["baseline"]
            base_cpus = f"{b['cpuMin']:.3f}/{b['cpu']:.3f}/{b['cpuMax']:.3f}"
            line += (f" {b['median']:16.3f} {base_cpus:>22} {b['peakMiB']:9.0f} {b['median'] / r['median']:7.2f}"
                     f" {b['cpu'] / r['cpu'] if r['cpu'] > 0 else 0:6.2f}")
        print(line)
    sealed, plain = results["commands"].get("plan reach (sealed)"), results["commands"]["plan reach"]
    if sealed:
        print(f"  decryption adds {sealed['this']['median'] - plain['this']['median']:.3f} s wall, "
              f"{sealed['this']['cpu'] - plain['this']['cpu']:.3f} s CPU to plan reach (medians)")
    print(f"  {args.runs} runs each, a new process every run; load average after: {results['load after']}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    sys.exit(main())
