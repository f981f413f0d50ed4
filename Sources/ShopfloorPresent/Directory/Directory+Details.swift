import ShopfloorModel
import ShopfloorText

extension Directory {
    /// A person with their ties, contacts over time and cells.
    public struct PersonDetail: Codable, Sendable, Hashable {
        public var person: PersonRow
        public var role: String
        public var unionMember: Bool
        public var home: String?
        /// Address and notes; nil unless names are revealed.
        public var address: String?
        public var notes: String?
        public var ties: [TieRow]
        /// Contacts with this person and by this person, oldest first.
        public var contacts: [ContactRow]
        public var cells: [CellRow]
    }

    /// A tie seen from one of its people.
    public struct TieRow: Codable, Sendable, Hashable {
        public var other: String
        public var alias: String
        public var name: String?
        public var kind: String
        public var strength: Int
        public var affiliation: String?
        public var assessment: Int?
    }

    /// One contact-log entry.
    public struct ContactRow: Codable, Sendable, Hashable {
        public var date: String
        public var by: String
        public var byAlias: String
        public var with: String
        public var withAlias: String
        public var channel: String
        public var place: String?
        public var outcome: String
        public var assessment: Int?
        /// Notes; nil unless names are revealed.
        public var notes: String?
    }

    /// A workplace with its shops × shifts grid, people, cells, gates and shift times.
    public struct WorkplaceDetail: Codable, Sendable, Hashable {
        public var workplace: WorkplaceRow
        public var employer: String?
        public var union: String?
        public var shops: [ShopRow]
        public var shifts: [ShiftRow]
        /// Mapped people per shop and shift: `grid[shop][shift]`, with members among them.
        public var grid: [[GridCell]]
        public var people: [PersonRow]
        public var cells: [CellRow]
        public var gates: [PlaceRow]
    }

