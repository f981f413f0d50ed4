import ShopfloorModel
import ShopfloorText

/// The records of a graph file: places, workplaces (with gates, shops, shifts), people, cells, ties, contacts.
extension GraphFileReader {
    static let topLevelFields = ["shopfloor", "name", "alias-secret", "places", "workplaces", "people", "cells", "ties", "contacts"]
    static let placeFields = ["id", "kind", "name", "neighbourhood", "workplace", "district", "location"]
    static let workplaceFields = ["id", "name", "kind", "sector", "employer", "headcount", "district",
        "neighbourhood", "location", "union", "gates", "shops", "shifts", "notes"]
    static let gateFields = ["id", "name", "neighbourhood", "location"]
    static let shopFields = ["id", "name", "headcount"]
    static let shiftFields = ["id", "name", "start", "end", "time", "gate", "days"]
    static let personFields = ["id", "name", "workplace", "shop", "shift", "home", "address", "role",
        "affiliation", "assessment", "union", "frequents", "tags", "notes"]
    static let cellFields = ["id", "kind", "name", "workplace", "neighbourhood", "targets", "members", "committee"]
    static let tieFields = ["a", "b", "kind", "strength"]
    static let contactFields = ["date", "by", "with", "channel", "place", "outcome", "assessment", "notes"]

    /// Reads the whole document.
    mutating func read(root: YAMLNode) -> OrganizingGraph {
        guard let top = fields(of: root, allowed: Self.topLevelFields, what: Text.string("store3.aGraphFile")) else {
            return OrganizingGraph()
        }
        if let version = top["shopfloor"], let text = string(version, field: "shopfloor", id: nil), text != "1" {
            report(version, field: "shopfloor", Text.string("store4.formatVersionIsNot", ["text": "\(text)"]),
                hint: Text.string("store.thisShopfloorReadsVersion"))
        }
        let name = string(top["name"], field: "name", id: nil) ?? ""
        if let node = top["alias-secret"], let secret = string(node, field: "alias-secret", id: nil) {
            if secret.utf8.count < 16 {
                report(node, field: "alias-secret", Text.string("store4.anAliasSecretOf", ["count": "\(secret.utf8.count)"]),
                    hint: Text.string("store.useOrMoreRandom"))
            } else {
                aliasSecret = secret
            }
        }
        var places: [Place] = []
        for node in top["places"].map({ items(of: $0, field: "places", id: nil) }) ?? [] {
            if let place = readPlace(node, index: places.count) { places.append(place) }
        }
        var workplaces: [Workplace] = []
        for node in top["workplaces"].map({ items(of: $0, field: "workplaces", id: nil) }) ?? [] {
            if let workplace = readWorkplace(node, index: workplaces.count, places: &places) {
                workplaces.append(workplace)
            }
        }
        // Shop and shift ids imply a person's workplace (the short form `shop: ao-body`).
        var owner: [String: Workplace.ID] = [:]
        for workplace in workplaces {
            for id in workplace.shops.map(\.id.rawValue) + workplace.shifts.map(\.id.rawValue) where owner[id] == nil {
                owner[id] = workplace.id
            }
        }
        var people: [Person] = []
        for node in top["people"].map({ items(of: $0, field: "people", id: nil) }) ?? [] {
            if let person = readPerson(node, index: people.count, owner: owner) { people.append(person) }
        }
        var cells: [Cell] = []
        for node in top["cells"].map({ items(of: $0, field: "cells", id: nil) }) ?? [] {
            if let cell = readCell(node, index: cells.count) { cells.append(cell) }
        }
        // Each tie's two people resolved once, by their bytes, while the ties are read (the model's tie rules and
        // the planning index take them: 1.8 million lookups through Swift's string hash at 100,000 people).
        var positions = PersonPositions(capacity: people.count)
        for person in people {
            var id = person.id.rawValue
            id.withUTF8 { positions.append($0) }
        }
        var ties: [Tie] = []
        var tieEnds: [Int32] = []
        let tieNodes = top["ties"].map({ items(of: $0, field: "ties", id: nil) }) ?? []
        ties.reserveCapacity(tieNodes.count)
        tieEnds.reserveCapacity(2 * tieNodes.count)
        // Ties come grouped by their first person (as Shopfloor writes them): the last `a` is looked up once.
        var lastA: (id: Person.ID, position: Int32)?
        for node in tieNodes {
            guard let tie = readTie(node, index: ties.count) else { continue }
            ties.append(tie)
            if let lastA, lastA.id == tie.a {
                tieEnds.append(lastA.position)
            } else {
                var a = tie.a.rawValue
                let position = a.withUTF8 { positions.position(of: $0) }
                tieEnds.append(position)
                lastA = (tie.a, position)
            }
            var b = tie.b.rawValue
            tieEnds.append(b.withUTF8 { positions.position(of: $0) })
        }
        var contacts: [Contact] = []
        for node in top["contacts"].map({ items(of: $0, field: "contacts", id: nil) }) ?? [] {
            if let contact = readContact(node, index: contacts.count) { contacts.append(contact) }
        }
        // A workplace without a stated headcount counts at least its shops and its mapped people.
        var mapped: [Workplace.ID: Int] = [:]
        for person in people { if let w = person.workplace { mapped[w, default: 0] += 1 } }
        for i in workplaces.indices where workplaces[i].headcount == Self.unstatedHeadcount {
            let shops = workplaces[i].shops.reduce(0) { $0 + $1.headcount }
            workplaces[i].headcount = max(shops, mapped[workplaces[i].id] ?? 0)
        }
        return OrganizingGraph(name: name, workplaces: workplaces, people: people, cells: cells,
            places: places, ties: ties, contacts: contacts, tieEnds: tieEnds)
    }

