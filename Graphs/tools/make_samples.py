#!/usr/bin/env python3
"""Writes the fictional sample graphs in Graphs/ (see Docs/graph-file-format.md).

    python3 Graphs/tools/make_samples.py            # writes Graphs/*.yaml and Graphs/README.md

Standard library only and deterministic: every graph has its own fixed random seed, nothing depends on the
clock, on dict/set hashing or on the environment, so running it twice gives byte-identical files.
All people, addresses and most companies are invented; any likeness to real persons is coincidental.
"""

import json
import os
import random
import re
from collections import defaultdict

GRAPHS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------------------------------------------------
# A small YAML writer that keeps the hand-written look of the format doc (flow maps one per line, block
# maps where it reads better, short forms where we want them exercised).

class Raw(str):
    """Written as-is (dates, the `time: 22:00-06:00` short form)."""


class Q(str):
    """Always written double-quoted (times like "06:00" that YAML 1.1 would read as numbers)."""


class Block(dict):
    """A mapping written in block style."""


class Comment(str):
    """A comment line inside a list."""


RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ""}
UNSAFE = set(":#,[]{}\"&*!|>%@`\\")


def plain_ok(s):
    if s != s.strip() or s.lower() in RESERVED:
        return False
    if s[0] in "-?+.0123456789'" or any(c in UNSAFE for c in s):
        return False
    return True


def flow(v):
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, Q):
        return json.dumps(str(v), ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return v if plain_ok(v) else json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {flow(x)}" for k, x in v.items()) + "}"
    raise TypeError(repr(v))


def is_complex_list(v):
    return isinstance(v, list) and any(isinstance(x, (dict, Comment)) for x in v)


def block_map(d, indent):
    pad = " " * indent
    out = []
    for k, v in d.items():
        if is_complex_list(v):
            out.append(f"{pad}{k}:")
            out.extend(block_list(v, indent + 2))
        elif isinstance(v, Block):
            out.append(f"{pad}{k}:")
            out.extend(block_map(v, indent + 2))
        else:
            out.append(f"{pad}{k}: {flow(v)}")
    return out


def block_list(items, indent):
    pad = " " * indent
    out = []
    for x in items:
        if isinstance(x, Comment):
            out.append(f"{pad}# {x}")
        elif isinstance(x, Block):
            lines = block_map(x, indent + 2)
            out.append(f"{pad}- " + lines[0][indent + 2:])
            out.extend(lines[1:])
        else:
            out.append(f"{pad}- {flow(x)}")
    return out


