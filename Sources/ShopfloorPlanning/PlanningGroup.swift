import ShopfloorModel

/// The group a plan starts from: a cell, or a list of people.
public enum PlanningGroup: Hashable, Sendable {
    case cell(Cell.ID)
    case people([Person.ID])

    /// Reads `GROUP` as written on the command line: a cell id, or comma-separated person ids.
    public init(parsing text: String, in graph: OrganizingGraph) {
        let trimmed = text.trimmingCharacters(in: " ")
        if !trimmed.contains(","), graph.cell(Cell.ID(trimmed)) != nil {
            self = .cell(Cell.ID(trimmed))
        } else {
            self = .people(trimmed.split(separator: ",").map { Person.ID(String($0).trimmingCharacters(in: " ")) }
                .filter { !$0.rawValue.isEmpty })
        }
    }

    /// The group's cell (if any) and its people, sorted and without repeats; unknown ids and empty groups throw.
    public func resolve(in graph: OrganizingGraph) throws(PlanningError) -> (cell: Cell?, people: [Person.ID]) {
        switch self {
        case .cell(let id):
            guard let cell = graph.cell(id) else {
                throw .unknown("cell", id.rawValue, among: graph.cells.map(\.id.rawValue))
            }
            let people = Array(Set(cell.members)).sorted()
            if people.isEmpty { throw .emptyGroup(id.rawValue) }
            return (cell, people)
        case .people(let ids):
            if ids.isEmpty { throw .emptyGroup("") }
            for id in ids where graph.person(id) == nil {
                if graph.cell(Cell.ID(id.rawValue)) == nil, let near = Suggestion.nearest(
                    to: id.rawValue, in: graph.cells.map(\.id.rawValue)), ids.count == 1 {
                    throw .unknownID(noun: "person or cell", id: id.rawValue, hint: "did you mean '\(near)'?")
                }
                throw .unknown(ids.count == 1 ? "person or cell" : "person", id.rawValue,
                    among: graph.people.map(\.id.rawValue))
            }
            return (nil, Array(Set(ids)).sorted())
        }
    }
}

extension String {
    /// The text without leading and trailing copies of `character`.
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}

extension OrganizingGraph {
    /// Resolves a workplace id or throws with a "did you mean" hint.
    func requireWorkplace(_ id: Workplace.ID) throws(PlanningError) -> Workplace {
        guard let workplace = workplace(id) else {
            throw .unknown("workplace", id.rawValue, among: workplaces.map(\.id.rawValue))
        }
        return workplace
    }

    /// The street cells that list a workplace among their targets, by id.
    func streetCells(targeting id: Workplace.ID) -> [Cell] {
        cells.filter { $0.kind == .street && $0.targets.contains(id) }.sorted { $0.id < $1.id }
    }
}

extension Person {
    /// Why planning keeps away from this person, in plain words.
    var dangerReason: String {
        if affiliation == .informer { return "suspected informer" }
        return "management side (\(role.rawValue))"
    }
}