    static let unstatedHeadcount = -1

    mutating func readPlace(_ node: YAMLNode, index: Int) -> Place? {
        guard let f = fields(of: node, allowed: Self.placeFields, what: Text.string("store3.aPlace")) else { return nil }
        let id = identifier(f["id"], field: "id", id: nil)
        if f["id"] == nil { report(node, field: "id", Text.string("store4.aPlaceHasNo"), hint: Text.string("store.addIdAWord")) }
        let kind: Place.Kind?
        if let k = f["kind"] { kind = word(k, Place.Kind.self, field: "kind", id: id) } else {
            report(node, field: "kind", id: id, Text.string("store4.placeHasNoKind"),
                hint: Text.string("graphfile.addKind", ["words": "\(Place.Kind.words.joined(separator: ", "))"]))
            kind = nil
        }
        let neighbourhood = identifier(f["neighbourhood"], field: "neighbourhood", id: id)
        let workplace = identifier(f["workplace"], field: "workplace", id: id)
        let location = coordinates(f["location"], field: "location", id: id)
        let name = string(f["name"], field: "name", id: id)
        let district = string(f["district"], field: "district", id: id)
        guard let id, let kind else {
            if let id { brokenIDs.insert(id) }
            return nil
        }
        remember(RecordKey(collection: .places, index: index), node: node, fields: f)
        return Place(id: .init(id), kind: kind, name: name ?? id, neighbourhood: neighbourhood.map { .init($0) },
            workplace: workplace.map { .init($0) }, district: district, location: location)
    }

