#!/usr/bin/env python3
"""Checks graph files against the rules of Docs/graph-file-format.md (an independent stand-in for
`shopfloor check`, used to validate the generated samples).

    python3 Graphs/tools/check_samples.py Graphs/*.yaml

Needs PyYAML. Reads the short forms (shop `id: headcount`, gate id-only, tie lists, shift `time:`,
`union: <character>`), and checks: known keys, unique ids per kind (gates are places), every reference and its
kind, a person's shop/shift in their workplace, a shift's gate in the same workplace, committee ⊆ members,
no self-ties and no duplicate ties, assessment 0-5, strength 1-3, headcounts >= 0 and shop sums <= the workplace,
HH:MM times, YYYY-MM-DD dates, vocabularies. Prints counts; exits 1 on any error.
"""

import datetime
import re
import sys
from collections import Counter, defaultdict

import yaml

PLACE_KINDS = {"neighbourhood", "pub", "teahouse", "cafe", "gate", "stop", "other"}
WP_KINDS = {"factory", "office", "store", "site", "depot", "mine", "ship", "farm", "other"}
CHARACTERS = {"democratic", "yellow", "none"}
ROLES = {"worker", "foreman", "technician", "engineer", "clerk", "manager", "hr", "security", "other"}
AFFS = {"member", "sympathizer", "non-party", "reformist-union", "social-democrat", "fascist", "informer"}
TIE_KINDS = {"coworker", "friend", "relative", "neighbour", "commute", "union"}
CHANNELS = {"tie", "coworker", "gate", "commute", "pub", "home", "other"}
OUTCOMES = {"positive", "neutral", "negative", "no-show"}
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")

KEYS = {
    "top": {"shopfloor", "name", "places", "workplaces", "people", "cells", "ties", "contacts"},
    "place": {"id", "kind", "name", "district", "location", "neighbourhood"},
    "workplace": {"id", "name", "kind", "sector", "employer", "headcount", "district", "neighbourhood",
                  "location", "union", "gates", "shops", "shifts"},
    "gate": {"id", "name", "neighbourhood"},
    "shop": {"id", "name", "headcount"},
    "shift": {"id", "name", "start", "end", "time", "gate", "days"},
    "union": {"name", "character"},
    "person": {"id", "name", "workplace", "shop", "shift", "home", "address", "role", "affiliation",
               "assessment", "union", "frequents", "tags", "notes"},
    "cell": {"id", "kind", "workplace", "neighbourhood", "targets", "members", "committee"},
    "tie": {"a", "b", "kind", "strength"},
    "contact": {"date", "by", "with", "channel", "place", "outcome", "assessment", "notes"},
}


