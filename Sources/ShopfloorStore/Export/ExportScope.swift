import ShopfloorModel

/// How much of a graph an export writes: all of it, what one cell needs, or one workplace.
public enum ExportScope: Sendable, Hashable {
    case all
    /// A cell's members, its workplace or target workplaces, the people directly tied to its members, the
    /// people on its plans, and the places, shops and shifts these refer to.
    case cell(Cell.ID)
    /// A workplace, the people working there, its cells (members outside it left out), and what they refer to.
    case workplace(Workplace.ID)

    /// The part of `graph` this scope covers, closed under references so that it loads on its own.
    ///
    /// `planPeople`: for a cell scope, the people on the cell's plans (worked out by the planner, which this
    /// module does not see); they are written with everything they refer to. Ignored by other scopes.
    public func apply(
        to graph: OrganizingGraph, path: String, planPeople: Set<Person.ID> = []
    ) throws(StoreError) -> OrganizingGraph {
        var people: Set<Person.ID>
        var workplaces: Set<Workplace.ID>
        var cells: [Cell]
        switch self {
        case .all:
            return graph
        case .cell(let id):
            guard let cell = graph.cell(id) else {
                throw .notFound(path: path, what: "cell", id: id.rawValue,
                    hint: Suggestion.hint(for: id.rawValue, among: graph.cells.map(\.id.rawValue), noun: "cell"))
            }
            // Only ties that touch a member count: one pass over the members' ties, not a closure.
            let members = Set(cell.members)
            people = members.union(graph.ties.flatMap { tie -> [Person.ID] in
                members.contains(tie.a) || members.contains(tie.b) ? [tie.a, tie.b] : []
            }).union(planPeople.filter { graph.person($0) != nil })
            workplaces = Set(cell.reachedWorkplaces)
            cells = [cell]
        case .workplace(let id):
            guard graph.workplace(id) != nil else {
                throw .notFound(path: path, what: "workplace", id: id.rawValue,
                    hint: Suggestion.hint(for: id.rawValue, among: graph.workplaces.map(\.id.rawValue), noun: "workplace"))
            }
            people = Set(graph.people(at: id).map(\.id))
            workplaces = [id]
            cells = graph.cells(at: id).map { cell in
                var trimmed = cell
                trimmed.members.removeAll { !people.contains($0) }
                trimmed.committee.removeAll { !people.contains($0) }
                return trimmed
            }
        }
        return close(graph, people: people, workplaces: workplaces, cells: cells)
    }

    /// Adds the workplaces and places the chosen records refer to, until nothing new is referred to.
    private func close(
        _ graph: OrganizingGraph, people: Set<Person.ID>, workplaces initial: Set<Workplace.ID>, cells: [Cell]
    ) -> OrganizingGraph {
        let chosenPeople = graph.people.filter { people.contains($0.id) }
        var workplaces = initial
        var places: Set<Place.ID> = []
        for p in chosenPeople {
            if let w = p.workplace { workplaces.insert(w) }
            if let h = p.home { places.insert(h) }
            places.formUnion(p.frequents)
        }
        for c in cells {
            if let n = c.neighbourhood { places.insert(n) }
        }
        let contacts = graph.contacts.filter { people.contains($0.by) && people.contains($0.with) }
        places.formUnion(contacts.compactMap(\.place))
        var changed = true
        while changed {
            changed = false
            for w in graph.workplaces where workplaces.contains(w.id) {
                let refs = [w.neighbourhood].compactMap { $0 } + w.shifts.compactMap(\.gate)
                    + graph.gates(of: w.id).map(\.id)
                for r in refs where places.insert(r).inserted { changed = true }
            }
            for p in graph.places where places.contains(p.id) {
                if let n = p.neighbourhood, places.insert(n).inserted { changed = true }
                if let w = p.workplace, workplaces.insert(w).inserted { changed = true }
            }
        }
        return OrganizingGraph(name: graph.name,
            workplaces: graph.workplaces.filter { workplaces.contains($0.id) }, people: chosenPeople, cells: cells,
            places: graph.places.filter { places.contains($0.id) },
            ties: graph.ties.filter { people.contains($0.a) && people.contains($0.b) }, contacts: contacts)
    }
}
