import ShopfloorModel
import ShopfloorText

/// Ties among the people drawn inside the fence: thin grey lines between the rows of two tables, and a line
/// of text on the rows for ties within one table.
extension PlantMapBuilder {
    /// Draws each tie between two people of the workplace who are both drawn (rows of shop tables, never a
    /// count), unless a step of the plan already joins them. Between two tables: a thin grey line with the
    /// kind on it. Within one table (a loop would cross the table): `↔ kind: alias, …` on both rows.
    ///
    /// - Parameter within: the ties whose two (different) people both work at the workplace.
    /// - Complexity: O(k log k) for k such ties.
    mutating func drawTiesInside(_ within: [Tie]) {
        let fence = Set(fenceColumn)
        let ties = within.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        var drawn: Set<Set<Person.ID>> = []
        var withinTable: [Person.ID: [Tie.Kind: [String]]] = [:]
        for tie in ties {
            guard let a = personEnd[tie.a], let b = personEnd[tie.b], fence.contains(a.node), fence.contains(b.node),
                !markerNodes.contains(a.node), !markerNodes.contains(b.node),
                let personA = graph.person(tie.a), let personB = graph.person(tie.b),
                !planPairs.contains([tie.a, tie.b]), drawn.insert([tie.a, tie.b]).inserted
            else { continue }
            tiesInsideDrawn += 1
            if a.node == b.node {
                withinTable[tie.a, default: [:]][tie.kind, default: []].append(redactor.label(personB))
                withinTable[tie.b, default: [:]][tie.kind, default: []].append(redactor.label(personA))
                continue
            }
            var edge = MapEdge(from: a.node, fromPort: a.port, to: b.node, toPort: b.port)
            edge.toSide = "w"
            edge.color = MapPalette.tie
            edge.fontColor = MapPalette.tieText
            edge.penWidth = 0.8
            edge.arrow = false
            edge.constraint = false
            edge.label = [tie.kind.label]
            document.edges.append(edge)
        }
        for (person, kinds) in withinTable.sorted(by: { $0.key < $1.key }) {
            guard let end = personEnd[person] else { continue }
            for (kind, others) in kinds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                document.updateNode(end.node) { $0.annotate(port: end.port, line: "↔ \(kind.label): " + others.sorted().joined(separator: ", ")) }
            }
        }
    }
}
