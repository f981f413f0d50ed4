#!/usr/bin/env python3
"""Mutation fuzzing of the shopfloor binary: graph files (YAML, JSON), spreadsheets (CSV folders, .xlsx, .ods)
and cost files, each mutated input run through the command that reads it, with a timeout per input.

Counts inputs, crashes (a signal, or a Swift runtime trap), hangs (timeouts), acceptances and refusals, and
how many refusals name a place (file:line[:column], or book:sheet:row:column). Crashing and hanging inputs are
kept in the output folder with the command that ran them, for a regression test.

Usage: python3 Tests/Fuzz/fuzz.py --binary .build/debug/shopfloor --count 3000 --out /tmp/fuzz [--seed 1]
Not part of `make test` (a few thousand inputs take tens of minutes on a debug build).
"""
import argparse, io, json, os, random, re, shutil, subprocess, sys, tempfile, time, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# A refusal's place: path:line[:column] or book.xlsx:Sheet:row:column, as Shopfloor's diagnostics write them.
LOCATED = re.compile(r"[\w./-]+\.(yaml|yml|json|csv|xlsx|ods)(:[^:\s]+)?:\d+(:\d+)?|\(line \d+, column \d+\)")
TRAP = re.compile(r"Fatal error|Illegal instruction|Segmentation fault|Trace/breakpoint|Aborted|Stack dump")

TOKENS = [b"&a ", b"*a", b"!!str ", b"!!binary ", b"{", b"}", b"[", b"]", b": ", b"- ", b"\"", b"'", b"\t", b"\r",
    b"\x00", b"\x1b[2J", b"\xff\xfe", b"\xc3", b"\xef\xbb\xbf", b"9223372036854775807", b"-9223372036854775808",
    b"18446744073709551616", b"1e309", b"-1", b"NaN", b".nan", b".inf", b"-.inf", b"0x1F", b"1_000", b"39.0", b"0.5",
    b"~", b"null", b"yes", b"<<: *a", b"? ", b"|", b">", b"%YAML 1.1\n", b"---\n", b"...\n", b"#", b"=HYPERLINK(\"x\")",
    b"informer", b"management", b"member", b"\xe2\x80\xae", b"\n" * 3, b" " * 200]


def mutate_text(data: bytes, rng: random.Random, donors: list) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5, 8])):
        op = rng.randrange(11)
        n = len(b)
        if n == 0:
            b += rng.choice(TOKENS)
            continue
        i = rng.randrange(n)
        if op == 0:  # flip a byte
            b[i] = rng.randrange(256)
        elif op == 1:  # insert a token
            b[i:i] = rng.choice(TOKENS)
        elif op == 2:  # delete a range
            del b[i:i + rng.randrange(1, 64)]
        elif op == 3:  # duplicate a range
            j = min(n, i + rng.randrange(1, 400))
            b[j:j] = b[i:j] * rng.randrange(1, 4)
        elif op == 4:  # truncate
            del b[i:]
        elif op == 5:  # swap two lines
            lines = bytes(b).split(b"\n")
            if len(lines) > 2:
                x, y = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[x], lines[y] = lines[y], lines[x]
                b = bytearray(b"\n".join(lines))
        elif op == 6:  # replace a number with an extreme one
            m = list(re.finditer(rb"\d+(\.\d+)?", bytes(b)))
            if m:
                g = rng.choice(m)
                b[g.start():g.end()] = rng.choice([b"0", b"-1", b"9223372036854775807", b"4294967296", b"1e308",
                    b"39.0", b"0.5", b"NaN", b"2.5", b"99999999999999999999"])
        elif op == 7:  # splice a line from another input
            donor = rng.choice(donors).split(b"\n")
            lines = bytes(b).split(b"\n")
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(donor))
            b = bytearray(b"\n".join(lines))
        elif op == 8:  # replace a word (an id, a key) with another word of the file
            words = list(re.finditer(rb"[A-Za-z][\w.-]{2,}", bytes(b)))
            if len(words) > 1:
                a, c = rng.choice(words), rng.choice(words)
                b[a.start():a.end()] = c.group(0)
        elif op == 9:  # a control character
            b[i:i] = bytes([rng.choice([0, 1, 7, 8, 11, 12, 27, 127])])
        else:  # an alias bomb
            b[i:i] = b"\nx0: &a0 [z,z,z,z,z,z,z,z,z]\n" + b"".join(
                b"x%d: &a%d [*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d]\n" % ((k, k) + (k - 1,) * 9) for k in range(1, 9))
    return bytes(b)


