import ShopfloorModel
import ShopfloorText

/// People, cells, ties and the contact log of a graph file.
extension GraphFileReader {
    mutating func readPerson(_ node: YAMLNode, index: Int, owner: [String: Workplace.ID]) -> Person? {
        guard let f = fields(of: node, allowed: Self.personFields, what: Text.string("store3.aPerson")) else { return nil }
        let id = identifier(f["id"], field: "id", id: nil)
        if f["id"] == nil { report(node, field: "id", Text.string("store4.aPersonHasNo"), hint: Text.string("store.addAnIdThat")) }
        var workplace = identifier(f["workplace"], field: "workplace", id: id)
        let shop = identifier(f["shop"], field: "shop", id: id)
        let shift = identifier(f["shift"], field: "shift", id: id)
        if workplace == nil, let implied = shop.flatMap({ owner[$0] }) ?? shift.flatMap({ owner[$0] }) {
            workplace = implied.rawValue
        }
        let home = identifier(f["home"], field: "home", id: id)
        let role = f["role"].map { word($0, Role.self, field: "role", id: id) } ?? .worker
        let affiliation = f["affiliation"].map { word($0, Affiliation.self, field: "affiliation", id: id) } ?? .nonParty
        var assessment: Assessment? = .unassessed
        if let a = f["assessment"] {
            assessment = a.string.flatMap(Assessment.init(word:)) ?? integer(a, field: "assessment", id: id,
                range: Assessment.range, meaning: Text.string("assessment.meaning"))
                .flatMap { Assessment(rawValue: $0) }
        }
        let union = f["union"].map { boolean($0, field: "union", id: id) } ?? false
        let frequents = identifiers(f["frequents"], field: "frequents", id: id)
        let tags = f["tags"].map { items(of: $0, field: "tags", id: id).compactMap { string($0, field: "tags", id: id) } } ?? []
        let name = string(f["name"], field: "name", id: id)
        let address = string(f["address"], field: "address", id: id)
        let notes = string(f["notes"], field: "notes", id: id)
        // A field that failed to read has been reported; the record stays (with a neutral value) so that
        // duplicate ids and references to it are still checked.
        guard let id else { return nil }
        remember(RecordKey(collection: .people, index: index), node: node, fields: f)
        return Person(id: .init(id), name: name ?? "", workplace: workplace.map { .init($0) },
            shop: shop.map { .init($0) }, shift: shift.map { .init($0) }, home: home.map { .init($0) },
            address: address, role: role ?? .other, affiliation: affiliation ?? .nonParty,
            assessment: assessment ?? .unassessed, unionMember: union ?? false,
            frequents: frequents.map { .init($0) }, tags: tags, notes: notes)
    }

    mutating func readCell(_ node: YAMLNode, index: Int) -> Cell? {
        guard let f = fields(of: node, allowed: Self.cellFields, what: Text.string("store3.aCell")) else { return nil }
        let id = identifier(f["id"], field: "id", id: nil)
        if f["id"] == nil { report(node, field: "id", Text.string("store4.aCellHasNo"), hint: Text.string("store.addIdAWord")) }
        let inferred: Cell.Kind = f["workplace"] != nil ? .workplace : .street
        let kind = f["kind"].map { word($0, Cell.Kind.self, field: "kind", id: id) ?? inferred } ?? inferred
        let workplace = identifier(f["workplace"], field: "workplace", id: id)
        let neighbourhood = identifier(f["neighbourhood"], field: "neighbourhood", id: id)
        let targets = identifiers(f["targets"], field: "targets", id: id)
        let members = identifiers(f["members"], field: "members", id: id)
        let committee = identifiers(f["committee"], field: "committee", id: id)
        let name = string(f["name"], field: "name", id: id)
        guard let id else { return nil }
        remember(RecordKey(collection: .cells, index: index), node: node, fields: f)
        return Cell(id: .init(id), kind: kind, name: name, workplace: workplace.map { .init($0) },
            neighbourhood: neighbourhood.map { .init($0) }, targets: targets.map { .init($0) },
            members: members.map { .init($0) }, committee: committee.map { .init($0) })
    }