    mutating func readWorkplace(_ node: YAMLNode, index: Int, places: inout [Place]) -> Workplace? {
        guard let f = fields(of: node, allowed: Self.workplaceFields, what: Text.string("store3.aWorkplace")) else { return nil }
        let id = identifier(f["id"], field: "id", id: nil)
        if f["id"] == nil { report(node, field: "id", Text.string("store4.aWorkplaceHasNo"), hint: Text.string("store.addIdAWord")) }
        let name = string(f["name"], field: "name", id: id)
        let kind = f["kind"].map { word($0, Workplace.Kind.self, field: "kind", id: id) } ?? .factory
        let sector = string(f["sector"], field: "sector", id: id) ?? ""
        let employer = string(f["employer"], field: "employer", id: id)
        let headcount = f["headcount"].map {
            integer($0, field: "headcount", id: id, range: 0...10_000_000, meaning: Text.string("store3.theNumberOfWorkers"))
        } ?? Self.unstatedHeadcount
        let district = string(f["district"], field: "district", id: id)
        let neighbourhood = identifier(f["neighbourhood"], field: "neighbourhood", id: id)
        let location = coordinates(f["location"], field: "location", id: id)
        let notes = string(f["notes"], field: "notes", id: id)
        var union: Union?
        if let u = f["union"] {
            if u.isScalar {
                union = word(u, Union.Character.self, field: "union", id: id).map { Union(character: $0) }
            } else if let uf = fields(of: u, allowed: ["name", "character"], what: Text.string("store3.aUnion"), id: id) {
                let character = uf["character"].map { word($0, Union.Character.self, field: "character", id: id) }
                    ?? .democratic
                if uf["character"] == nil {
                    report(u, field: "character", id: id, Text.string("store4.theUnionHasNo"),
                        hint: Text.string("store.addCharacterDemocraticYellow"))
                }
                union = character.map { Union(name: string(uf["name"], field: "name", id: id), character: $0) }
            }
        }
        var shops: [Shop] = []
        for shopNode in f["shops"].map({ items(of: $0, field: "shops", id: id) }) ?? [] {
            if let shop = readShop(shopNode, workplace: id) {
                remember(RecordKey(collection: .shops, index: shops.count, parent: index), node: shopNode,
                    fields: shopFieldsOf(shopNode))
                shops.append(shop)
            }
        }
        var shifts: [Shift] = []
        for shiftNode in f["shifts"].map({ items(of: $0, field: "shifts", id: id) }) ?? [] {
            if let (shift, sf) = readShift(shiftNode, workplace: id) {
                remember(RecordKey(collection: .shifts, index: shifts.count, parent: index), node: shiftNode, fields: sf)
                shifts.append(shift)
            }
        }
        var gates: [Place] = []
        for gateNode in f["gates"].map({ items(of: $0, field: "gates", id: id) }) ?? [] {
            if let (gate, gf) = readGate(gateNode, workplace: id) {
                remember(RecordKey(collection: .places, index: places.count + gates.count), node: gateNode, fields: gf)
                gates.append(gate)
            }
        }
        guard let id else { return nil }
        remember(RecordKey(collection: .workplaces, index: index), node: node, fields: f)
        places.append(contentsOf: gates.map { var g = $0; g.district = g.district ?? district; return g })
        return Workplace(id: .init(id), name: name ?? id, kind: kind ?? .other, sector: sector, employer: employer,
            headcount: headcount ?? Self.unstatedHeadcount, district: district, neighbourhood: neighbourhood.map { .init($0) },
            location: location, union: union, shops: shops, shifts: shifts, notes: notes)
    }

    private func shopFieldsOf(_ node: YAMLNode) -> Fields {
        guard node.kind == .mapping else { return Fields(mapping: nil) }
        if node.count == 1, node["id"] == nil {
            let (k, v) = node.pair(0)
            return Fields(mapping: node, named: [("id", k), ("headcount", v)])
        }
        return Fields(mapping: node)
    }

    mutating func readShop(_ node: YAMLNode, workplace: String?) -> Shop? {
        // Short forms: `- paint` and `- paint: 180`.
        if node.isScalar {
            return identifier(node, field: "shops", id: workplace).map { Shop(id: .init($0), name: $0) }
        }
        if node.kind == .mapping, node.count == 1, case let (k, v) = node.pair(0), !k.equals("id") {
            guard let id = identifier(k, field: "id", id: workplace) else { return nil }
            let headcount = integer(v, field: "headcount", id: id, range: 0...10_000_000,
                meaning: Text.string("store3.theShortFormIs"))
            return headcount.map { Shop(id: .init(id), name: id, headcount: $0) }
        }
        guard let f = fields(of: node, allowed: Self.shopFields, what: Text.string("store3.aShop"), id: workplace) else { return nil }
        guard let id = required(f, "id", record: node, what: Text.string("store3.aShop"), id: workplace).flatMap({
            identifier(f["id"], field: "id", id: $0)
        }) else { return nil }
        let headcount = f["headcount"].map {
            integer($0, field: "headcount", id: id, range: 0...10_000_000, meaning: Text.string("store3.theNumberOfWorkers2"))
        } ?? 0
        guard let headcount else {
            brokenIDs.insert(id)
            return nil
        }
        return Shop(id: .init(id), name: string(f["name"], field: "name", id: id) ?? id, headcount: headcount)
    }

