import ShopfloorModel
import ShopfloorText

/// The group a plan starts from: a cell, or a list of people.
public enum PlanningGroup: Hashable, Sendable {
    case cell(Cell.ID)
    case people([Person.ID])

    /// The group's cell (if any) and the people who may be given a task, sorted and without repeats.
    ///
    /// Suspected informers and the management side are dropped from the group whatever the options (a
    /// provocateur in a cell is the case the conspiracy rules exist for [res. 15, 16]): they are returned in
    /// ``ResolvedGroup/dropped`` so that the plan can say so, and never make a step, stand at a gate or count
    /// as coverage. Unknown ids, empty groups and groups with nobody left after dropping throw.
    public func resolve(in graph: OrganizingGraph) throws(PlanningError) -> ResolvedGroup {
        let cell: Cell?
        let ids: [Person.ID]
        switch self {
        case .cell(let id):
            guard let found = graph.cell(id) else {
                throw .unknown("cell", id.rawValue, among: graph.cells.map(\.id.rawValue))
            }
            cell = found
            ids = Array(Set(found.members)).sorted()
            if ids.isEmpty { throw .emptyGroup(id.rawValue) }
        case .people(let list):
            if list.isEmpty { throw .emptyGroup("") }
            for id in list where graph.person(id) == nil {
                if graph.cell(Cell.ID(id.rawValue)) == nil, let near = Suggestion.nearest(
                    to: id.rawValue, in: graph.cells.map(\.id.rawValue)), list.count == 1 {
                    throw .unknownID(noun: "person or cell", id: id.rawValue, hint: Suggestion.didYouMean(near))
                }
                throw .unknown(list.count == 1 ? "person or cell" : "person", id.rawValue,
                    among: graph.people.map(\.id.rawValue))
            }
            cell = nil
            ids = Array(Set(list)).sorted()
        }
        var people: [Person.ID] = []
        var dropped: [AvoidedPerson] = []
        for id in ids {
            if let person = graph.person(id), person.isDanger {
                dropped.append(AvoidedPerson(person: id, reason: person.dangerReason))
            } else {
                people.append(id)
            }
        }
        if people.isEmpty {
            throw .onlyDangerousPeople(group: cell?.id.rawValue ?? ids.map(\.rawValue).joined(separator: ","),
                dropped: dropped.map(\.person.rawValue))
        }
        return ResolvedGroup(cell: cell, people: people, dropped: dropped)
    }
}

/// A planning group as the planners use it: who may be given a task, and who was dropped and why.
public struct ResolvedGroup: Sendable {
    /// The cell the group was given as, if any.
    public var cell: Cell?
    /// The people who may be given a task, sorted by id.
    public var people: [Person.ID]
    /// Suspected informers and management people of the group, left out, by id.
    public var dropped: [AvoidedPerson]

    /// The group as written in a plan.
    public var planGroup: PlanGroup {
        PlanGroup(cell: cell?.id, people: people, dropped: dropped.isEmpty ? nil : dropped)
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
        if affiliation == .informer { return Text.string("danger.informer") }
        return Text.string("danger.management", ["role": "\(role.label)"])
    }
}