    /// A shop of a workplace.
    public struct ShopRow: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var headcount: Int
    }

    /// A shift of a workplace, with its times and gate.
    public struct ShiftRow: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var start: String
        public var end: String
        public var gate: String?
        public var days: [String]
    }

    /// One square of the shops × shifts grid.
    public struct GridCell: Codable, Sendable, Hashable {
        public var mapped: Int
        public var members: Int
    }

    /// A cell with its members and committee.
    public struct CellDetail: Codable, Sendable, Hashable {
        public var cell: CellRow
        public var members: [PersonRow]
        public var committee: [String]
        public var contacts: [ContactRow]
    }

    /// The contact row of a log entry.
    public func row(_ c: Contact) -> ContactRow {
        ContactRow(date: c.date.description, by: c.by.rawValue, byAlias: alias(c.by), with: c.with.rawValue,
            withAlias: alias(c.with), channel: c.channel.rawValue, place: c.place?.rawValue, outcome: c.outcome.rawValue,
            assessment: c.assessment?.rawValue, notes: revealNames ? c.notes : nil)
    }

    /// A person's page, or nil for an id the graph lacks.
    public func person(_ id: Person.ID) -> PersonDetail? {
        guard let p = graph.person(id) else { return nil }
        let ties = (tiesOf[id] ?? []).map { graph.ties[$0] }.compactMap { t -> TieRow? in
            guard let other = t.other(than: id) else { return nil }
            let o = graph.person(other)
            return TieRow(other: other.rawValue, alias: alias(other), name: revealNames ? o?.name : nil, kind: t.kind.rawValue,
                strength: t.strength, affiliation: o?.affiliation.rawValue, assessment: o?.assessment.rawValue)
        }
        let entries = Set((contactsWith[id] ?? []) + (contactsBy[id] ?? [])).sorted()
        let contacts = entries.map { graph.contacts[$0] }.sorted { $0.date < $1.date }.map(row)
        return PersonDetail(person: row(p), role: p.role.rawValue, unionMember: p.unionMember, home: p.home?.rawValue,
            address: revealNames ? p.address : nil, notes: revealNames ? p.notes : nil, ties: ties, contacts: contacts,
            cells: (cellsOf[id] ?? []).map { row(graph.cells[$0]) })
    }

    /// A workplace's page, or nil for an id the graph lacks.
    public func workplace(_ id: Workplace.ID) -> WorkplaceDetail? {
        guard let w = graph.workplace(id) else { return nil }
        let people = graph.people(at: id)
        var grid = Array(repeating: Array(repeating: GridCell(mapped: 0, members: 0), count: w.shifts.count), count: w.shops.count)
        let shopIndex = Dictionary(w.shops.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shiftIndex = Dictionary(w.shifts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in people {
            guard let shop = p.shop.flatMap({ shopIndex[$0] }), let shift = p.shift.flatMap({ shiftIndex[$0] }) else { continue }
            grid[shop][shift].mapped += 1
            if p.isMember { grid[shop][shift].members += 1 }
        }
        return WorkplaceDetail(workplace: row(w), employer: w.employer,
            union: w.union.map { ($0.name.map { $0 + ", " } ?? "") + $0.character.rawValue },
            shops: w.shops.map { ShopRow(id: $0.id.rawValue, name: $0.name, headcount: $0.headcount) },
            shifts: w.shifts.map { ShiftRow(id: $0.id.rawValue, name: $0.name, start: $0.start.description,
                end: $0.end.description, gate: $0.gate?.rawValue, days: $0.days.map(\.rawValue)) },
            grid: grid, people: people.map(row),
            cells: graph.cells.filter { $0.workplace == id || $0.targets.contains(id) }.map(row),
            gates: graph.gates(of: id).map(row))
    }

    /// A cell's page, or nil for an id the graph lacks.
    public func cell(_ id: Cell.ID) -> CellDetail? {
        guard let c = graph.cell(id) else { return nil }
        let entries = c.members.flatMap { contactsBy[$0] ?? [] }.sorted()
        return CellDetail(cell: row(c), members: c.members.compactMap { graph.person($0) }.map(row),
            committee: c.committee.map(\.rawValue), contacts: entries.map { row(graph.contacts[$0]) })
    }

    /// One record a search found.
    public struct Hit: Codable, Sendable, Hashable {
        public var kind: RecordKind
        public var id: String
        /// What the record is shown as: a person's alias (or name, when revealed), a workplace's or place's name.
        public var label: String
        /// A few words about it (workplace, shop and shift of a person; sector of a workplace; …).
        public var detail: String
    }

    /// Every workplace, person, cell and place whose id, alias, name (of people only when revealed) or key
    /// fields contain all the words of `text`, in that order of kinds, each in file order.
    public func find(_ text: String, limit: Int? = nil) -> [Hit] {
        let words = DirectoryQuery(text: text).words
        guard !words.isEmpty else { return [] }
        func matches(_ fields: [String?]) -> Bool { DirectoryQuery.matches(words, fields) }
        var hits: [Hit] = []
        for w in graph.workplaces where matches([w.id.rawValue, w.name, w.sector, w.district, w.employer]) {
            hits.append(Hit(kind: .workplaces, id: w.id.rawValue, label: w.name,
                detail: [VocabularyWords.workplaceKind(w.kind.rawValue), w.sector, w.district ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")))
        }
        // People (most of a graph) through their fields folded once per graph.
        let folded = searchText.people(of: graph, alias: alias)
        for (i, p) in graph.people.enumerated()
        where DirectoryQuery.matches(words, folded: folded[i].key, revealNames ? folded[i].name : "") {
            hits.append(Hit(kind: .people, id: p.id.rawValue, label: label(p.id),
                detail: [p.workplace?.rawValue, p.shop?.rawValue, p.shift?.rawValue,
                    VocabularyWords.affiliation(p.affiliation.rawValue)]
                    .compactMap { $0 }.joined(separator: ", ")))
        }
        for c in graph.cells where matches([c.id.rawValue, c.name]) {
            hits.append(Hit(kind: .cells, id: c.id.rawValue, label: c.name ?? c.id.rawValue,
                detail: Text.plural("find.cellDetail", count: c.members.count, ["kind": "\(VocabularyWords.cellKind(c.kind.rawValue))"])))
        }
        for p in graph.places where matches([p.id.rawValue, p.name]) {
            hits.append(Hit(kind: .places, id: p.id.rawValue, label: p.name,
                detail: [VocabularyWords.placeKind(p.kind.rawValue), p.workplace?.rawValue].compactMap { $0 }.joined(separator: ", ")))
        }
        return limit.map { Array(hits.prefix(max(0, $0))) } ?? hits
    }
}
