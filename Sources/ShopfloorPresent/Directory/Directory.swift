import Foundation
import ShopfloorMaps
import ShopfloorModel

/// What is in a graph, ready to be listed, filtered, searched and opened: the lookups behind `shopfloor list`,
/// `show` and `find` and the workbench's pages, built once per loaded graph.
///
/// People appear by id and alias; their names (and addresses and notes) only when ``revealNames`` is on.
public struct Directory: Sendable {
    /// The graph the directory describes.
    public let graph: OrganizingGraph
    /// Whether names, addresses and notes of people are shown.
    public let revealNames: Bool
    let redactor: Redactor
    /// Contact-log entries per person contacted (positions in `graph.contacts`, in log order).
    let contactsWith: [Person.ID: [Int]]
    /// Contact-log entries per person who made the contact.
    let contactsBy: [Person.ID: [Int]]
    /// Ties per person (positions in `graph.ties`).
    let tiesOf: [Person.ID: [Int]]
    /// Cells per person (positions in `graph.cells`).
    let cellsOf: [Person.ID: [Int]]
    /// What each workplace's row counts, by position in `graph.workplaces`: counted once per graph.
    let workplaceCounts: WorkplaceCounts
    /// Each person's searchable text, folded once per graph (on the first search).
    let searchText: SearchText

    /// The key of the aliases shown (the source's own, so that lists, maps and plans agree).
    public let aliasKey: AliasKey

    /// Indexes a graph: O(people + ties + contacts + cell seats).
    public init(graph: OrganizingGraph, revealNames: Bool = false, aliasKey: AliasKey) {
        self.graph = graph
        self.revealNames = revealNames
        self.aliasKey = aliasKey
        redactor = Redactor(graph: graph, options: MapOptions(revealNames: revealNames, aliasKey: aliasKey))
        var with: [Person.ID: [Int]] = [:], by: [Person.ID: [Int]] = [:]
        for (i, c) in graph.contacts.enumerated() {
            with[c.with, default: []].append(i)
            by[c.by, default: []].append(i)
        }
        var ties: [Person.ID: [Int]] = [:]
        for (i, t) in graph.ties.enumerated() {
            ties[t.a, default: []].append(i)
            if t.b != t.a { ties[t.b, default: []].append(i) }
        }
        var cells: [Person.ID: [Int]] = [:]
        for (i, cell) in graph.cells.enumerated() {
            for member in Set(cell.members + cell.committee) { cells[member, default: []].append(i) }
        }
        contactsWith = with
        contactsBy = by
        tiesOf = ties
        cellsOf = cells
        workplaceCounts = WorkplaceCounts(graph)
        searchText = SearchText()
    }

    /// The same directory with names shown or hidden (the indexes are shared, nothing is rebuilt but the aliases).
    public func revealing(_ reveal: Bool) -> Directory {
        guard reveal != revealNames else { return self }
        return Directory(copying: self, revealNames: reveal)
    }

    private init(copying other: Directory, revealNames: Bool) {
        graph = other.graph
        self.revealNames = revealNames
        aliasKey = other.aliasKey
        redactor = other.redactor
        contactsWith = other.contactsWith
        contactsBy = other.contactsBy
        tiesOf = other.tiesOf
        cellsOf = other.cellsOf
        workplaceCounts = other.workplaceCounts
        searchText = other.searchText
    }

    /// The aliases of the graph's people (the source's key).
    public var aliases: PersonAliases { redactor.aliases }

    /// A value as the JSON a person downloads (a plan): pretty, sorted keys, person ids written as the command
    /// line writes them (aliases, or ids when names are revealed).
    public func json<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.personNaming] = aliases.naming(revealNames: revealNames, graph: graph)
        return Array(try encoder.encode(value))
    }

    /// The stable alias of a person (`K7QM`), the same on every map of this graph.
    public func alias(_ id: Person.ID) -> String { redactor.alias(id) }

    /// How a person is shown: their name when names are revealed (and known), else their alias.
    public func label(_ id: Person.ID) -> String {
        if revealNames, let name = graph.person(id)?.name, !name.isEmpty { return name }
        return alias(id)
    }

    /// The day of the last contact logged with a person, if any.
    public func lastContact(_ id: Person.ID) -> Day? {
        contactsWith[id]?.map { graph.contacts[$0].date }.max()
    }
}