def write_yaml(path, header, doc):
    lines = [f"# {h}" if h else "#" for h in header]
    first = True
    for k, v in doc.items():
        if is_complex_list(v):
            lines.append("")
            lines.append(f"{k}:")
            lines.extend(block_list(v, 2))
        else:
            if first:
                lines.append("")
                first = False
            lines.append(f"{k}: {flow(v)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------------------
# Names

MALE = """Mehmet Ahmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman
Abdullah Mahmut Recep Salih Kemal Emre Burak Serkan Oğuz Uğur Gökhan Barış Erkan Tolga Çağrı Şükrü Doğan Selçuk
Volkan Cengiz Ercan Yaşar Tuncay İlker Onur Özgür Kadir Fırat Sinan Erdem Şenol Cüneyt Gürkan Levent Nihat Rıza
Sabri Tayfun Ümit Zafer Ferhat Engin Hakan Metin Orhan Erol Bülent Cemal Ercüment Şahin İlyas Kâzım Necati Sedat
Tarık Veysel Yavuz Görkem Çetin Muharrem Şevket İsa Musa Hamza Batuhan Berkay Oktay Alper Koray Mert Eray""".split()
FEMALE = """Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Gülsüm Derya Esra
Büşra Gizem Tuğba Dilek Sevgi Nurcan Songül Gönül Çiğdem Şule Ebru Pınar Yasemin İlknur Hülya Aysel Gülay Nermin
Özge Ece Selin Buse İrem Ümran Şükran Gülşen Filiz Sibel Nazlı Damla Müge Aslı Kübra Rabia Şeyma Canan Yeliz""".split()
SURNAMES = """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
Kara Koç Kurt Özkan Şimşek Polat Özer Güneş Aktaş Yüksel Korkmaz Ateş Bulut Keskin Çakır Uçar Tekin Karaca Acar
Güler Sarı Uysal Avcı Akın Turan Toprak Kaplan Türkmen Ekinci Gündüz Taş Işık Önal Ünal Dündar Sevim Altun
Başaran Duman Erdem Coşkun Kocabaş Tunç Gök Karakuş Bilgiç Eren Kalkan Bozdağ Aksoy Çınar Sezer Ertürk Dinçer
Oral Şen Yazıcı Cömert Akbulut Karataş Demirci Bayram Özçelik Gürbüz Kahraman Ilgaz Yalçın Çiftçi Bozkaya""".split()
STREETS = """Lale Menekşe Gül Papatya Çınar Ihlamur Akasya Zambak Karanfil Nergis Söğüt Kavak Meşe Defne Yasemin
Manolya Lavanta Begonya Sümbül Leylak""".split()

TR = str.maketrans({"ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ı": "i", "İ": "i", "ç": "c", "Ç": "c",
                    "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "â": "a", "Â": "a", "î": "i", "û": "u"})


def slug(s):
    s = s.translate(TR).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------------------------------------------------
# Shared vocabulary tables

# assessment weights by affiliation: {0 not assessed, 1 leader, 2 supportive, 3 undecided, 4 opposed, 5 hostile}
ASSESS = {
    "member": {1: 3, 2: 2},
    "sympathizer": {0: 1, 1: 2, 2: 6, 3: 2},
    "non-party": {0: 4, 1: 0.3, 2: 2, 3: 3, 4: 1.2, 5: 0.2},
    "reformist-union": {0: 1, 1: 0.6, 2: 2, 3: 3, 4: 2, 5: 0.5},
    "social-democrat": {0: 0.5, 2: 2, 3: 2, 4: 1},
    "fascist": {3: 0.5, 4: 2, 5: 2},
    "informer": {3: 1, 4: 2, 5: 2},
}

# probability of being a member of the union at the workplace, by union character and affiliation
UNION_P = {
    "yellow": {"non-party": 0.6, "sympathizer": 0.4, "reformist-union": 0.95, "social-democrat": 0.5,
               "fascist": 0.7, "informer": 0.8, "member": 0.5},
    "democratic": {"non-party": 0.55, "sympathizer": 0.75, "reformist-union": 0.2, "social-democrat": 0.6,
                   "fascist": 0.15, "informer": 0.4, "member": 0.9},
    "none": {},
}

MIXES = {
    "yellow-industry": {"non-party": 55, "sympathizer": 9, "reformist-union": 20, "social-democrat": 6,
                        "fascist": 5, "informer": 2},
    "democratic-industry": {"non-party": 55, "sympathizer": 15, "reformist-union": 6, "social-democrat": 10,
                            "fascist": 4, "informer": 2},
    "nonunion-industry": {"non-party": 66, "sympathizer": 10, "reformist-union": 3, "social-democrat": 9,
                          "fascist": 7, "informer": 2},
    "service": {"non-party": 62, "sympathizer": 8, "reformist-union": 5, "social-democrat": 17,
                "fascist": 5, "informer": 2},
}

STRENGTH_W = {1: 3, 2: 5, 3: 2}


class Builder:
    """Collects places, workplaces, people, cells, ties and contacts of one graph."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.person_ids = set()
        self.full_names = set()
        self.places = []              # output items
        self.place = {}               # id -> dict (internal)
        self.pubs = defaultdict(list)   # neighbourhood -> pub ids
        self.stops = defaultdict(list)  # neighbourhood -> stop ids
        self.workplaces = []          # output items
        self.wp = {}                  # id -> spec
        self.people = []              # internal person dicts, in output order
        self.person = {}
        self.cells = []
        self.ties = []                # (a, b, kind, strength)
        self.tie_keys = set()
        self.tie_pairs = set()
        self.contacts = []

    # -- helpers --------------------------------------------------------------------------------------
    def pick(self, weights):
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    def chance(self, p):
        return self.rng.random() < p

    def new_name(self, female):
        while True:
            first = self.rng.choice(FEMALE if female else MALE)
            last = self.rng.choice(SURNAMES)
            if f"{first} {last}" not in self.full_names:
                self.full_names.add(f"{first} {last}")
                return first, last

    def new_id(self, first, last):
        base = slug(first)
        for cand in (f"{base}-{slug(last)[0]}", f"{base}-{slug(last)[:2]}", f"{base}-{slug(last)}"):
            if cand not in self.person_ids:
                break
        else:
            n = 2
            while f"{base}-{slug(last)}-{n}" in self.person_ids:
                n += 1
            cand = f"{base}-{slug(last)}-{n}"
        self.person_ids.add(cand)
        return cand

    # -- places ---------------------------------------------------------------------------------------
    def neighbourhood(self, pid, name, district, loc, block=False):
        item = {"id": pid, "kind": "neighbourhood", "name": name, "district": district, "location": list(loc)}
        self.places.append(Block(item) if block else item)
        self.place[pid] = item

    def spot(self, pid, kind, name, nb, loc=None):
        item = {"id": pid, "kind": kind, "name": name, "neighbourhood": nb}
        if loc:
            item["location"] = loc
        self.places.append(item)
        self.place[pid] = item
        if kind == "stop":
            self.stops[nb].append(pid)
        else:
            self.pubs[nb].append(pid)

    # -- workplaces -----------------------------------------------------------------------------------
    def workplace(self, spec):
        """spec: id name kind sector employer headcount district nb loc union gates shops shifts
        (+ internal: homes, mix, n, female, shop_shifts)."""
        self.wp[spec["id"]] = spec
        out = Block()
        for k in ("id", "name", "kind", "sector", "employer", "headcount", "district"):
            if spec.get(k) is not None:
                out[k] = spec[k]
        if spec.get("nb"):
            out["neighbourhood"] = spec["nb"]
        if spec.get("loc") is not None:
            out["location"] = spec["loc"]
        if spec.get("union") is not None:
            out["union"] = spec["union"]
        gates = []
        for g in spec.get("gates", []):
            if isinstance(g, str):
                gates.append(g)               # short form: just the id
            else:
                gates.append(g)
        if gates:
            out["gates"] = gates
        shops = []
        for s in spec["shops"]:
            if s.get("short"):
                shops.append({s["id"]: s["headcount"]})     # short form: id: headcount
            else:
                shops.append({"id": s["id"], "name": s["name"], "headcount": s["headcount"]})
        out["shops"] = shops
        shifts = []
        for s in spec["shifts"]:
            item = {"id": s["id"], "name": s["name"]}
            if s.get("short_time"):
                item["time"] = Raw(f"{s['start']}-{s['end']}")
            else:
                item["start"] = Q(s["start"])
                item["end"] = Q(s["end"])
            if s.get("gate"):
                item["gate"] = s["gate"]
            if s.get("days"):
                item["days"] = s["days"]
            shifts.append(Block(item) if s.get("short_time") else item)
        out["shifts"] = shifts
        # the format doc lists no `notes` for a workplace nor `name` for a cell: they go in comments
        if spec.get("notes"):
            self.workplaces.append(Comment(spec["notes"]))
        self.workplaces.append(out)

    def union_character(self, wid):
        u = self.wp[wid].get("union")
        if u is None:
            return "none"
        if isinstance(u, str):
            return u
        return u["character"]

    def gate_of(self, shift_id):
        for spec in self.wp.values():
            for s in spec["shifts"]:
                if s["id"] == shift_id:
                    return s.get("gate")
        return None

    # -- people ---------------------------------------------------------------------------------------
    def add_person(self, **f):
        female = f.pop("female", None)
        if female is None:
            female = self.chance(0.3)
        first, last = f.pop("first_last", None) or self.new_name(female)
        p = {"id": self.new_id(first, last), "name": f"{first} {last}"}
        p.update({"workplace": None, "shop": None, "shift": None, "home": None, "address": None,
                  "role": "worker", "affiliation": "non-party", "assessment": 0, "union": False,
                  "frequents": [], "tags": [], "notes": None, "_female": female, "_block": False})
        p.update(f)
        if p["_female"] and "woman" not in p["tags"]:
            p["tags"] = ["woman"] + p["tags"]
        self.people.append(p)
        self.person[p["id"]] = p
        return p

    def assess(self, affiliation):
        return self.pick(ASSESS[affiliation])

    def address(self):
        return f"{self.rng.choice(STREETS)} Sk. No {self.rng.randint(1, 48)}"

    def frequents_for(self, home, wid=None, p_pub=0.5, p_stop=0.5, p_work_pub=0.15):
        fr = []
        if home and self.pubs[home] and self.chance(p_pub):
            fr.append(self.rng.choice(self.pubs[home]))
        if home and self.stops[home] and self.chance(p_stop):
            fr.append(self.rng.choice(self.stops[home]))
        if wid:
            nb = self.wp[wid].get("nb")
            if nb and nb != home and self.pubs[nb] and self.chance(p_work_pub):
                fr.append(self.rng.choice(self.pubs[nb]))
        return fr

    def populate(self, wid, n, affiliations=None):
        """Maps n people in a workplace: shop by headcount, shift by weight, affiliation by the mix."""
        spec = self.wp[wid]
        char = self.union_character(wid)
        shops = [s for s in spec["shops"] if s.get("headcount", 0) > 0]
        if affiliations is None:
            mix = MIXES[spec["mix"]]
            affiliations = [self.pick(mix) for _ in range(n)]
        made = []
        for i in range(n):
            shop = self.rng.choices(shops, [s.get("weight", s["headcount"]) for s in shops])[0]
            allowed = shop.get("shifts") or [s["id"] for s in spec["shifts"]]
            shw = {s["id"]: s.get("weight", 1) for s in spec["shifts"] if s["id"] in allowed}
            shift = self.pick(shw)
            female = self.chance(shop.get("female", spec.get("female", 0.15)))
            home = self.pick(spec["homes"])
            aff = affiliations[i]
            tags = []
            r = self.rng.random()
            if r < 0.22:
                tags.append("young")
            elif r < 0.32:
                tags.append("senior")
            for t, pr in list(spec.get("tags", {}).items()) + list(shop.get("tags", {}).items()):
                if self.chance(pr):
                    tags.append(t)
            p = self.add_person(
                female=female, shop=shop["id"], shift=shift, home=home, affiliation=aff,
                assessment=self.assess(aff), union=char != "none" and self.chance(UNION_P[char].get(aff, 0)),
                role=shop.get("role", "worker"), tags=tags,
                frequents=self.frequents_for(home, wid, spec.get("p_pub", 0.5), spec.get("p_stop", 0.5)),
                address=self.address() if self.chance(0.2) else None, _wid=wid)
            made.append(p)
        return made

    def management(self, wid, roles, shift=None):
        """Management-side people of a workplace (no shop: they give `workplace:`)."""
        spec = self.wp[wid]
        made = []
        for i, role in enumerate(roles):
            sh = shift or spec["shifts"][i % len(spec["shifts"])]["id"] if role == "security" else spec["shifts"][0]["id"]
            aff = "fascist" if role == "security" and self.chance(0.3) else "non-party"
            home = self.pick(spec["homes"]) if role == "security" or self.chance(0.4) else None
            p = self.add_person(workplace=wid, shift=sh, home=home, role=role, affiliation=aff,
                                assessment=self.pick({0: 1, 4: 3, 5: 2}) if aff == "non-party" else 5,
                                female=self.chance(0.5 if role == "hr" else 0.1 if role == "security" else 0.25),
                                frequents=[], _wid=wid)
            made.append(p)
        return made

    def foremen(self, people, per_segment_min=4):
        """One foreman per large enough shop x shift segment, preferring non-party / reformist-union."""
        seg = defaultdict(list)
        for p in people:
            if p["shop"]:
                seg[(p["shop"], p["shift"])].append(p)
        for key in sorted(seg):
            group = seg[key]
            if len(group) < per_segment_min:
                continue
            cands = [p for p in group if p["affiliation"] in ("non-party", "reformist-union", "fascist")
                     and p["role"] == "worker"]
            if cands:
                f = self.rng.choice(cands)
                f["role"] = "foreman"
                f["assessment"] = max(f["assessment"], self.pick({0: 1, 3: 2, 4: 3}))
                if "young" in f["tags"]:
                    f["tags"].remove("young")

    def make_members(self, people, k, spread=True):
        """Turns k of the given people into party members (not informers nor management)."""
        pool = [p for p in people if p["affiliation"] not in ("informer", "fascist", "member")
                and p["role"] not in ("manager", "hr", "security", "foreman")]
        pool.sort(key=lambda p: (p["affiliation"] != "sympathizer", p["id"]))
        chosen = []
        segs = set()
        for p in self.rng.sample(pool, len(pool)):
            s = (p["shop"], p["shift"])
            if spread and s in segs and len(segs) < len({(q["shop"], q["shift"]) for q in pool}):
                continue
            segs.add(s)
            chosen.append(p)
            if len(chosen) == k:
                break
        for p in chosen:
            p["affiliation"] = "member"
            p["assessment"] = self.pick(ASSESS["member"])
            if "young" in p["tags"] and self.chance(0.5):
                p["tags"].remove("young")
        return chosen

    # -- ties -----------------------------------------------------------------------------------------
    def tie(self, a, b, kind, strength=None, parallel=False):
        if a == b:
            return False
        pair = tuple(sorted((a, b)))
        if (pair, kind) in self.tie_keys or (not parallel and pair in self.tie_pairs):
            return False
        if strength is None:
            strength = self.pick(STRENGTH_W)
        self.tie_keys.add((pair, kind))
        self.tie_pairs.add(pair)
        self.ties.append((a, b, kind, strength))
        return True

    def weave(self, people, everyone=None, p_friend=0.45, p_neigh=0.45, p_rel=0.1, p_commute=0.35,
              p_union=0.25, p_cross=0.25):
        """Clustered ties: coworkers within shop x shift, friends within the shift or the neighbourhood,
        relatives and neighbours by home, commuters by stop and shift, union comrades."""
        rng = self.rng
        everyone = everyone or people
        seg = defaultdict(list)
        for p in people:
            if p["shop"]:
                seg[(p["shop"], p["shift"])].append(p)
        for key in sorted(seg):
            g = seg[key][:]
            rng.shuffle(g)
            n = len(g)
            if n < 2:
                continue
            for i, p in enumerate(g):
                self.tie(p["id"], g[(i + 1) % n]["id"], "coworker")
                if n > 3 and self.chance(0.55):
                    self.tie(p["id"], g[(i + 2) % n]["id"], "coworker")
                if n > 4 and self.chance(0.25):
                    self.tie(p["id"], rng.choice(g)["id"], "coworker", 1)
        by_home = defaultdict(list)
        for p in everyone:
            if p["home"]:
                by_home[p["home"]].append(p)
        by_shift = defaultdict(list)
        for p in people:
            if p["shift"]:
                by_shift[p["shift"]].append(p)
        by_stop_shift = defaultdict(list)
        for p in people:
            for f in p["frequents"]:
                if self.place[f]["kind"] == "stop":
                    by_stop_shift[(f, p["shift"])].append(p)
        unioned = defaultdict(list)
        for p in people:
            if p["union"]:
                unioned[p.get("_wid")].append(p)
        for p in people:
            if self.chance(p_friend):
                pool = by_home[p["home"]] if (p["home"] and self.chance(p_cross)) else \
                    [q for q in by_shift[p["shift"]] if q["shop"] != p["shop"]]
                if pool:
                    self.tie(p["id"], rng.choice(pool)["id"], "friend", self.pick({2: 2, 3: 1}))
            if p["home"] and self.chance(p_neigh):
                self.tie(p["id"], rng.choice(by_home[p["home"]])["id"], "neighbour", self.pick({1: 2, 2: 1}))
            if p["home"] and self.chance(p_rel):
                self.tie(p["id"], rng.choice(by_home[p["home"]])["id"], "relative", 3)
            stops = [f for f in p["frequents"] if self.place[f]["kind"] == "stop"]
            if stops and self.chance(p_commute):
                self.tie(p["id"], rng.choice(by_stop_shift[(stops[0], p["shift"])])["id"], "commute",
                         self.pick({1: 2, 2: 1}))
            if p["union"] and self.chance(p_union):
                pool = [q for q in unioned[p.get("_wid")] if q["shop"] != p["shop"]]
                if pool:
                    self.tie(p["id"], rng.choice(pool)["id"], "union", self.pick({1: 2, 2: 1}), parallel=True)

    def connect_isolated(self, people):
        """Gives anyone without a tie a weak coworker tie (or a neighbour tie if alone at work)."""
        tied = {x for a, b, _, _ in self.ties for x in (a, b)}
        for p in people:
            if p["id"] in tied:
                continue
            mates = [q for q in people if q is not p and q.get("_wid") == p.get("_wid")]
            if mates:
                q = self.rng.choice(mates)
                self.tie(p["id"], q["id"], "coworker", 1)
            else:
                q = self.rng.choice([q for q in self.people if q is not p and q["home"] == p["home"]])
                self.tie(p["id"], q["id"], "neighbour", 1)
            tied.update((p["id"], q["id"]))

    def settle_assessments(self):
        """A person's assessment is the one given at their latest contact, when there is one."""
        for c in sorted(self.contacts, key=lambda c: str(c["date"])):
            if c.get("assessment") is not None:
                self.person[c["with"]]["assessment"] = c["assessment"]

    # -- cells and contacts ---------------------------------------------------------------------------
    def cell(self, **c):
        item = {}
        if c.get("name"):
            self.cells.append(Comment(c["name"]))
        for k in ("id", "kind", "workplace", "neighbourhood", "targets", "members", "committee"):
            if c.get(k) is not None:
                item[k] = c[k]
        self.cells.append(Block(item))

    def contact(self, date, by, with_, channel, outcome, place=None, assessment=None, notes=None):
        c = {"date": Raw(date), "by": by, "with": with_, "channel": channel}
        if place:
            c["place"] = place
        c["outcome"] = outcome
        if assessment is not None:
            c["assessment"] = assessment
        if notes:
            c["notes"] = notes
        self.contacts.append(c)

    def contact_place(self, by, with_, channel):
        """A sensible place for a meeting on a channel."""
        w = self.person[with_]
        if channel == "gate":
            return self.gate_of(w["shift"])
        if channel == "pub":
            pubs = [f for f in w["frequents"] if self.place[f]["kind"] != "stop"]
            if pubs:
                return pubs[0]
            return self.pubs[w["home"]][0] if w["home"] and self.pubs[w["home"]] else None
        if channel == "home":
            return w["home"]
        if channel == "commute":
            stops = [f for f in w["frequents"] if self.place[f]["kind"] == "stop"]
            return stops[0] if stops else None
        return None

    # -- output ---------------------------------------------------------------------------------------
    def person_out(self, p):
        out = {"id": p["id"], "name": p["name"]}
        if p["shop"]:
            out["shop"] = p["shop"]
        elif p["workplace"]:
            out["workplace"] = p["workplace"]
        for k in ("shift", "home", "address", "role", "affiliation", "assessment"):
            if p[k] is not None:
                out[k] = p[k]
        if p["union"]:
            out["union"] = True
        for k in ("frequents", "tags"):
            if p[k]:
                out[k] = p[k]
        if p["notes"]:
            out["notes"] = p["notes"]
        return Block(out) if p["_block"] else out

    def document(self, name, people_sections, tie_style):
        ties = []
        for a, b, kind, s in self.ties:
            if kind in tie_style.get("list", ()):
                ties.append([a, b, kind] if (s == 2 and tie_style.get("omit_default")) else [a, b, kind, s])
            else:
                ties.append({"a": a, "b": b, "kind": kind, "strength": s})
        people = []
        for title, group in people_sections:
            if title:
                people.append(Comment(title))
            people.extend(self.person_out(p) for p in group)
        self.settle_assessments()
        contacts = sorted(self.contacts, key=lambda c: (str(c["date"]), c["by"], c["with"]))
        return {"shopfloor": 1, "name": name, "places": self.places, "workplaces": self.workplaces,
                "people": people, "cells": self.cells, "ties": ties, "contacts": contacts}

    def stats(self):
        deg = defaultdict(int)
        for a, b, _, _ in self.ties:
            deg[a] += 1
            deg[b] += 1
        return {
            "places": len(self.places),
            "workplaces": len(self.wp),
            "people": len(self.people),
            "ties": len(self.ties),
            "cells": sum(1 for c in self.cells if not isinstance(c, Comment)),
            "contacts": len(self.contacts),
            "members": sum(1 for p in self.people if p["affiliation"] == "member"),
            "mean_degree": round(2 * len(self.ties) / max(1, len(self.people)), 1),
        }


def shop(id, name, headcount, **kw):
    return dict(id=id, name=name, headcount=headcount, **kw)


def shift(id, name, start, end, gate=None, **kw):
    return dict(id=id, name=name, start=start, end=end, gate=gate, **kw)


MON_SAT = ["mon", "tue", "wed", "thu", "fri", "sat"]
ALL_WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

HEADER = [
    "FICTIONAL SAMPLE DATA. Every person, address and note in this file is invented; companies are",
    "invented or used only as scenery. Any likeness to real persons is coincidental.",
    "Generated by Graphs/tools/make_samples.py (deterministic) — edit the generator, not this file.",
    "Format: Docs/graph-file-format.md",
]


# ---------------------------------------------------------------------------------------------------------
# 1. One large automotive plant and the street cell working toward it

def automotive_plant():
    b = Builder(1924)
    rng = b.rng
    b.neighbourhood("guzeller", "Güzeller", "Gebze", (40.7905, 29.4452), block=True)
    b.neighbourhood("arapcesme", "Arapçeşme", "Gebze", (40.8081, 29.4183))
    b.neighbourhood("sultan-orhan", "Sultan Orhan", "Gebze", (40.7968, 29.4321))
    b.neighbourhood("kirazpinar", "Kirazpınar", "Gebze", (40.7822, 29.4705))
    b.spot("osb-kiraathane", "teahouse", "OSB Kıraathanesi", "guzeller", [40.7931, 29.4478])
    b.spot("guzeller-cay", "teahouse", "Güzeller Çay Ocağı", "guzeller")
    b.spot("arapcesme-kahve", "teahouse", "Arapçeşme Kahvesi", "arapcesme", {"lat": 40.8077, "lon": 29.4191})
    b.spot("kose-birahane", "pub", "Köşe Birahanesi", "sultan-orhan")
    b.spot("kirazpinar-cay", "teahouse", "Kirazpınar Çay Bahçesi", "kirazpinar")
    b.spot("servis-arapcesme", "stop", "Arapçeşme servis durağı", "arapcesme")
    b.spot("servis-sultan-orhan", "stop", "Sultan Orhan servis durağı", "sultan-orhan")
    b.spot("servis-kirazpinar", "stop", "Kirazpınar servis durağı", "kirazpinar")
    b.spot("osb-3-durak", "stop", "OSB 3. durak (belediye otobüsü)", "guzeller")

    all_shifts = ["km-a", "km-b", "km-c"]
    spec = dict(
        id="korfez-motor", name="Körfez Motor Gebze Fabrikası", kind="factory", sector="automotive",
        employer="Körfez Motor Sanayi A.Ş.", headcount=2400, district="Gebze", nb="guzeller",
        loc=[40.7952, 29.4503], union={"name": "Türk Metal", "character": "yellow"},
        gates=[{"id": "km-north", "name": "Kuzey kapısı (personel girişi)", "neighbourhood": "guzeller"},
               "km-south"],
        shops=[
            shop("km-press", "Pres hattı", 220, weight=220),
            shop("km-body", "Kaynak ve gövde (body shop)", 380, weight=380),
            shop("km-paint", "Boyahane", 210, weight=210),
            shop("km-assy1", "Montaj 1", 360, weight=360),
            shop("km-assy2", "Montaj 2", 340, weight=340),
            shop("km-engine", "Motor ve aktarma", 260, weight=260),
            shop("km-logistics", "Lojistik ve depo", 240, weight=240, tags={"subcontractor": 0.3}),
            shop("km-quality", "Kalite kontrol", 120, weight=120, female=0.3),
            shop("km-maint", "Bakım ve onarım", 150, weight=150),
            shop("km-canteen", "Yemekhane", 60, weight=50, female=0.6, shifts=["km-a", "km-b"], short=True),
        ],
        shifts=[
            shift("km-a", "Sabah", "06:00", "14:00", "km-north", weight=42),
            shift("km-b", "Akşam", "14:00", "22:00", "km-north", weight=34),
            shift("km-c", "Gece", "22:00", "06:00", "km-south", weight=24, days=MON_SAT, short_time=True),
        ],
        homes={"guzeller": 30, "arapcesme": 25, "sultan-orhan": 25, "kirazpinar": 20},
        female=0.08, p_pub=0.55, p_stop=0.6,
        notes="Fictional. Three shifts; the night shift also works Saturdays. Türk Metal holds the "
              "collective agreement; no party member works here.",
    )
    b.workplace(spec)

    # 163 workers with a fixed affiliation mix, plus 7 management-side people
    affs = (["sympathizer"] * 17 + ["reformist-union"] * 32 + ["social-democrat"] * 7 + ["fascist"] * 6
            + ["informer"] * 4)
    affs += ["non-party"] * (163 - len(affs))
    rng.shuffle(affs)
    workers = b.populate("korfez-motor", 163, affs)
    for p in workers:
        if p["shop"] == "km-logistics" and "subcontractor" in p["tags"]:
            p["union"] = False
    # loosely correlated, independent assessments: make sure the instructive cases exist
    ru = [p for p in workers if p["affiliation"] == "reformist-union"]
    for p in ru[:3]:
        p["assessment"] = 1
    ru[3]["notes"] = "Türk Metal işyeri temsilcisi; toplantılarda sözleşmeyi savunuyor"
    ru[3]["assessment"] = 4
    ru[4]["notes"] = "Türk Metal işyeri temsilcisi"
    ru[4]["assessment"] = 5
    ru[0]["notes"] = "2025 ücret zammı eyleminde öne çıktı; sendikadan istifayı düşünüyor"
    sy = [p for p in workers if p["affiliation"] == "sympathizer"]
    for p in sy[:3]:
        p["assessment"] = 3
    sy[0]["notes"] = "sempatisi var ama kredi borcu yüzünden çekingen"
    sy[1]["notes"] = "eski DİSK üyesi babası; gazete okuyor"
    b.foremen(workers, per_segment_min=7)
    inf = [p for p in workers if p["affiliation"] == "informer"]
    inf[0]["role"] = "foreman"
    inf[0]["notes"] = "ustabaşı; insan kaynaklarına isim taşıdığı konuşuluyor"
    inf[1]["notes"] = "herkesin siyasetini soruyor, yeni geldi"
    for p in workers:
        if p["shop"] == "km-maint" and p["role"] == "worker" and b.chance(0.7):
            p["role"] = "technician"
        elif p["shop"] == "km-quality" and p["role"] == "worker" and b.chance(0.4):
            p["role"] = "technician"
        elif p["shop"] == "km-logistics" and p["role"] == "worker" and b.chance(0.12):
            p["role"] = "clerk"
    for shop_id in ("km-quality", "km-engine", "km-paint"):
        cands = [p for p in workers if p["shop"] == shop_id and p["role"] in ("worker", "technician")
                 and p["affiliation"] == "non-party" and p["shift"] == "km-a"]
        if cands:
            e = rng.choice(cands)
            e["role"] = "engineer"
            e["tags"] = [t for t in e["tags"] if t != "senior"]
    mgmt = b.management("korfez-motor", ["manager", "manager", "hr", "hr", "security", "security", "security"])
    mgmt[0]["notes"] = "fabrika müdürü"
    mgmt[1]["notes"] = "üretim müdürü"
    mgmt[4]["shift"], mgmt[5]["shift"], mgmt[6]["shift"] = "km-a", "km-b", "km-c"
    plant = workers + mgmt
    for p in plant:
        p["_block"] = False
    # a few people written out in the long block form
    for p in (ru[0], sy[0], inf[0]):
        p["_block"] = True

    b.weave(plant, p_friend=0.45, p_neigh=0.45, p_rel=0.1, p_commute=0.35, p_union=0.25)
    # management knows each other and the foremen
    for i, m in enumerate(mgmt):
        for m2 in mgmt[i + 1:]:
            if m["role"] == m2["role"] or "manager" in (m["role"], m2["role"]):
                b.tie(m["id"], m2["id"], "coworker", 2)
    foremen = [p for p in workers if p["role"] == "foreman"]
    for f in foremen:
        b.tie(f["id"], mgmt[1]["id"], "coworker", 1)

    # the street cell: four members in Arapçeşme who work nowhere
    street = []
    for i, (first, last, female, tags, note) in enumerate([
        ("Zeynep", "Aksoy", True, ["student"], "üniversite öğrencisi, akşamları serbest"),
        ("Hasan", "Ilgaz", False, ["retired"], "emekli metal işçisi; eski sendika temsilcisi"),
        ("Elif", "Demirci", True, ["teacher"], None),
        ("Kâzım", "Oral", False, ["unemployed"], "işten çıkarıldı, şimdi işsiz"),
    ]):
        b.full_names.add(f"{first} {last}")
        p = b.add_person(first_last=(first, last), female=female, home="arapcesme", role="other",
                         affiliation="member", assessment=1 if i < 2 else 2, tags=tags, notes=note,
                         frequents=["arapcesme-kahve"] if i != 2 else [], address=b.address(), _block=True)
        street.append(p)
    b.cell(id="arapcesme-street", kind="street", name="Arapçeşme sokak hücresi", neighbourhood="arapcesme",
           targets=["korfez-motor"], members=[p["id"] for p in street],
           committee=[p["id"] for p in street[:3]])
    for i, p in enumerate(street):
        for q in street[i + 1:]:
            b.tie(p["id"], q["id"], "friend", 3)
    # ties from the street cell into the plant
    arap = [p for p in workers if p["home"] == "arapcesme"
            and p["affiliation"] not in ("informer", "fascist") and p["role"] == "worker"]
    rng.shuffle(arap)
    reach = []
    for s, q, kind, st in [(street[0], arap[0], "neighbour", 2), (street[0], arap[1], "neighbour", 1),
                           (street[1], arap[2], "neighbour", 2), (street[1], arap[3], "friend", 3),
                           (street[2], arap[4], "neighbour", 1), (street[3], arap[5], "friend", 2)]:
        if b.tie(s["id"], q["id"], kind, st):
            reach.append((s, q))
    elsewhere = [p for p in workers if p["home"] != "arapcesme" and p["affiliation"] in ("non-party", "sympathizer")
                 and p["role"] == "worker" and p["shift"] == "km-c"]
    rel = rng.choice(elsewhere)
    b.tie(street[3]["id"], rel["id"], "relative", 3)
    reach.append((street[3], rel))
    rel2 = rng.choice([p for p in workers if p["shop"] == "km-paint" and p["role"] == "worker"
                       and p["affiliation"] != "informer"])
    b.tie(street[2]["id"], rel2["id"], "relative", 2)
    reach.append((street[2], rel2))
    # one weak neighbour tie runs to a suspected informer: a planner must route around it
    inf_arap = [p for p in workers if p["affiliation"] == "informer"]
    inf_arap[1]["home"] = "arapcesme"
    b.tie(street[1]["id"], inf_arap[1]["id"], "neighbour", 1)

    b.connect_isolated(plant + street)
    # the contact log
    gate_worker = rng.choice([p for p in workers if p["shift"] == "km-a" and p["affiliation"] == "non-party"
                              and p["role"] == "worker"])
    night_worker = rng.choice([p for p in workers if p["shift"] == "km-c" and p["affiliation"] == "sympathizer"])
    fascist = [p for p in workers if p["affiliation"] == "fascist" and p["frequents"]]
    fascist = fascist[0] if fascist else [p for p in workers if p["affiliation"] == "fascist"][0]
    log = [
        ("2026-09-08", street[1], reach[2][1], "home", "positive", 2, "çay içtik, servis ücretlerinden şikayetçi"),
        ("2026-09-15", street[0], gate_worker, "gate", "neutral", 3, "14:00 çıkışında bildiri aldı"),
        ("2026-09-24", street[1], reach[3][1], "pub", "positive", 2, "kahvede maçtan sonra konuştuk"),
        ("2026-10-06", street[3], night_worker, "gate", "no-show", None, "06:00 çıkışında gelmedi"),
        ("2026-10-13", street[3], rel, "tie", "positive", 1, "akrabası; gece vardiyasında 4-5 kişiyi tanıyor"),
        ("2026-10-21", street[0], fascist, "pub", "negative", 5, "tartışma çıktı; kimlik bilgisi verilmedi"),
        ("2026-11-03", street[1], reach[2][1], "home", "positive", 1, "vardiyasından iki arkadaşını getirecek"),
        ("2026-11-10", street[2], inf_arap[1], "gate", "neutral", 4, "fazla soru sordu — dikkat"),
        ("2026-11-18", street[0], reach[0][1], "home", "positive", 2, None),
    ]
    for date, by, w, ch, out, a, note in log:
        b.contact(date, by["id"], w["id"], ch, out, place=b.contact_place(by, w["id"], ch), assessment=a,
                  notes=note)

    sections = [("Körfez Motor — workers, by shop", sorted(workers, key=lambda p: (
        [s["id"] for s in spec["shops"]].index(p["shop"]), all_shifts.index(p["shift"]), p["id"]))),
        ("Körfez Motor — management and security (management side: routed around)", mgmt),
        ("Arapçeşme street cell (party members, work nowhere)", street)]
    doc = b.document("Gebze — Körfez Motor automotive plant (fictional sample)", sections,
                     {"list": ("coworker",)})
    return b, doc


# ---------------------------------------------------------------------------------------------------------
# 2. A district: Gebze – Dilovası – Çayırova industrial zones, plaza, retail chain, site, power plant

def district():
    b = Builder(1930)
    rng = b.rng
    nbs = [
        ("kirazpinar", "Kirazpınar", "Gebze", (40.7822, 29.4705)),
        ("arapcesme", "Arapçeşme", "Gebze", (40.8081, 29.4183)),
        ("guzeller", "Güzeller", "Gebze", (40.7905, 29.4452)),
        ("beylikbagi", "Beylikbağı", "Gebze", (40.8035, 29.4412)),
        ("sultan-orhan", "Sultan Orhan", "Gebze", (40.7968, 29.4321)),
        ("mustafapasa", "Mustafapaşa", "Gebze", (40.8012, 29.4270)),
        ("dil-cumhuriyet", "Cumhuriyet (Dilovası)", "Dilovası", (40.7801, 29.5370)),
        ("dil-tavsancil", "Tavşancıl", "Dilovası", (40.7690, 29.5750)),
        ("dil-diliskelesi", "Diliskelesi", "Dilovası", (40.7630, 29.5190)),
        ("cay-akse", "Akse", "Çayırova", (40.8255, 29.3830)),
        ("cay-ozgurluk", "Özgürlük", "Çayırova", (40.8180, 29.3720)),
        ("darica-bayramoglu", "Bayramoğlu", "Darıca", (40.7740, 29.3560)),
    ]
    for i, (pid, name, d, loc) in enumerate(nbs):
        b.neighbourhood(pid, name, d, loc, block=(i == 0))
    for pid, kind, name, nb in [
        ("kirazpinar-cay", "teahouse", "Kirazpınar Çay Bahçesi", "kirazpinar"),
        ("kirazpinar-kiraathane", "teahouse", "Emek Kıraathanesi", "kirazpinar"),
        ("arapcesme-kahve", "teahouse", "Arapçeşme Kahvesi", "arapcesme"),
        ("osb-kiraathane", "teahouse", "OSB Kıraathanesi", "guzeller"),
        ("beylikbagi-cay", "teahouse", "Beylikbağı Çay Ocağı", "beylikbagi"),
        ("kose-birahane", "pub", "Köşe Birahanesi", "sultan-orhan"),
        ("mustafapasa-kafe", "cafe", "Çarşı Kafe", "mustafapasa"),
        ("dil-liman-kahve", "teahouse", "Liman Kahvesi", "dil-cumhuriyet"),
        ("dil-tavsancil-cay", "teahouse", "Tavşancıl Çay Evi", "dil-tavsancil"),
        ("dil-iskele-birahane", "pub", "İskele Birahanesi", "dil-diliskelesi"),
        ("akse-kahve", "teahouse", "Akse Kahvesi", "cay-akse"),
        ("ozgurluk-cay", "teahouse", "Özgürlük Çay Bahçesi", "cay-ozgurluk"),
        ("bayramoglu-kafe", "cafe", "Sahil Kafe", "darica-bayramoglu"),
        ("servis-kirazpinar", "stop", "Kirazpınar servis durağı", "kirazpinar"),
        ("servis-arapcesme", "stop", "Arapçeşme servis durağı", "arapcesme"),
        ("osb-3-durak", "stop", "GOSB 3. durak", "guzeller"),
        ("servis-beylikbagi", "stop", "Beylikbağı servis durağı", "beylikbagi"),
        ("dil-osb-durak", "stop", "Dilovası OSB girişi durağı", "dil-cumhuriyet"),
        ("dil-tavsancil-durak", "stop", "Tavşancıl servis durağı", "dil-tavsancil"),
        ("cay-marmaray", "stop", "Çayırova Marmaray istasyonu", "cay-akse"),
        ("cay-ozgurluk-durak", "stop", "Özgürlük servis durağı", "cay-ozgurluk"),
        ("gebze-marmaray", "stop", "Gebze Marmaray istasyonu", "mustafapasa"),
    ]:
        b.spot(pid, kind, name, nb)

    G, D, C = "Gebze", "Dilovası", "Çayırova"
    TM = {"name": "Türk Metal", "character": "yellow"}
    BM = {"name": "Birleşik Metal-İş", "character": "democratic"}
    PI = {"name": "Petrol-İş", "character": "democratic"}
    GATES_ONLY = []

    def three_shifts(p, gate_day, gate_night, weights=(45, 35, 20)):
        return [shift(f"{p}-a", "Sabah", "06:00", "14:00", gate_day, weight=weights[0]),
                shift(f"{p}-b", "Akşam", "14:00", "22:00", gate_day, weight=weights[1]),
                shift(f"{p}-c", "Gece", "22:00", "06:00", gate_night, weight=weights[2], days=MON_SAT)]

    def two_shifts(p, gate, weights=(60, 40)):
        return [shift(f"{p}-a", "Sabah", "07:00", "15:00", gate, weight=weights[0]),
                shift(f"{p}-b", "Akşam", "15:00", "23:00", gate, weight=weights[1])]

    def day_shift(p, gate, start="08:00", end="17:00", days=None):
        return [shift(f"{p}-day", "Gündüz", start, end, gate, days=days)]

    specs = [
        # --- large plants (1000+): no cells
        dict(id="dilovasi-motor", name="Dilovası Motor Sanayi", kind="factory", sector="automotive",
             employer="Dilovası Motor Sanayi A.Ş.", headcount=3000, district=D, nb="dil-cumhuriyet",
             loc=[40.7855, 29.5302], union=TM,
             gates=[{"id": "dm-gate-1", "name": "1 No'lu kapı", "neighbourhood": "dil-cumhuriyet"},
                    {"id": "dm-gate-2", "name": "Lojistik kapısı", "neighbourhood": "dil-cumhuriyet"}],
             shops=[shop("dm-press", "Pres", 420), shop("dm-body", "Gövde", 620), shop("dm-paint", "Boya", 350),
                    shop("dm-assy", "Montaj", 900), shop("dm-logistics", "Lojistik", 380),
                    shop("dm-maint", "Bakım", 200)],
             shifts=three_shifts("dm", "dm-gate-1", "dm-gate-2"),
             homes={"kirazpinar": 4, "dil-cumhuriyet": 3, "dil-tavsancil": 2, "beylikbagi": 1},
             mix="yellow-industry", n=40, female=0.07, mgmt=["hr", "security", "manager"]),
        dict(id="gebze-karoser", name="Gebze Karoser ve Otobüs", kind="factory", sector="automotive",
             employer="Gebze Karoser A.Ş.", headcount=1400, district=G, nb="guzeller", loc=[40.7930, 29.4390],
             union=TM, gates=["gk-gate"],
             shops=[shop("gk-chassis", "Şasi", 380), shop("gk-body", "Karoser", 450), shop("gk-paint", "Boya", 200),
                    shop("gk-trim", "İç döşeme", 250)],
             shifts=two_shifts("gk", "gk-gate"),
             homes={"cay-akse": 4, "cay-ozgurluk": 3, "guzeller": 2, "sultan-orhan": 1},
             mix="yellow-industry", n=25, female=0.1, mgmt=["hr", "security"]),
        dict(id="dilovasi-celik", name="Dilovası Çelik Döküm", kind="factory", sector="metal",
             employer="Dilovası Çelik Döküm San. A.Ş.", headcount=1200, district=D, nb="dil-diliskelesi",
             loc=[40.7652, 29.5241], union="yellow", gates=["dc-gate"],
             shops=[shop("dc-melt", "Ergitme", 300), shop("dc-cast", "Döküm", 420), shop("dc-fettle", "Taşlama", 260),
                    shop("dc-maint", "Bakım", 120)],
             shifts=three_shifts("dc", "dc-gate", "dc-gate", (40, 35, 25)),
             homes={"kirazpinar": 4, "dil-diliskelesi": 3, "dil-cumhuriyet": 2},
             mix="yellow-industry", n=20, female=0.02, mgmt=["security"]),
        dict(id="anatolia-ilac", name="Anatolia İlaç Gebze Üretim Tesisi", kind="factory", sector="chemicals",
             employer="Anatolia İlaç A.Ş.", headcount=1100, district=D, nb="dil-tavsancil",
             loc=[40.7718, 29.5660], union={"name": "Petrol-İş", "character": "yellow"}, gates=["ai-gate"],
             shops=[shop("ai-prod", "Üretim", 520), shop("ai-pack", "Ambalaj", 300, female=0.5),
                    shop("ai-lab", "Laboratuvar", 110, female=0.5, role="technician"), shop("ai-store", "Depo", 90)],
             shifts=three_shifts("ai", "ai-gate", "ai-gate"),
             homes={"dil-cumhuriyet": 4, "dil-tavsancil": 4, "darica-bayramoglu": 1},
             mix="yellow-industry", n=18, female=0.3, mgmt=["hr", "security"]),
        dict(id="dilovasi-cam", name="Dilovası Cam Fabrikası", kind="factory", sector="glass",
             employer="Marmara Cam Sanayi A.Ş.", headcount=1800, district=D, nb="dil-diliskelesi",
             loc=[40.7601, 29.5102], union={"name": "Kristal-İş", "character": "yellow"}, gates=["cam-gate"],
             shops=[shop("cam-furnace", "Fırın", 260), shop("cam-form", "Şekillendirme", 700),
                    shop("cam-sort", "Ayıklama ve paketleme", 540, female=0.3), shop("cam-maint", "Bakım", 160)],
             shifts=three_shifts("cam", "cam-gate", "cam-gate", (35, 35, 30)),
             homes={"dil-diliskelesi": 4, "dil-cumhuriyet": 2, "kirazpinar": 2},
             mix="yellow-industry", n=16, female=0.1, mgmt=["security"]),
        # --- mid-size and small plants, some with cells
        dict(id="tavsanli-yedek", name="Tavşanlı Yedek Parça", kind="factory", sector="automotive",
             employer="Tavşanlı Otomotiv Yan Sanayi Ltd.", headcount=650, district=D, nb="dil-tavsancil",
             loc=[40.7702, 29.5711], union=BM, gates=["ty-gate"],
             shops=[shop("ty-cnc", "CNC", 180), shop("ty-press", "Pres", 150), shop("ty-assy", "Montaj", 220),
                    shop("ty-quality", "Kalite", 40, female=0.4)],
             shifts=two_shifts("ty", "ty-gate"),
             homes={"dil-tavsancil": 4, "dil-cumhuriyet": 3, "kirazpinar": 1},
             mix="democratic-industry", n=18, female=0.15, mgmt=["hr"]),
        dict(id="marmara-boru", name="Marmara Boru ve Profil", kind="factory", sector="metal",
             employer="Marmara Boru San. A.Ş.", headcount=420, district=D, nb="dil-diliskelesi",
             loc=[40.7625, 29.5160], union=BM, gates=["mb-gate"],
             shops=[shop("mb-mill", "Boru hattı", 220), shop("mb-galv", "Galvaniz", 90), shop("mb-ship", "Sevkiyat", 60)],
             shifts=two_shifts("mb", "mb-gate"),
             homes={"dil-diliskelesi": 3, "dil-cumhuriyet": 2},
             mix="democratic-industry", n=12, female=0.03),
        dict(id="kaynak-makina", name="Kaynak Makina Atölyesi", kind="factory", sector="metal",
             employer="Kaynak Makina Ltd.", headcount=85, district=G, nb="beylikbagi", loc=[40.8050, 29.4440],
             union="none", gates=["km-kapi"],
             shops=[{"id": "kmak-shop", "name": "Atölye", "headcount": 70, "short": True}],
             shifts=day_shift("kmak", "km-kapi", days=MON_SAT),
             homes={"beylikbagi": 3, "mustafapasa": 1}, mix="nonunion-industry", n=6, female=0.0),
        dict(id="dilkim-kimya", name="Dilkim Kimya", kind="factory", sector="chemicals",
             employer="Dilkim Kimya San. A.Ş.", headcount=900, district=D, nb="dil-cumhuriyet",
             loc=[40.7820, 29.5420], union=PI,
             gates=[{"id": "dk-gate", "name": "Ana kapı", "neighbourhood": "dil-cumhuriyet"}],
             shops=[shop("dk-reactor", "Reaktörler", 260), shop("dk-fill", "Dolum", 300, female=0.3),
                    shop("dk-lab", "Laboratuvar", 60, role="technician", female=0.5), shop("dk-store", "Depo", 120)],
             shifts=three_shifts("dk", "dk-gate", "dk-gate"),
             homes={"dil-cumhuriyet": 4, "dil-tavsancil": 2, "kirazpinar": 1},
             mix="democratic-industry", n=22, female=0.2, mgmt=["hr", "security"]),
        dict(id="renkler-boya", name="Renkler Boya", kind="factory", sector="chemicals",
             employer="Renkler Boya ve Vernik A.Ş.", headcount=260, district=D, nb="dil-cumhuriyet",
             loc=[40.7790, 29.5355], union=PI, gates=["rb-gate"],
             shops=[shop("rb-mix", "Karışım", 120), shop("rb-fill", "Dolum", 90)],
             shifts=two_shifts("rb", "rb-gate"),
             homes={"dil-cumhuriyet": 3, "dil-tavsancil": 1}, mix="democratic-industry", n=10),
        dict(id="gebze-plastik", name="Gebze Plastik Enjeksiyon", kind="factory", sector="plastics",
             employer="Gebze Plastik Ltd.", headcount=140, district=G, nb="guzeller", loc=[40.7899, 29.4470],
             union="none", gates=["gp-gate"],
             shops=[shop("gp-inject", "Enjeksiyon", 100), shop("gp-pack", "Paketleme", 30, female=0.6)],
             shifts=two_shifts("gp", "gp-gate"),
             homes={"guzeller": 2, "sultan-orhan": 2, "arapcesme": 1}, mix="nonunion-industry", n=8),
        dict(id="polimer-ambalaj", name="Polimer Ambalaj", kind="factory", sector="plastics",
             employer="Polimer Ambalaj San. A.Ş.", headcount=320, district=C, nb="cay-ozgurluk",
             loc=[40.8160, 29.3790], union="none", gates=["pa-gate"],
             shops=[shop("pa-film", "Film hattı", 180), shop("pa-print", "Baskı", 90)],
             shifts=three_shifts("pa", "pa-gate", "pa-gate"),
             homes={"cay-ozgurluk": 3, "cay-akse": 2}, mix="nonunion-industry", n=8),
        dict(id="gebze-lastik", name="Gebze Lastik ve Kauçuk", kind="factory", sector="plastics",
             employer="Gebze Kauçuk San. A.Ş.", headcount=380, district=G, nb="guzeller", loc=[40.7880, 29.4520],
             union={"name": "Lastik-İş", "character": "democratic"}, gates=["gl-gate"],
             shops=[shop("gl-mix", "Karışım", 120), shop("gl-press", "Vulkanizasyon", 200)],
             shifts=three_shifts("gl", "gl-gate", "gl-gate"),
             homes={"guzeller": 2, "kirazpinar": 2, "sultan-orhan": 1}, mix="democratic-industry", n=8),
        dict(id="dilova-tekstil", name="Dilova Tekstil Konfeksiyon", kind="factory", sector="textile",
             employer="Dilova Tekstil A.Ş.", headcount=480, district=G, nb="sultan-orhan", loc=[40.7985, 29.4290],
             union={"name": "Teksif", "character": "yellow"}, gates=["dt-gate"],
             shops=[shop("dt-cut", "Kesim", 80), shop("dt-sew", "Dikim", 300), shop("dt-iron", "Ütü ve paket", 80)],
             shifts=day_shift("dt", "dt-gate", "08:00", "18:30", MON_SAT),
             homes={"sultan-orhan": 3, "arapcesme": 2, "mustafapasa": 2},
             mix="yellow-industry", n=16, female=0.75, mgmt=["foreman-only"]),
        dict(id="ayyildiz-orme", name="Ayyıldız Örme", kind="factory", sector="textile",
             employer="Ayyıldız Örme Ltd.", headcount=60, district=C, nb="cay-akse", loc=[40.8240, 29.3860],
             union="none", gates=["ao-gate"],
             shops=[{"id": "ao-knit", "name": "Örme", "headcount": 45, "short": True}],
             shifts=day_shift("ao", "ao-gate", days=MON_SAT),
             homes={"cay-akse": 1}, mix="nonunion-industry", n=5, female=0.6),
        dict(id="marmara-gida", name="Marmara Gıda", kind="factory", sector="food",
             employer="Marmara Gıda San. A.Ş.", headcount=750, district=D, nb="dil-cumhuriyet",
             loc=[40.7760, 29.5300], union={"name": "Öz Gıda-İş", "character": "yellow"}, gates=["mg-gate"],
             shops=[shop("mg-bake", "Fırın", 200), shop("mg-pack", "Paketleme", 320, female=0.6),
                    shop("mg-store", "Soğuk depo", 80)],
             shifts=three_shifts("mg", "mg-gate", "mg-gate"),
             homes={"dil-cumhuriyet": 4, "dil-tavsancil": 2, "dil-diliskelesi": 2},
             mix="yellow-industry", n=18, female=0.45, mgmt=["hr", "security"]),
        dict(id="kocaeli-sut", name="Kocaeli Süt Ürünleri", kind="factory", sector="food",
             employer="Kocaeli Süt A.Ş.", headcount=210, district=G, nb="beylikbagi", loc=[40.8070, 29.4480],
             union={"name": "Tekgıda-İş", "character": "yellow"}, gates=["ks-gate"],
             shops=[shop("ks-proc", "İşleme", 110), shop("ks-pack", "Paketleme", 70, female=0.5)],
             shifts=two_shifts("ks", "ks-gate"),
             homes={"beylikbagi": 2, "mustafapasa": 1}, mix="yellow-industry", n=8),
        dict(id="teknik-elektronik", name="Teknik Elektronik", kind="factory", sector="electronics",
             employer="Teknik Elektronik A.Ş.", headcount=540, district=G, nb="guzeller", loc=[40.7940, 29.4420],
             union="none", gates=["te-gate"],
             shops=[shop("te-smd", "SMD hattı", 200, female=0.5), shop("te-assy", "Montaj", 250, female=0.6),
                    shop("te-test", "Test", 60, role="technician")],
             shifts=two_shifts("te", "te-gate"),
             homes={"guzeller": 2, "sultan-orhan": 2, "mustafapasa": 1, "arapcesme": 1},
             mix="nonunion-industry", n=10, female=0.5),
        # --- depot, energy, construction
        dict(id="osb-lojistik", name="OSB Lojistik Deposu", kind="depot", sector="logistics",
             employer="Hızlı Lojistik A.Ş.", headcount=300, district=G, nb="guzeller", loc=[40.7875, 29.4400],
             union="none", gates=["ol-gate"],
             shops=[shop("ol-dock", "Rampa", 160), shop("ol-pick", "Toplama", 120)],
             shifts=three_shifts("ol", "ol-gate", "ol-gate"),
             homes={"guzeller": 1, "kirazpinar": 1, "cay-ozgurluk": 1}, mix="nonunion-industry", n=8,
             tags={"subcontractor": 0.5}),
        dict(id="dilovasi-santral", name="Dilovası Doğalgaz Çevrim Santrali", kind="factory", sector="energy",
             employer="Marmara Enerji Üretim A.Ş.", headcount=180, district=D, nb="dil-diliskelesi",
             loc=[40.7580, 29.5280], union={"name": "Tes-İş", "character": "yellow"}, gates=["ds-gate"],
             shops=[shop("ds-ops", "İşletme", 90, role="technician"), shop("ds-maint", "Bakım", 60)],
             shifts=[shift("ds-a", "Vardiya A", "08:00", "16:00", "ds-gate", days=ALL_WEEK),
                     shift("ds-b", "Vardiya B", "16:00", "00:00", "ds-gate", days=ALL_WEEK),
                     shift("ds-c", "Vardiya C", "00:00", "08:00", "ds-gate", days=ALL_WEEK)],
             homes={"dil-diliskelesi": 2, "dil-cumhuriyet": 1}, mix="yellow-industry", n=6, female=0.05),
        dict(id="gebze-konut-santiye", name="Gebze Konutları 3. Etap şantiyesi", kind="site", sector="construction",
             employer="Yapıgrup İnşaat A.Ş.", headcount=450, district=G, nb="mustafapasa", loc=[40.8030, 29.4230],
             union="none", gates=[{"id": "gks-gate", "name": "Şantiye girişi", "neighbourhood": "mustafapasa"}],
             shops=[shop("gks-frame", "Kaba inşaat", 200), shop("gks-form", "Kalıp ve demir", 150),
                    shop("gks-elec", "Elektrik ve tesisat", 60)],
             shifts=[shift("gks-day", "Gündüz", "07:30", "18:00", "gks-gate", days=MON_SAT)],
             homes={"mustafapasa": 1, "darica-bayramoglu": 1, "cay-akse": 1}, mix="nonunion-industry", n=12,
             female=0.0, tags={"subcontractor": 0.6, "migrant": 0.3},
             notes="Workers live partly in the site's own dormitory (not mapped)."),
        # --- office plaza: banks
        dict(id="kuzey-bank-gebze", name="Kuzey Bank Gebze Bölge Müdürlüğü (Gebze Plaza, 5–7. katlar)",
             kind="office", sector="banking", employer="Kuzey Bank A.Ş.", headcount=220, district=G,
             nb="mustafapasa", loc=[40.8005, 29.4300], union={"name": "BANKSİS", "character": "democratic"},
             gates=[{"id": "gp-plaza-kb", "name": "Gebze Plaza ana giriş (Kuzey Bank)", "neighbourhood": "mustafapasa"}],
             shops=[shop("kbg-credit", "Krediler", 80, role="clerk", female=0.55),
                    shop("kbg-ops", "Operasyon", 100, role="clerk", female=0.6),
                    shop("kbg-it", "Bilgi işlem", 25, role="engineer")],
             shifts=[shift("kbg-day", "Mesai", "08:30", "17:30", "gp-plaza-kb")],
             homes={"mustafapasa": 2, "darica-bayramoglu": 2, "beylikbagi": 1},
             mix="service", n=8, female=0.55, p_stop=0.3, mgmt=["manager"]),
        dict(id="marmara-katilim-ops", name="Marmara Katılım Bankası Operasyon Merkezi (Gebze Plaza, 8–11. katlar)",
             kind="office", sector="banking", employer="Marmara Katılım Bankası A.Ş.", headcount=340, district=G,
             nb="mustafapasa", loc=[40.8005, 29.4300], union="none",
             gates=[{"id": "gp-plaza-mk", "name": "Gebze Plaza ana giriş (Marmara Katılım)", "neighbourhood": "mustafapasa"}],
             shops=[shop("mk-ops", "Operasyon", 200, role="clerk", female=0.6),
                    shop("mk-call", "Çağrı merkezi", 110, female=0.7)],
             shifts=[shift("mk-day", "Mesai", "08:30", "17:30", "gp-plaza-mk", weight=70),
                     shift("mk-eve", "Akşam (çağrı merkezi)", "15:00", "23:00", "gp-plaza-mk", days=MON_SAT, weight=30)],
             homes={"mustafapasa": 2, "darica-bayramoglu": 2, "cay-akse": 1},
             mix="service", n=10, female=0.6, mgmt=["hr"]),
        dict(id="ege-bank-gebze", name="Ege Bankası Gebze Şubeler Bölgesi (Gebze Plaza, 3. kat)",
             kind="office", sector="banking", employer="Ege Bankası T.A.Ş.", headcount=120, district=G,
             nb="mustafapasa", union="yellow", gates=["gp-plaza-eb"],
             shops=[shop("eb-branch-ops", "Şube operasyonları", 90)],
             shifts=[shift("eb-day", "Mesai", "08:30", "17:30", "gp-plaza-eb")],
             homes={"mustafapasa": 1}, mix="service", n=0),
    ]
    # --- retail chain: five stores of one employer
    for i, (suffix, nbname, nb) in enumerate([("kirazpinar", "Kirazpınar", "kirazpinar"),
                                              ("arapcesme", "Arapçeşme", "arapcesme"),
                                              ("dilovasi", "Dilovası Çarşı", "dil-cumhuriyet"),
                                              ("akse", "Akse", "cay-akse"),
                                              ("darica", "Darıca Sahil", "darica-bayramoglu")]):
        p = f"ucz{i + 1}"
        specs.append(dict(
            id=f"ucuzcu-{suffix}", name=f"Ucuzcu Market {nbname} mağazası", kind="store", sector="retail",
            employer="Ucuzcu Marketler Zinciri A.Ş.", headcount=[22, 18, 26, 20, 16][i],
            district={"kirazpinar": G, "arapcesme": G, "dil-cumhuriyet": D, "cay-akse": C,
                      "darica-bayramoglu": "Darıca"}[nb],
            nb=nb, union={"name": "Tez-Koop-İş", "character": "yellow"} if i == 0 else "none",
            gates=[f"{p}-door"],
            shops=[shop(f"{p}-floor", "Kasa ve reyon", [16, 13, 19, 14, 11][i], female=0.65, weight=3),
                   shop(f"{p}-store", "Depo", [4, 3, 5, 4, 3][i], weight=1)],
            shifts=[shift(f"{p}-early", "Açılış", "08:00", "16:00", f"{p}-door", days=ALL_WEEK),
                    shift(f"{p}-late", "Kapanış", "14:00", "22:00", f"{p}-door", days=ALL_WEEK)],
            homes={nb: 1}, mix="service", n=[5, 4, 5, 3, 3][i], female=0.6, p_stop=0.1,
            notes="One of five Ucuzcu stores in the district: organize at company level." if i == 0 else None))

    for s in specs:
        s.setdefault("notes", None)
        b.workplace(s)

    staff = {}
    for s in specs:
        if s["n"] == 0:
            staff[s["id"]] = []
            continue
        people = b.populate(s["id"], s["n"])
        roles = [r for r in s.get("mgmt", []) if r != "foreman-only"]
        mg = b.management(s["id"], roles) if roles else []
        if s["n"] >= 10:
            b.foremen(people, per_segment_min=4)
        staff[s["id"]] = people + mg

    # --- party members and cells
    def members(wid, k, spread=True):
        return b.make_members(staff[wid], k, spread)

    ty = members("tavsanli-yedek", 5)
    mb = members("marmara-boru", 3)
    kmak = members("kaynak-makina", 2)
    dk = members("dilkim-kimya", 5)
    rb = members("renkler-boya", 4)
    dt = members("dilova-tekstil", 4)
    kbg = members("kuzey-bank-gebze", 3)
    gk = members("gebze-karoser", 2)
    gp = members("gebze-plastik", 1)
    dm = members("dilovasi-motor", 2)
    cam = members("dilovasi-cam", 1)
    ucz = members("ucuzcu-kirazpinar", 1) + members("ucuzcu-dilovasi", 1)
    ids = lambda ps: [p["id"] for p in ps]
    ty[4]["notes"] = "party member who works here but is not in the Tavşanlı cell"
    gk[0]["notes"] = "only two members at Gebze Karoser; attached to the Tavşanlı cell"
    gk[1]["notes"] = "not attached to any cell yet"
    cam[0]["notes"] = "the only member at the glass works; attached to the Marmara Boru cell"
    gp[0]["notes"] = "the only member at Gebze Plastik; not attached"
    for p in dm:
        p["notes"] = "one of two members at Dilovası Motor (3,000 workers, no cell)"
    for p in ucz:
        p["notes"] = "Ucuzcu chain: members in two stores, to be organized at company level"

    b.cell(id="ty-cell", kind="workplace", name="Tavşanlı hücresi", workplace="tavsanli-yedek",
           members=ids(ty[:4]) + [gk[0]["id"]], committee=ids(ty[:3]))
    b.cell(id="mb-cell", kind="workplace", name="Marmara Boru hücresi", workplace="marmara-boru",
           members=ids(mb) + [cam[0]["id"]], committee=ids(mb))
    b.cell(id="kmak-cell", kind="workplace", name="Kaynak Makina hücresi (iki üye)", workplace="kaynak-makina",
           members=ids(kmak))
    b.cell(id="dk-cell", kind="workplace", name="Dilkim hücresi", workplace="dilkim-kimya",
           members=ids(dk), committee=ids(dk[:3]))
    b.cell(id="rb-cell", kind="workplace", name="Renkler Boya hücresi (komitesiz)", workplace="renkler-boya",
           members=ids(rb[:3]))
    b.cell(id="dt-cell", kind="workplace", name="Dilova Tekstil hücresi", workplace="dilova-tekstil",
           members=ids(dt), committee=ids(dt[:3]))
    b.cell(id="kbg-cell", kind="workplace", name="Kuzey Bank Gebze hücresi", workplace="kuzey-bank-gebze",
           members=ids(kbg), committee=ids(kbg))

    # --- street cells: members who work nowhere (one works at Renkler Boya, which has a workplace cell)
    def street_member(first, last, female, home, tags, note=None, assessment=1):
        b.full_names.add(f"{first} {last}")
        fr = [b.pubs[home][0]] if b.pubs[home] else []
        return b.add_person(first_last=(first, last), female=female, home=home, role="other",
                            affiliation="member", assessment=assessment, tags=tags, notes=note, frequents=fr,
                            address=b.address(), _block=True)

    kp = [street_member("Hatice", "Sevim", True, "kirazpinar", ["retired"], "emekli tekstil işçisi"),
          street_member("Murat", "Kalkan", False, "kirazpinar", ["student"]),
          street_member("Derya", "Başaran", True, "kirazpinar", ["housewife"], assessment=2),
          street_member("Yaşar", "Ekinci", False, "kirazpinar", ["unemployed"], "çelik döküm'den 2025'te atıldı")]
    rb[3]["_block"] = True
    rb[3]["notes"] = "street-cell member who works at Renkler Boya, where a workplace cell exists"
    dl = [street_member("Ferhat", "Çınar", False, "dil-cumhuriyet", ["retired"], "emekli liman işçisi"),
          street_member("Gülşen", "Tunç", True, "dil-cumhuriyet", ["teacher"], assessment=2),
          rb[3]]
    cy = [street_member("Sinan", "Cömert", False, "cay-akse", ["student"]),
          street_member("Nazlı", "Yazıcı", True, "cay-akse", ["student"], assessment=2),
          street_member("Ercüment", "Gök", False, "cay-akse", ["retired"], "eski karoser işçisi"),
          street_member("Filiz", "Bozdağ", True, "cay-akse", ["unemployed"], assessment=2)]
    b.cell(id="kirazpinar-street", kind="street", name="Kirazpınar sokak hücresi", neighbourhood="kirazpinar",
           targets=["dilovasi-motor", "dilovasi-celik"], members=ids(kp), committee=ids(kp[:3]))
    b.cell(id="dilovasi-street", kind="street", name="Dilovası Cumhuriyet sokak hücresi",
           neighbourhood="dil-cumhuriyet", targets=["marmara-gida", "anatolia-ilac"], members=ids(dl),
           committee=ids(dl))
    b.cell(id="akse-street", kind="street", name="Akse sokak hücresi", neighbourhood="cay-akse",
           targets=["gebze-karoser"], members=ids(cy), committee=ids(cy[:3]))

    # --- ties
    workers_all = [p for wid in staff for p in staff[wid]]
    everyone = workers_all + kp + dl[:2] + cy
    for s in specs:
        grp = staff[s["id"]]
        if grp:
            b.weave(grp, everyone=everyone, p_friend=0.55, p_neigh=0.4, p_rel=0.1, p_commute=0.35,
                    p_union=0.25, p_cross=0.35)
            mg = [p for p in grp if p["role"] in ("manager", "hr", "security")]
            fm = [p for p in grp if p["role"] == "foreman"]
            for m in mg:
                for f in fm[:3]:
                    b.tie(m["id"], f["id"], "coworker", 1)
            for i, m in enumerate(mg):
                for m2 in mg[i + 1:]:
                    b.tie(m["id"], m2["id"], "coworker", 2)
    for cellgrp in (ty[:4] + [gk[0]], mb + [cam[0]], kmak, dk, rb[:3], dt, kbg, kp, dl, cy):
        for i, p in enumerate(cellgrp):
            for q in cellgrp[i + 1:]:
                if b.chance(0.6):
                    b.tie(p["id"], q["id"], "friend", 3)
    b.tie(ty[4]["id"], ty[0]["id"], "coworker", 1)
    b.tie(gk[0]["id"], ty[1]["id"], "relative", 3, parallel=True)
    b.tie(cam[0]["id"], mb[0]["id"], "neighbour", 2, parallel=True)
    b.tie(ucz[0]["id"], ucz[1]["id"], "friend", 2)

    def reach_into(cell, wids, n, kinds=("neighbour", "relative", "friend")):
        targets = [p for w in wids for p in staff[w]
                   if p["affiliation"] not in ("informer", "member") and p["role"] not in ("manager", "hr", "security")]
        got = []
        for p in b.rng.sample(targets, min(n, len(targets))):
            s = b.rng.choice(cell)
            k = b.rng.choice(kinds)
            if b.tie(s["id"], p["id"], k, 1 if k == "neighbour" else b.pick({2: 2, 3: 1})):
                got.append((s, p))
        return got

    kp_reach = reach_into(kp, ["dilovasi-motor", "dilovasi-celik"], 7)
    dl_reach = reach_into(dl, ["marmara-gida", "anatolia-ilac"], 5)
    cy_reach = reach_into(cy, ["gebze-karoser"], 4)

    b.connect_isolated(everyone)
    # --- contact log (dates in the second half of 2026, all before 2026-11-24)
    def day(lo, hi):
        import datetime
        d0 = datetime.date.fromisoformat(lo)
        d1 = datetime.date.fromisoformat(hi)
        return (d0 + datetime.timedelta(days=b.rng.randint(0, (d1 - d0).days))).isoformat()

    OUT = {"positive": 5, "neutral": 3, "negative": 1, "no-show": 1}

    def log(by_group, reach, wids, n, channels, lo, hi):
        pool = [p for w in wids for p in staff[w] if p["affiliation"] != "member"
                and p["role"] not in ("manager", "hr")]
        for i in range(n):
            if i < len(reach) and b.chance(0.7):
                by, w = reach[i]
                ch = b.pick({"tie": 3, "home": 2, "pub": 1})
            else:
                by, w = b.rng.choice(by_group), b.rng.choice(pool)
                ch = b.pick(channels)
            out = b.pick(OUT)
            if w["affiliation"] in ("fascist", "informer") and out == "positive":
                out = "neutral"
            base = w["assessment"] or 3
            if out == "no-show":
                a = None
            elif out == "positive":
                a = max(1, min(3, base - b.pick({0: 2, 1: 1})))
            elif out == "negative":
                a = max(3, min(5, base + b.pick({0: 1, 1: 2})))
            else:
                a = max(2, min(4, base))
            note = None
            if w["affiliation"] == "informer":
                note = "çok soru sordu — dikkat"
            b.contact(day(lo, hi), by["id"], w["id"], ch, out, place=b.contact_place(by, w["id"], ch),
                      assessment=a, notes=note)

    log(kp, kp_reach, ["dilovasi-motor", "dilovasi-celik"], 9, {"gate": 4, "pub": 2, "home": 1}, "2026-08-03", "2026-11-21")
    log(dl, dl_reach, ["marmara-gida", "anatolia-ilac"], 6, {"gate": 3, "pub": 2, "commute": 1}, "2026-08-10", "2026-11-20")
    log(cy, cy_reach, ["gebze-karoser"], 5, {"gate": 3, "pub": 2}, "2026-09-01", "2026-11-22")
    log(ty[:4], [], ["tavsanli-yedek"], 5, {"coworker": 4, "home": 1}, "2026-07-01", "2026-11-19")
    log(dk, [], ["dilkim-kimya"], 4, {"coworker": 3, "pub": 1}, "2026-06-15", "2026-11-14")
    log(dt, [], ["dilova-tekstil"], 3, {"coworker": 2, "home": 1}, "2026-09-01", "2026-11-20")
    log(mb, [], ["marmara-boru"], 2, {"coworker": 1}, "2026-07-01", "2026-10-30")
    log(kbg, [], ["kuzey-bank-gebze"], 2, {"coworker": 2, "pub": 1}, "2026-09-15", "2026-11-18")
    log(kmak, [], ["kaynak-makina"], 1, {"coworker": 1}, "2026-04-01", "2026-05-15")   # a stale cell
    log(ucz, [], ["ucuzcu-kirazpinar", "ucuzcu-dilovasi"], 2, {"coworker": 1}, "2026-10-01", "2026-11-15")

    sections = []
    for s in specs:
        if staff[s["id"]]:
            sections.append((f"{s['name']} ({s['headcount']})", staff[s["id"]]))
    sections.append(("Street-cell members who work nowhere", kp + dl[:2] + cy))
    doc = b.document("Gebze – Dilovası – Çayırova industrial district (fictional sample)", sections,
                     {"list": ("coworker", "commute"), "omit_default": True})
    return b, doc


# ---------------------------------------------------------------------------------------------------------
# 3. A white-collar office plaza in Maslak

def office_plaza():
    b = Builder(2026)
    for i, (pid, name, loc) in enumerate([
        ("maslak", "Maslak", (41.1110, 29.0200)), ("ayazaga", "Ayazağa", (41.1040, 29.0110)),
        ("seyrantepe", "Seyrantepe", (41.0960, 28.9930)), ("gursel", "Gürsel (Kağıthane)", (41.0760, 28.9680)),
        ("esenyurt-merkez", "Esenyurt Merkez", (41.0330, 28.6770))]):
        b.neighbourhood(pid, name, "Esenyurt" if pid == "esenyurt-merkez" else
                        "Kağıthane" if pid in ("gursel", "seyrantepe") else "Sarıyer", loc, block=(i == 0))
    for pid, kind, name, nb in [
        ("plaza-kahve", "cafe", "Kule Kahve (plaza zemin kat)", "maslak"),
        ("kose-kafe", "cafe", "Köşe Kafe", "maslak"),
        ("maslak-bar", "pub", "Maslak Pub", "maslak"),
        ("ayazaga-kiraathane", "teahouse", "Ayazağa Kıraathanesi", "ayazaga"),
        ("seyrantepe-cay", "teahouse", "Seyrantepe Çay Evi", "seyrantepe"),
        ("gursel-birahane", "pub", "Gürsel Birahanesi", "gursel"),
        ("esenyurt-kafe", "cafe", "Meydan Kafe", "esenyurt-merkez"),
        ("itu-ayazaga-metro", "stop", "İTÜ–Ayazağa metro istasyonu (M2)", "maslak"),
        ("seyrantepe-metro", "stop", "Seyrantepe metro istasyonu (M2)", "seyrantepe"),
        ("gursel-minibus", "stop", "Gürsel minibüs durağı", "gursel"),
        ("esenyurt-metrobus", "stop", "Esenyurt metrobüs durağı", "esenyurt-merkez"),
    ]:
        b.spot(pid, kind, name, nb)
    plaza = [41.1092, 29.0187]
    homes = {"ayazaga": 2, "seyrantepe": 3, "gursel": 3, "esenyurt-merkez": 2}
    specs = [
        dict(id="kuzey-bank-hq", name="Kuzey Bank Genel Müdürlüğü (Maslak Kule, 12–18. katlar)", kind="office",
             sector="banking", employer="Kuzey Bank A.Ş.", headcount=420, district="Sarıyer", nb="maslak", loc=plaza,
             union={"name": "BASİSEN", "character": "yellow"},
             gates=[{"id": "mk-main-kb", "name": "Maslak Kule ana giriş — Kuzey Bank turnikeleri", "neighbourhood": "maslak"}],
             shops=[shop("kb-it", "Bilgi teknolojileri", 120, role="engineer", female=0.3),
                    shop("kb-credit", "Krediler", 90, role="clerk", female=0.55),
                    shop("kb-ops", "Operasyon", 150, role="clerk", female=0.6),
                    shop("kb-hr", "İnsan kaynakları", 30, role="hr", female=0.7, weight=8)],
             shifts=[shift("kb-day", "Mesai", "09:00", "18:00", "mk-main-kb")],
             homes=homes, mix="service", n=38, female=0.5, p_stop=0.7, mgmt=["manager", "manager", "security"]),
        dict(id="guven-sigorta", name="Güven Sigorta Maslak (çağrı merkezi ve hasar)", kind="office",
             sector="insurance", employer="Güven Sigorta A.Ş.", headcount=260, district="Sarıyer", nb="maslak", loc=plaza,
             union="none",
             gates=[{"id": "mk-main-gs", "name": "Maslak Kule ana giriş — Güven Sigorta turnikeleri", "neighbourhood": "maslak"},
                    {"id": "mk-metro-gs", "name": "Maslak Kule metro tarafı girişi (akşam)", "neighbourhood": "maslak"}],
             shops=[shop("gs-call", "Çağrı merkezi", 140, female=0.65, weight=160),
                    shop("gs-claims", "Hasar", 70, role="clerk", female=0.5),
                    {"id": "gs-hr", "name": "İK", "headcount": 15, "short": True, "role": "hr", "weight": 6}],
             shifts=[shift("gs-day", "Gündüz", "09:00", "18:00", "mk-main-gs", weight=65),
                     shift("gs-eve", "Akşam (çağrı merkezi)", "15:00", "23:00", "mk-metro-gs", days=MON_SAT, weight=35)],
             homes=homes, mix="service", n=34, female=0.6, p_stop=0.8, tags={"outsourced": 0.25},
             mgmt=["manager"]),
        dict(id="bulut-yazilim", name="Bulut Yazılım A.Ş. (Maslak Kule, 9. kat)", kind="office", sector="IT",
             employer="Bulut Yazılım A.Ş.", headcount=180, district="Sarıyer", nb="maslak", loc=plaza,
             union="none", gates=["mk-main-by"],
             shops=[shop("by-dev", "Yazılım geliştirme", 110, role="engineer", female=0.3),
                    shop("by-support", "Müşteri destek", 50, female=0.5)],
             shifts=[shift("by-day", "Mesai", "09:00", "18:00", "mk-main-by")],
             homes=homes, mix="service", n=18, female=0.35, p_stop=0.6, tags={"remote": 0.3}),
        dict(id="atlas-odeme", name="Atlas Ödeme Hizmetleri (Maslak Kule, 7. kat)", kind="office", sector="banking",
             employer="Atlas Ödeme Kuruluşu A.Ş.", headcount=90, district="Sarıyer", nb="maslak", loc=plaza,
             union="none", gates=["mk-main-at"],
             shops=[shop("at-ops", "Operasyon", 40, role="clerk"), shop("at-call", "Müşteri hizmetleri", 35)],
             shifts=[shift("at-day", "Mesai", "09:00", "18:00", "mk-main-at")],
             homes=homes, mix="service", n=10, female=0.5, p_stop=0.7),
    ]
    for s in specs:
        s.setdefault("notes", None)
    specs[0]["notes"] = ("All four workplaces share one building; each lists the shared entrance as its own "
                         "gate, because gates belong to a workplace in the format.")
    for s in specs:
        b.workplace(s)
    staff = {}
    for s in specs:
        ppl = b.populate(s["id"], s["n"])
        for p in ppl:
            if p["role"] == "worker" and b.chance(0.6):
                p["role"] = "clerk"
        mg = b.management(s["id"], s.get("mgmt", [])) if s.get("mgmt") else []
        staff[s["id"]] = ppl + mg
    # call-centre team leaders
    b.foremen([p for p in staff["guven-sigorta"] if p["shop"] == "gs-call"], per_segment_min=5)
    for p in staff["kuzey-bank-hq"]:
        if p["role"] == "engineer" and b.chance(0.15):
            p["role"] = "manager"
            p["notes"] = "ekip yöneticisi"
    # the cell: call centre, both shifts
    call = [p for p in staff["guven-sigorta"] if p["shop"] == "gs-call"]
    cm = b.make_members(call, 3)
    cm[0]["notes"] = "2026 baharında maaş zammı dilekçesini örgütledi"
    b.cell(id="gs-cell", kind="workplace", name="Güven Sigorta çağrı merkezi hücresi", workplace="guven-sigorta",
           members=[p["id"] for p in cm], committee=[p["id"] for p in cm])
    # street cell in Seyrantepe
    st = []
    for first, last, female, tags, note in [("Deniz", "Akbulut", False, ["student"], "İTÜ öğrencisi"),
                                             ("Selin", "Karataş", True, ["student"], None),
                                             ("Orhan", "Dinçer", False, ["retired"], "emekli bankacı")]:
        b.full_names.add(f"{first} {last}")
        st.append(b.add_person(first_last=(first, last), female=female, home="seyrantepe", role="other",
                               affiliation="member", assessment=1, tags=tags, notes=note,
                               frequents=["seyrantepe-cay", "seyrantepe-metro"], _block=True))
    b.cell(id="seyrantepe-street", kind="street", name="Seyrantepe sokak hücresi", neighbourhood="seyrantepe",
           targets=["kuzey-bank-hq", "bulut-yazilim"], members=[p["id"] for p in st],
           committee=[p["id"] for p in st])
    everyone = [p for w in staff for p in staff[w]] + st
    for s in specs:
        b.weave(staff[s["id"]], everyone=everyone, p_friend=0.5, p_neigh=0.25, p_rel=0.05, p_commute=0.4,
                p_union=0.2, p_cross=0.2)
        mg = [p for p in staff[s["id"]] if p["role"] in ("manager", "hr", "security")]
        for i, m in enumerate(mg):
            for m2 in mg[i + 1:]:
                b.tie(m["id"], m2["id"], "coworker", 2)
    for i, p in enumerate(cm):
        for q in cm[i + 1:]:
            b.tie(p["id"], q["id"], "friend", 3)
    for i, p in enumerate(st):
        for q in st[i + 1:]:
            b.tie(p["id"], q["id"], "friend", 3)
    # the street cell's ties into the plaza (neighbours in Seyrantepe, a nephew at the bank, a classmate in IT)
    seyr = [p for w in ("kuzey-bank-hq", "bulut-yazilim") for p in staff[w]
            if p["home"] == "seyrantepe" and p["affiliation"] not in ("informer", "fascist")
            and p["role"] not in ("manager", "hr", "security")]
    reach = []
    for s, q, k, st_ in [(st[0], seyr[0], "neighbour", 1), (st[1], seyr[1], "neighbour", 2),
                         (st[2], seyr[2], "relative", 3)]:
        if b.tie(s["id"], q["id"], k, st_):
            reach.append((s, q))
    dev = [p for p in staff["bulut-yazilim"] if p["shop"] == "by-dev" and p["affiliation"] != "informer"]
    b.tie(st[0]["id"], dev[0]["id"], "friend", 2)
    reach.append((st[0], dev[0]))
    # the call-centre cell also knows people at the bank through the metro
    kb_call = [p for p in staff["kuzey-bank-hq"] if p["shop"] == "kb-ops"]
    b.tie(cm[1]["id"], kb_call[0]["id"], "commute", 1)
    b.connect_isolated(everyone)
    log = [
        ("2026-09-09", st[0], reach[0][1], "home", "positive", 2, None),
        ("2026-09-17", st[0], reach[3][1], "pub", "positive", 2, "öğle arası Köşe Kafe'de"),
        ("2026-09-30", st[2], reach[2][1], "tie", "positive", 1, "yeğeni; krediler biriminde fazla mesai sorunu"),
        ("2026-10-07", st[1], reach[1][1], "home", "neutral", 3, None),
        ("2026-10-14", st[1], b.rng.choice([p for p in staff["kuzey-bank-hq"] if p["role"] in ("clerk", "engineer")]), "gate", "neutral", 3, "18:00 çıkışı, turnikeler"),
        ("2026-10-22", st[2], reach[2][1], "pub", "positive", 1, "iki arkadaşını tanıştıracak"),
        ("2026-10-29", cm[0], call[-1] if call[-1] not in cm else call[-2], "coworker", "positive", 2, None),
        ("2026-11-04", cm[1], kb_call[0], "commute", "neutral", 3, "metroda"),
        ("2026-11-12", cm[2], [p for p in staff["guven-sigorta"] if p["shift"] == "gs-eve" and p not in cm][0],
         "coworker", "positive", 2, "akşam vardiyası"),
        ("2026-11-19", st[0], dev[0], "tie", "no-show", None, None),
    ]
    for date, by, w, ch, out, a, note in log:
        b.contact(date, by["id"], w["id"], ch, out, place=b.contact_place(by, w["id"], ch), assessment=a, notes=note)
    sections = [(f"{s['name']}", staff[s["id"]]) for s in specs]
    sections.append(("Seyrantepe street cell (party members, work nowhere)", st))
    doc = b.document("Maslak office plaza — banks, insurance, IT (fictional sample)", sections,
                     {"list": ("coworker",)})
    return b, doc


# ---------------------------------------------------------------------------------------------------------

def readme(stats):
    a, d, o = stats["automotive-plant.yaml"], stats["district.yaml"], stats["office-plaza.yaml"]
    return f"""# Sample graphs

Fictional graphs in the [graph file format](../Docs/graph-file-format.md), for trying the planners, the
diagnosis and the maps. **Every person, address and note is invented**; the files are written by
[`tools/make_samples.py`](tools/make_samples.py) (Python 3, standard library, fixed seeds, byte-identical on every
run). Edit the generator, then run `python3 Graphs/tools/make_samples.py`, rather than editing the YAML.
[`tools/check_samples.py`](tools/check_samples.py) is an independent check of the format rules (needs PyYAML):
`python3 Graphs/tools/check_samples.py Graphs/*.yaml`; `shopfloor check Graphs/<file>` is the real one.

| file | workplaces | people | ties | cells | contacts | party members |
|---|---:|---:|---:|---:|---:|---:|
| `automotive-plant.yaml` | {a['workplaces']} | {a['people']} | {a['ties']} | {a['cells']} | {a['contacts']} | {a['members']} |
| `district.yaml` | {d['workplaces']} | {d['people']} | {d['ties']} | {d['cells']} | {d['contacts']} | {d['members']} |
| `office-plaza.yaml` | {o['workplaces']} | {o['people']} | {o['ties']} | {o['cells']} | {o['contacts']} | {o['members']} |

## automotive-plant.yaml — one plant, no members inside

Körfez Motor, Gebze: 2,400 workers in 10 shops (press, body, paint, assembly 1 and 2, engine, logistics,
quality, maintenance, canteen), three shifts (06–14 and 14–22 through the north gate, 22–06 through the south
gate, Monday–Saturday), the yellow union Türk Metal. {a['people'] - 4} workers are mapped: mostly non-party, with
sympathizers, reformist-union members (most hold Türk Metal cards; a few are leaders, two are union
stewards), social-democrats, fascists, four suspected informers (one a foreman) and seven management-side
people. They live in four Gebze neighbourhoods and frequent tea houses, a pub and service-shuttle stops.
Ties (mean degree {a['mean_degree']}) cluster by shop × shift, neighbourhood, shuttle and union. No party member
works at the plant and there is no workplace cell: the Arapçeşme street cell (4 members who work nowhere,
committee of 3) targets the plant, has neighbour, friend and relative ties into it (one weak tie runs to an
informer) and a short contact log at the gate, the tea house and homes. The case for `plan` and the outreach map.

## district.yaml — the committee's view of a district

Gebze, Dilovası and Çayırova: {d['workplaces']} workplaces — factories from 60 to 3,000 workers (automotive,
metal, chemicals, glass, textile, plastics, food, electronics), a logistics depot, a gas power plant, a
construction site, three bank floors in an office plaza, and five stores of one retail chain. Unions are
democratic, yellow or none (both long and short forms). {d['people']} people, {d['members']} party members,
{d['cells']} cells:
- workplace cells in small and mid-size plants (Tavşanlı, Marmara Boru, Dilkim, Dilova Tekstil), in a bank,
  one with only two members (Kaynak Makina, last contact in May), one without a committee (Renkler Boya);
- the five plants of 1,000+ workers have no cell; three of them have one or two members: the glass works'
  member and one of Gebze Karoser's are attached to cells elsewhere (listed in their members), the rest not;
- a member at Tavşanlı who is not in its cell; a street-cell member who works at Renkler Boya, which has a cell;
  members in two stores of the retail chain (company level);
- three street cells (Kirazpınar, Dilovası Cumhuriyet, Akse) targeting large plants without members.
{d['ties']} ties and {d['contacts']} contacts dated 2026-04 … 2026-11. The case for `diagnose`, `penetration` and
the district map.

## office-plaza.yaml — white-collar plaza

Maslak Kule, İstanbul: {o['workplaces']} office workplaces (a bank head office, an insurer's call centre and claims
department, a software house, a payment company), departments as shops, 09:00–18:00 shifts and a call-centre
evening shift, a yellow bank union and no union elsewhere. {o['people']} people, a three-member workplace cell
in the call centre with its committee, the Seyrantepe street cell targeting the bank and the software house,
cafés, a pub, metro and metrobus stops, {o['ties']} ties and {o['contacts']} contacts. Because gates belong to a
workplace, the plaza's shared entrance appears once per tenant (`mk-main-kb`, `mk-main-gs`, …).
"""


def main():
    stats = {}
    for fname, fn in [("automotive-plant.yaml", automotive_plant), ("district.yaml", district),
                      ("office-plaza.yaml", office_plaza)]:
        b, doc = fn()
        write_yaml(os.path.join(GRAPHS, fname), HEADER, doc)
        stats[fname] = b.stats()
        print(fname, stats[fname])
    with open(os.path.join(GRAPHS, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(stats))


if __name__ == "__main__":
    main()