def mutate_zip(data: bytes, rng: random.Random, donors: list) -> bytes:
    if rng.random() < 0.3:  # damage the container itself
        return mutate_text(data, rng, donors)
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return mutate_text(data, rng, donors)
    names = src.namelist()
    xml = [n for n in names if n.endswith(".xml")]
    target = rng.choice(xml or names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            body = src.read(n)
            if n == target:
                body = mutate_text(body, rng, [body])
            dst.writestr(n, body)
    return out.getvalue()


def json_located(out):
    """Whether `check --json` output lists errors that each carry a line."""
    try:
        errors = json.loads(out).get("errors") or []
    except (ValueError, AttributeError):
        return False
    return bool(errors) and all(isinstance(e, dict) and e.get("line") for e in errors)


def run(binary, args, timeout, cwd):
    started = time.monotonic()
    try:
        p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, timeout=timeout,
            env={**os.environ, "NO_COLOR": "1", "SHOPFLOOR_PASSPHRASE": ""})
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.monotonic() - started
    except subprocess.TimeoutExpired:
        return None, "", "", time.monotonic() - started


def write_report(opts, binary, stats, started):
    """Writes the figures so far to report.json (a run cut short still leaves them) and returns them."""
    total = {k: sum(s[k] for s in stats.values()) for k in ["inputs", "accepted", "refused", "located", "crashes", "hangs", "other"]}
    report = {"binary": binary, "seed": opts.seed, "timeout_s": opts.timeout, "seconds": round(time.monotonic() - started),
        "total": total, "by_kind": stats}
    with open(os.path.join(opts.out, "report.json"), "w") as f:
        json.dump(report, f, indent=2)
    return report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/shopfloor"))
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=tempfile.mkdtemp(prefix="shopfloor-fuzz-"))
    opts = ap.parse_args()
    rng = random.Random(opts.seed)
    binary = os.path.abspath(opts.binary)
    work = tempfile.mkdtemp(prefix="fuzz-work-")
    os.makedirs(opts.out, exist_ok=True)

    # Seeds: the samples as YAML and JSON, their CSV folders and workbooks (names revealed), cost files.
    seeds = {"yaml": [], "json": [], "csv": [], "xlsx": [], "ods": [], "costs": []}
    for sample in ["automotive-plant", "district", "office-plaza"]:
        path = os.path.join(ROOT, "Graphs", sample + ".yaml")
        seeds["yaml"].append(open(path, "rb").read())
        for fmt in ["json", "xlsx", "ods", "csv"]:
            out = os.path.join(work, f"{sample}-seed.{fmt}")
            code, _, err, _ = run(binary, ["export", path, "--format", fmt, "-o", out, "--reveal-names"], 120, ROOT)
            if code != 0:
                sys.exit(f"cannot make the {fmt} seed of {sample}: {err}")
            if fmt == "csv":
                seeds["csv"].append({n: open(os.path.join(out, n), "rb").read() for n in sorted(os.listdir(out))})
            else:
                seeds[fmt].append(open(out, "rb").read())
    seeds["costs"] = [
        b"channel:\n  tie: 1\n  gate: 6\ntieKind:\n  friend: 0.9\ntieStrength:\n  \"1\": 1.5\n",
        b"passAffiliation:\n  informer: 1000\n  non-party: 1\npassAssessment:\n  \"5\": 8\napproach:\n  \"3\": 6\n",
        b'{"channelRisk": {"tie": 0.01, "gate": 0.1}, "assessmentRisk": {"0": 0.05}, "fascistRisk": 0.2, '
        b'"gateWindowMinutes": 30, "riskWeight": 10}\n',
        b"channel: {pub: 3, commute: 3.5, home: 4}\ngateWindowMinutes: 45\nriskWeight: 5\n",
    ]
    empty = os.path.join(work, "empty.shopfloor")
    code, _, err, _ = run(binary, ["init", empty], 60, ROOT)
    if code != 0:
        sys.exit(f"cannot make a workspace: {err}")
    plant = os.path.join(ROOT, "Graphs", "automotive-plant.yaml")
    donors = seeds["yaml"] + seeds["json"]

    kinds = ["yaml"] * 4 + ["json"] * 2 + ["csv"] * 2 + ["xlsx", "ods"] + ["costs"] * 2
    stats = {k: {"inputs": 0, "accepted": 0, "refused": 0, "located": 0, "crashes": 0, "hangs": 0, "other": 0,
        "slowest": 0.0} for k in set(kinds)}
    started = time.monotonic()
    for n in range(opts.count):
        kind = rng.choice(kinds)
        case = os.path.join(work, f"case-{n}")
        os.makedirs(case)
        if kind in ("yaml", "json"):
            path = os.path.join(case, "g." + kind)
            open(path, "wb").write(mutate_text(rng.choice(seeds[kind]), rng, donors))
            args = ["check", path, "--json"] if rng.random() < 0.5 else ["check", path]
        elif kind == "csv":
            folder = os.path.join(case, "csv")
            os.makedirs(folder)
            files = dict(rng.choice(seeds["csv"]))
            victim = rng.choice(sorted(files))
            files[victim] = mutate_text(files[victim], rng, list(files.values()))
            for name, body in files.items():
                open(os.path.join(folder, name), "wb").write(body)
            ws = os.path.join(case, "w.shopfloor")
            shutil.copy(empty, ws)
            args = ["import", ws] + [os.path.join(folder, name) for name in sorted(files)]
        elif kind in ("xlsx", "ods"):
            path = os.path.join(case, "book." + kind)
            open(path, "wb").write(mutate_zip(rng.choice(seeds[kind]), rng, donors))
            ws = os.path.join(case, "w.shopfloor")
            shutil.copy(empty, ws)
            args = ["import", ws, path]
        else:
            path = os.path.join(case, "costs." + ("json" if rng.random() < 0.3 else "yaml"))
            open(path, "wb").write(mutate_text(rng.choice(seeds["costs"]), rng, seeds["costs"]))
            args = ["plan", "reach", plant, "--from", "arapcesme-street", "--into", "korfez-motor", "--costs", path]
        code, out, err, seconds = run(binary, args, opts.timeout, ROOT)
        s = stats[kind]
        s["inputs"] += 1
        s["slowest"] = max(s["slowest"], seconds)
        keep = None
        if code is None:
            s["hangs"] += 1
            keep = "hang"
        elif code < 0 or code >= 128 or TRAP.search(err):
            s["crashes"] += 1
            keep = "crash"
        elif code == 0 or (code == 3 and args[0] == "check"):
            s["accepted"] += 1
        elif code == 1:
            s["refused"] += 1
            if LOCATED.search(err) or LOCATED.search(out) or json_located(out):
                s["located"] += 1
            elif kind != "costs" or True:
                unlocated = os.path.join(opts.out, "unlocated.txt")
                with open(unlocated, "a") as f:
                    f.write(f"--- {kind} case {n}: {' '.join(args)}\n{err[:600]}\n")
        else:
            s["other"] += 1
            keep = f"exit-{code}"
        if keep:
            dest = os.path.join(opts.out, f"{keep}-{kind}-{n}")
            shutil.copytree(case, dest)
            open(os.path.join(dest, "command.txt"), "w").write(" ".join(args) + f"\nexit: {code}\n{err[-2000:]}\n")
        shutil.rmtree(case, ignore_errors=True)
        if (n + 1) % 100 == 0 or n + 1 == opts.count:
            print(f"{n + 1} inputs, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
            write_report(opts, binary, stats, started)
    print(json.dumps(write_report(opts, binary, stats, started), indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
