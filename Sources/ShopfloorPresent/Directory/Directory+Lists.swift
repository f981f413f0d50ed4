import ShopfloorModel
import ShopfloorText

extension Directory {
    /// The people matching a query, sorted.
    public func people(_ query: DirectoryQuery = DirectoryQuery()) throws(DirectoryQueryError) -> [PersonRow] {
        let cellMembers: Set<Person.ID>? = query.cell.flatMap { graph.cell($0) }.map { Set($0.members + $0.committee) }
        if query.cell != nil && cellMembers == nil { return [] }
        // The words folded once, each person's fields once per graph (``SearchText``).
        let words = query.words
        let folded = words.isEmpty ? [] : searchText.people(of: graph, alias: alias)
        let rows = graph.people.indices.lazy.filter { i in
            let p = graph.people[i]
            return (query.affiliation == nil || p.affiliation == query.affiliation)
                && (query.assessment == nil || p.assessment == query.assessment)
                && (query.workplace == nil || p.workplace == query.workplace)
                && (query.shop == nil || p.shop == query.shop)
                && (query.shift == nil || p.shift == query.shift)
                && (cellMembers == nil || cellMembers?.contains(p.id) == true)
                && (words.isEmpty || DirectoryQuery.matches(words, folded: folded[i].key, folded[i].place,
                    revealNames ? folded[i].name : ""))
        }.map { self.row(graph.people[$0]) }
        return try Self.sorted(Array(rows), query, .people) { row, key in
            switch key {
            case "alias": .text(row.alias)
            case "name": .text(row.name ?? row.alias)
            case "workplace": .text(row.workplace ?? "")
            case "shop": .text(row.shop ?? "")
            case "shift": .text(row.shift ?? "")
            case "affiliation": .text(row.affiliation)
            case "assessment": .number(row.assessment)
            case "ties": .number(row.ties)
            case "contacts": .number(row.contacts)
            case "last-contact": .text(row.lastContact ?? "")
            default: .text(row.id)
            }
        }
    }

    /// The workplaces matching a query (text; `workplace` keeps one), sorted.
    public func workplaces(_ query: DirectoryQuery = DirectoryQuery()) throws(DirectoryQueryError) -> [WorkplaceRow] {
        let words = query.words
        let rows = graph.workplaces.filter { w in
            (query.workplace == nil || w.id == query.workplace)
                && (query.shop == nil || w.shops.contains { $0.id == query.shop })
                && (query.shift == nil || w.shifts.contains { $0.id == query.shift })
                && DirectoryQuery.matches(words, [w.id.rawValue, w.name, w.sector, w.district, w.employer, w.kind.rawValue])
        }.map { self.row($0) }
        return try Self.sorted(rows, query, .workplaces) { row, key in
            switch key {
            case "name": .text(row.name)
            case "kind": .text(row.kind)
            case "sector": .text(row.sector)
            case "district": .text(row.district ?? "")
            case "headcount": .number(row.headcount)
            case "mapped": .number(row.mapped)
            case "members": .number(row.members)
            default: .text(row.id)
            }
        }
    }

    /// The cells matching a query (text; `workplace` keeps the cells of or reaching it; `cell` keeps one).
    public func cells(_ query: DirectoryQuery = DirectoryQuery()) throws(DirectoryQueryError) -> [CellRow] {
        let words = query.words
        let rows = graph.cells.filter { c in
            (query.cell == nil || c.id == query.cell)
                && (query.workplace.map { c.workplace == $0 || c.targets.contains($0) } ?? true)
                && DirectoryQuery.matches(words, [c.id.rawValue, c.name, c.kind.rawValue, c.workplace?.rawValue, c.neighbourhood?.rawValue]
                    + c.targets.map(\.rawValue))
        }.map { self.row($0) }
        return try Self.sorted(rows, query, .cells) { row, key in
            switch key {
            case "kind": .text(row.kind)
            case "workplace": .text(row.workplace ?? "")
            case "members": .number(row.members)
            case "committee": .number(row.committee)
            case "last-contact": .text(row.lastContact ?? "")
            default: .text(row.id)
            }
        }
    }

    /// The places matching a query (text; `workplace` keeps its gates).
    public func places(_ query: DirectoryQuery = DirectoryQuery()) throws(DirectoryQueryError) -> [PlaceRow] {
        let words = query.words
        let rows = graph.places.filter { p in
            (query.workplace == nil || p.workplace == query.workplace)
                && DirectoryQuery.matches(words, [p.id.rawValue, p.name, p.kind.rawValue, p.district, p.workplace?.rawValue])
        }.map { self.row($0) }
        return try Self.sorted(rows, query, .places) { row, key in
            switch key {
            case "kind": .text(row.kind)
            case "name": .text(row.name)
            case "workplace": .text(row.workplace ?? "")
            case "district": .text(row.district ?? "")
            default: .text(row.id)
            }
        }
    }

    /// A value rows are ordered by.
    enum SortValue {
        case number(Int)
        case text(String)
    }

    /// A ``SortValue`` in the order people read: numbers by size, text in the language's alphabetical order
    /// (`Çelik` after `Celal` and before `Demir`; in Turkish `ı` before `i`), its key computed once per row.
    enum SortKey: Comparable {
        case number(Int)
        case text([Int], String)

        init(_ value: SortValue, _ text: Text) {
            switch value {
            case .number(let n): self = .number(n)
            case .text(let s): self = .text(text.collationKey(s), s)
            }
        }

        static func < (l: SortKey, r: SortKey) -> Bool {
            switch (l, r) {
            case (.number(let a), .number(let b)): a < b
            case (.text(let a, let sa), .text(let b, let sb)):
                a != b ? a.lexicographicallyPrecedes(b) : sa.unicodeScalars.lexicographicallyPrecedes(sb.unicodeScalars)
            case (.number, .text): true
            case (.text, .number): false
            }
        }
    }

    /// Rows ordered by a key (ties broken by the rows' order, which is id order for sorts by id), then cut.
    static func sorted<Row>(
        _ rows: [Row], _ query: DirectoryQuery, _ kind: RecordKind, _ value: (Row, String) -> SortValue
    ) throws(DirectoryQueryError) -> [Row] {
        let word = query.sort ?? "id"
        guard let key = kind.sortKey(named: word) else { throw DirectoryQueryError(sort: word, kind: kind) }
        let text = Text.current
        let keyed = rows.enumerated().map { (SortKey(value($0.element, key), text), $0.offset, $0.element) }
        let ordered = keyed.sorted { l, r in
            if l.0 != r.0 { return query.descending ? l.0 > r.0 : l.0 < r.0 }
            return l.1 < r.1
        }.map(\.2)
        return query.limit.map { Array(ordered.prefix(max(0, $0))) } ?? ordered
    }
}