def check(path):
    errs = []
    err = errs.append
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)

    def keys(kind, d, where):
        extra = set(d) - KEYS[kind]
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")

    def is_int(v):
        return isinstance(v, int) and not isinstance(v, bool)

    keys("top", doc, "top")
    places, wps, shops, shifts, people, cells = {}, {}, {}, {}, {}, {}
    shop_wp, shift_wp, gate_wp = {}, {}, {}

    def add(table, kind, i, item):
        if not isinstance(i, str) or not re.match(r"^[a-z0-9][a-z0-9-]*$", i):
            err(f"{kind} id {i!r}: not a plain id")
        if i in table:
            err(f"duplicate {kind} id {i}")
        table[i] = item

    for p in doc.get("places", []):
        keys("place", p, f"place {p.get('id')}")
        add(places, "place", p["id"], p)
        if p.get("kind") not in PLACE_KINDS:
            err(f"place {p['id']}: kind {p.get('kind')}")
        if not p.get("name"):
            err(f"place {p['id']}: no name")
    for w in doc.get("workplaces", []):
        wid = w["id"]
        keys("workplace", w, f"workplace {wid}")
        add(wps, "workplace", wid, w)
        if w.get("kind") not in WP_KINDS:
            err(f"workplace {wid}: kind {w.get('kind')}")
        if not is_int(w.get("headcount")) or w["headcount"] < 0:
            err(f"workplace {wid}: headcount {w.get('headcount')}")
        u = w.get("union")
        if u is not None:
            if isinstance(u, str):
                if u not in CHARACTERS:
                    err(f"workplace {wid}: union {u}")
            else:
                keys("union", u, f"workplace {wid} union")
                if u.get("character") not in CHARACTERS:
                    err(f"workplace {wid}: union character {u.get('character')}")
        for g in w.get("gates", []):
            if isinstance(g, str):
                g = {"id": g}
            keys("gate", g, f"gate {g.get('id')}")
            add(places, "place", g["id"], dict(g, kind="gate"))
            gate_wp[g["id"]] = wid
        total = 0
        for s in w.get("shops", []):
            if "id" not in s:
                (sid, hc), = s.items()
                s = {"id": sid, "headcount": hc}
            keys("shop", s, f"shop {s['id']}")
            add(shops, "shop", s["id"], s)
            shop_wp[s["id"]] = wid
            hc = s.get("headcount", 0)
            if not is_int(hc) or hc < 0:
                err(f"shop {s['id']}: headcount {hc}")
            total += hc
        if total > w["headcount"]:
            err(f"workplace {wid}: shops sum {total} > headcount {w['headcount']}")
        for s in w.get("shifts", []):
            keys("shift", s, f"shift {s['id']}")
            add(shifts, "shift", s["id"], s)
            shift_wp[s["id"]] = wid
            if "time" in s:
                if "start" in s or "end" in s:
                    err(f"shift {s['id']}: time and start/end")
                start, _, end = str(s["time"]).partition("-")
            else:
                start, end = s.get("start"), s.get("end")
            for t in (start, end):
                if not isinstance(t, str) or not TIME.match(t):
                    err(f"shift {s['id']}: time {t!r}")
            if s.get("gate") is not None and gate_wp.get(s["gate"]) != wid:
                err(f"shift {s['id']}: gate {s['gate']} is not a gate of {wid}")
            for d in s.get("days", []):
                if d not in DAYS:
                    err(f"shift {s['id']}: day {d}")
    for p in places.values():
        nb = p.get("neighbourhood")
        if nb is not None and (nb not in places or places[nb]["kind"] != "neighbourhood"):
            err(f"place {p['id']}: neighbourhood {nb}")
    for w in wps.values():
        nb = w.get("neighbourhood")
        if nb is not None and (nb not in places or places[nb]["kind"] != "neighbourhood"):
            err(f"workplace {w['id']}: neighbourhood {nb}")

    for p in doc.get("people", []):
        pid = p["id"]
        keys("person", p, f"person {pid}")
        add(people, "person", pid, p)
        wid = p.get("workplace")
        if wid is not None and wid not in wps:
            err(f"person {pid}: workplace {wid}")
        if p.get("shop") is not None:
            if p["shop"] not in shops:
                err(f"person {pid}: shop {p['shop']}")
            elif wid is not None and shop_wp[p["shop"]] != wid:
                err(f"person {pid}: shop {p['shop']} not in {wid}")
            wid = shop_wp.get(p["shop"], wid)
        if p.get("shift") is not None:
            if p["shift"] not in shifts:
                err(f"person {pid}: shift {p['shift']}")
            elif shift_wp[p["shift"]] != wid:
                err(f"person {pid}: shift {p['shift']} not in workplace {wid}")
        p["_wid"] = wid
        h = p.get("home")
        if h is not None and (h not in places or places[h]["kind"] != "neighbourhood"):
            err(f"person {pid}: home {h} is not a neighbourhood")
        for f in p.get("frequents", []):
            if f not in places:
                err(f"person {pid}: frequents {f}")
        if p.get("role", "worker") not in ROLES:
            err(f"person {pid}: role {p.get('role')}")
        if p.get("affiliation", "non-party") not in AFFS:
            err(f"person {pid}: affiliation {p.get('affiliation')}")
        a = p.get("assessment", 0)
        if not is_int(a) or not 0 <= a <= 5:
            err(f"person {pid}: assessment {a}")
        if "union" in p and not isinstance(p["union"], bool):
            err(f"person {pid}: union {p['union']!r}")
        if not isinstance(p.get("name"), str):
            err(f"person {pid}: name")

    for c in doc.get("cells", []):
        cid = c["id"]
        keys("cell", c, f"cell {cid}")
        add(cells, "cell", cid, c)
        if c.get("kind") not in ("street", "workplace"):
            err(f"cell {cid}: kind {c.get('kind')}")
        if c.get("workplace") is not None and c["workplace"] not in wps:
            err(f"cell {cid}: workplace {c['workplace']}")
        nb = c.get("neighbourhood")
        if nb is not None and (nb not in places or places[nb]["kind"] != "neighbourhood"):
            err(f"cell {cid}: neighbourhood {nb}")
        for t in c.get("targets", []):
            if t not in wps:
                err(f"cell {cid}: target {t}")
        ms = c.get("members", [])
        if len(set(ms)) != len(ms):
            err(f"cell {cid}: repeated member")
        for m in ms:
            if m not in people:
                err(f"cell {cid}: member {m}")
        for m in c.get("committee", []):
            if m not in ms:
                err(f"cell {cid}: committee member {m} is not a member")

    seen = set()
    degree = Counter()
    for t in doc.get("ties", []):
        if isinstance(t, list):
            if not 3 <= len(t) <= 4:
                err(f"tie {t}: list of {len(t)}")
                continue
            t = {"a": t[0], "b": t[1], "kind": t[2], "strength": t[3] if len(t) == 4 else 2}
        keys("tie", t, f"tie {t}")
        a, b, k, s = t["a"], t["b"], t.get("kind"), t.get("strength", 2)
        for x in (a, b):
            if x not in people:
                err(f"tie {a}-{b}: unknown person {x}")
        if a == b:
            err(f"tie {a}-{b}: a tie to oneself")
        if k not in TIE_KINDS:
            err(f"tie {a}-{b}: kind {k}")
        if not is_int(s) or not 1 <= s <= 3:
            err(f"tie {a}-{b}: strength {s}")
        key = (min(a, b), max(a, b), k)
        if key in seen:
            err(f"tie {a}-{b}: duplicate {k}")
        seen.add(key)
        degree[a] += 1
        degree[b] += 1

    for c in doc.get("contacts", []):
        keys("contact", c, f"contact {c}")
        d = c.get("date")
        if not isinstance(d, datetime.date):
            err(f"contact {c}: date {d!r}")
        elif not (d.isoformat() < "2026-11-24"):
            err(f"contact {c}: date {d} not before 2026-11-24")
        for k in ("by", "with"):
            if c.get(k) not in people:
                err(f"contact: {k} {c.get(k)}")
        if c.get("by") == c.get("with"):
            err(f"contact {c}: by == with")
        if c.get("place") is not None and c["place"] not in places:
            err(f"contact: place {c['place']}")
        if c.get("channel") not in CHANNELS:
            err(f"contact: channel {c.get('channel')}")
        if c.get("outcome") not in OUTCOMES:
            err(f"contact: outcome {c.get('outcome')}")
        a = c.get("assessment")
        if a is not None and (not is_int(a) or not 0 <= a <= 5):
            err(f"contact: assessment {a}")

    # plausibility (warnings, not format rules)
    warn = []
    names = Counter(p["name"] for p in people.values())
    for n, k in names.items():
        if k > 1:
            warn.append(f"name used {k} times: {n}")
    for sid, s in shops.items():
        pass
    aff = Counter(p.get("affiliation", "non-party") for p in people.values())
    roles = Counter(p.get("role", "worker") for p in people.values())
    deg = [degree[p] for p in people]
    stats = dict(places=len(places), workplaces=len(wps), shops=len(shops), shifts=len(shifts),
                 people=len(people), ties=len(doc.get("ties", [])), cells=len(cells),
                 contacts=len(doc.get("contacts", [])),
                 mean_degree=round(sum(deg) / max(1, len(deg)), 2), isolated=sum(1 for d in deg if d == 0))
    return errs, warn, stats, aff, roles


def main(paths):
    bad = False
    for path in paths:
        errs, warn, stats, aff, roles = check(path)
        print(f"{path}: {'OK' if not errs else f'{len(errs)} error(s)'}")
        print("  ", stats)
        print("  ", dict(aff))
        print("  ", dict(roles))
        for e in errs:
            print("  ERROR", e)
        for w in warn:
            print("  warning", w)
        bad |= bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
