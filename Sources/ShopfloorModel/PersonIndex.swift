/// The lookup of a list of people by id, built apart from a graph so that a reader can build it on another core
/// while it reads the rest of the graph, then hand it to
/// ``OrganizingGraph/init(name:workplaces:people:cells:places:tieList:contacts:tieEnds:personIndex:)``.
public struct PersonIndex: Sendable {
    let table: PositionTable
    /// The ids it was built from, in order: a graph takes the index only for people with these very ids.
    let ids: [String]

    /// The lookup of people by their `ids`, in order (the first position, when an id repeats).
    /// - Complexity: O(people).
    public init(ids: [Person.ID]) {
        self.ids = ids.map(\.rawValue)
        table = PositionTable(self.ids)
    }

    /// Whether the index was built from people with exactly these ids, in this order.
    func indexes(_ people: [Person]) -> Bool {
        ids.count == people.count && people.indices.allSatisfy { ids[$0] == people[$0].id.rawValue }
    }
}