    mutating func readShift(_ node: YAMLNode, workplace: String?) -> (Shift, Fields)? {
        guard let f = fields(of: node, allowed: Self.shiftFields, what: Text.string("store3.aShift"), id: workplace) else { return nil }
        guard let id = required(f, "id", record: node, what: Text.string("store3.aShift"), id: workplace).flatMap({
            identifier(f["id"], field: "id", id: $0)
        }) else { return nil }
        var start: TimeOfDay?
        var end: TimeOfDay?
        var ok = true
        if let t = f["time"] {
            if f["start"] != nil || f["end"] != nil {
                report(t, field: "time", id: id, Text.string("store4.giveEitherTimeOr"))
                ok = false
            }
            let text = string(t, field: "time", id: id) ?? ""
            let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let s = TimeOfDay(parsing: parts[0]), let e = TimeOfDay(parsing: parts[1]) {
                start = s
                end = e
            } else {
                report(t, field: "time", id: id, Text.string("store4.isNotATime2", ["text": "\(text)"]), hint: Text.string("store.writeItLike"))
                ok = false
            }
        } else {
            for key in ["start", "end"] where f[key] == nil {
                report(node, field: key, id: id, Text.string("store4.shiftHasNo", ["key": "\(key)"]), hint: Text.string("store.addOrTime", ["key": "\(key)"]))
                ok = false
            }
            start = time(f["start"], field: "start", id: id)
            end = time(f["end"], field: "end", id: id)
        }
        let gate = identifier(f["gate"], field: "gate", id: id)
        var days = Weekday.workweek
        if let d = f["days"] {
            let words = items(of: d, field: "days", id: id).compactMap { word($0, Weekday.self, field: "days", id: id) }
            days = Array(Set(words)).sorted()
            if words.isEmpty {
                report(d, field: "days", id: id, Text.string("store4.aShiftNeedsAt"), hint: Text.string("store.eGMonTue"))
                ok = false
            }
        }
        guard ok, let start, let end else {
            brokenIDs.insert(id)
            return nil
        }
        return (Shift(id: .init(id), name: string(f["name"], field: "name", id: id) ?? id, start: start, end: end,
            gate: gate.map { .init($0) }, days: days), f)
    }

    mutating func readGate(_ node: YAMLNode, workplace: String?) -> (Place, Fields)? {
        if node.isScalar {
            guard let id = identifier(node, field: "gates", id: workplace) else { return nil }
            return (Place(id: .init(id), kind: .gate, name: id, workplace: workplace.map { .init($0) }),
                Fields(mapping: nil, named: [("id", node)]))
        }
        guard let f = fields(of: node, allowed: Self.gateFields, what: Text.string("store3.aGate"), id: workplace) else { return nil }
        guard let id = required(f, "id", record: node, what: Text.string("store3.aGate"), id: workplace).flatMap({
            identifier(f["id"], field: "id", id: $0)
        }) else { return nil }
        let neighbourhood = identifier(f["neighbourhood"], field: "neighbourhood", id: id)
        let location = coordinates(f["location"], field: "location", id: id)
        return (Place(id: .init(id), kind: .gate, name: string(f["name"], field: "name", id: id) ?? id,
            neighbourhood: neighbourhood.map { .init($0) }, workplace: workplace.map { .init($0) },
            location: location), f)
    }
}
