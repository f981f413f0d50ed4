import ShopfloorModel
import ShopfloorPlanning

/// The influence and exposure marks of a plant map, measured for the people the map can draw only.
extension PlantMapBuilder {
    /// The street cells drawn beside the plant: those targeting it, those of its or its gates' neighbourhoods,
    /// and the plan's own cell.
    static func nearbyStreetCells(graph: OrganizingGraph, workplace: Workplace, plan: Plan?) -> [Cell] {
        var near: Set<Place.ID> = []
        if let n = workplace.neighbourhood { near.insert(n) }
        for gate in graph.gates(of: workplace.id) { if let n = gate.neighbourhood { near.insert(n) } }
        let planCell = plan?.group?.cell
        return graph.cells.filter { cell in
            cell.kind == .street && (cell.targets.contains(workplace.id)
                || cell.neighbourhood.map(near.contains) == true || cell.id == planCell)
        }.sorted { $0.id < $1.id }
    }

    /// Each drawable person's influence among their coworkers and ties to informers and management.
    ///
    /// A person row (``personCell(_:port:inCell:committee:)``) is drawn only for the plant's people, the members
    /// of the nearby street cells and the plan's people; the influence of each is a share within their own
    /// workplace. So the influence is measured over those people's workplaces and the exposure over those
    /// people: the same marks as measuring everyone, without the whole graph's adjacency (at a million people
    /// the whole-graph influence was a third of a cold `map plant`).
    static func measures(graph: OrganizingGraph, workplace: Workplace, plan: Plan?, planPeople: Set<Person.ID>)
        -> (WorkplaceInfluence, TieExposure)
    {
        var positions: [Int] = []
        // Read in place: a person taken out of the array is a copy of eleven strings.
        graph.people.withUnsafeBufferPointer { people in
            for i in people.indices where people[i].workplace == workplace.id {
                if let first = graph.index(of: people[i].id) { positions.append(first) }
            }
        }
        for cell in nearbyStreetCells(graph: graph, workplace: workplace, plan: plan) {
            positions += cell.members.compactMap { graph.index(of: $0) }
        }
        positions += planPeople.compactMap { graph.index(of: $0) }
        var workplaces: Set<Workplace.ID> = [workplace.id]
        for i in positions { if let w = graph.people[i].workplace { workplaces.insert(w) } }
        return (WorkplaceInfluence(graph: graph, workplaces: workplaces), TieExposure(graph: graph, people: positions))
    }
}