    mutating func readTie(_ node: YAMLNode, index: Int) -> Tie? {
        var f: Fields
        if node.kind == .sequence {
            // Short form: [a, b, kind, strength?]
            guard (3...4).contains(node.count) else {
                report(node, field: "ties", Text.string("store4.aTieInShort", ["count": "\(node.count)"]),
                    hint: Text.string("store.eGPP"))
                return nil
            }
            f = Fields(mapping: nil, named: zip(["a", "b", "kind", "strength"], node.items).map { ($0, $1) })
        } else {
            guard let m = fields(of: node, allowed: Self.tieFields, what: Text.string("store3.aTie")) else { return nil }
            f = m
        }
        let a = requiredIdentifier(f, "a", record: node, what: Text.string("store3.aTie"), id: nil)
        let b = requiredIdentifier(f, "b", record: node, what: Text.string("store3.aTie"), id: a)
        // The label names the tie in messages only: made when one is reported, not for each of a million ties.
        func label() -> String { "\(a ?? "?")–\(b ?? "?")" }
        let kind: Tie.Kind?
        if let k = f["kind"] { kind = word(k, Tie.Kind.self, field: "kind", id: label()) } else {
            report(node, field: "kind", id: label(), Text.string("store4.aTieHasNo"),
                hint: Text.string("graphfile.addKind", ["words": "\(Tie.Kind.words.joined(separator: ", "))"]))
            kind = nil
        }
        let strength = f["strength"].map {
            integer($0, field: "strength", id: label(), range: Tie.strengthRange,
                meaning: Text.string("store3.weakAcquaintanceOrdinaryStrong"))
        } ?? 2
        guard let a, let b else { return nil }
        remember(RecordKey(collection: .ties, index: index), node: node, fields: f)
        return Tie(.init(a), .init(b), kind: kind ?? .friend, strength: strength ?? 2)
    }

    mutating func readContact(_ node: YAMLNode, index: Int) -> Contact? {
        guard let f = fields(of: node, allowed: Self.contactFields, what: Text.string("store3.aContact")) else { return nil }
        let by = requiredIdentifier(f, "by", record: node, what: Text.string("store3.aContact"), id: nil)
        let with = requiredIdentifier(f, "with", record: node, what: Text.string("store3.aContact"), id: by)
        let label = "\(by ?? "?")→\(with ?? "?")"
        var date: Day?
        if f["date"] == nil {
            report(node, field: "date", id: label, Text.string("store4.aContactHasNo"), hint: Text.string("store.addDate"))
        } else {
            date = day(f["date"], field: "date", id: label)
        }
        let channel = f["channel"].map { word($0, Contact.Channel.self, field: "channel", id: label) } ?? .other
        let place = identifier(f["place"], field: "place", id: label)
        let outcome = f["outcome"].map { word($0, Contact.Outcome.self, field: "outcome", id: label) } ?? .neutral
        var assessment: Assessment??  = .some(nil)
        if let a = f["assessment"] {
            assessment = a.string.flatMap(Assessment.init(word:)).map { .some($0) } ?? integer(a, field: "assessment",
                id: label, range: Assessment.range, meaning: Text.string("assessment.meaning.new")).map { Assessment(rawValue: $0) }
        }
        let notes = string(f["notes"], field: "notes", id: label)
        guard let by, let with, let date else { return nil }
        remember(RecordKey(collection: .contacts, index: index), node: node, fields: f)
        return Contact(by: .init(by), with: .init(with), date: date, channel: channel ?? .other,
            place: place.map { .init($0) }, outcome: outcome ?? .neutral, assessment: assessment ?? nil, notes: notes)
    }
}
