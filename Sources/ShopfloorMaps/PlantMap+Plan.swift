import ShopfloorModel
import ShopfloorText
import ShopfloorPlanning

/// Planned contact paths: bold, one colour per path, each step labelled with number, channel, place, time;
/// their alternative routes dashed in a lighter shade of the path's colour.
extension PlantMapBuilder {
    /// How one route of the plan is drawn.
    struct RouteStyle {
        var color: MapColor
        /// The labels' colour (an alternative's line is lighter than its text).
        var fontColor: MapColor
        var penWidth: Double
        var line: MapEdge.Line
        /// The first word of step i's label (1-based): `1.2` for a path, `alt 1.1:2` for an alternative.
        var stepName: (Int) -> String
    }

    mutating func drawPlan() throws(MapError) {
        for (k, path) in paths.enumerated() {
            let color = MapPalette.paths[k % MapPalette.paths.count]
            if let segment = path.target.segment, let node = segmentNode[segment.description] {
                let port = segmentPorts[segment.description]
                document.updateNode(node) { $0.annotate(port: port, line: Text.string("map.plan.target", ["n": .integer(k + 1)])) }
            }
            try drawRoute(path.steps, where: "path \(k + 1)",
                style: RouteStyle(color: color, fontColor: color, penWidth: 3.5, line: .solid) { "\(k + 1).\($0)" })
            for (j, alternative) in path.alternatives.enumerated() {
                try drawRoute(alternative.steps, where: "path \(k + 1) alternative \(j + 1)",
                    style: RouteStyle(color: MapPalette.alternative(color), fontColor: color, penWidth: 2.5,
                        line: .dashed) {
                        "alt \(k + 1).\(j + 1):\($0)"
                    })
                alternativesDrawn += 1
            }
        }
        // Each line's label, once every step it stands for is known.
        for (i, labels) in stepLabels { document.edges[i].label = Self.mergedLabel(labels) }
    }

    /// Draws one route's steps: through the gate, pub or stop of a step when it has one, on the row itself
    /// when both ends are rows of one table.
    private mutating func drawRoute(_ steps: [PlanStep], where route: String, style: RouteStyle) throws(MapError) {
        for (i, step) in steps.enumerated() {
            // Split over pages: a step between two people of other pages is drawn on theirs.
            if isElsewhere(.person(step.from)) && isElsewhere(step.to) { continue }
            let where_ = "\(route) step \(i + 1)"
            let from = try end(.person(step.from), where_)
            let to = try end(step.to, where_)
            if let other = step.to.person { planPairs.insert([step.from, other]) }
            var label = ["\(style.stepName(i + 1)) \(step.channel.label)"]
            var via: (node: String, port: String?)?
            if let placeID = step.place {
                guard let place = graph.place(placeID) else {
                    throw .planReference(path: planPath, id: placeID.rawValue, step: where_)
                }
                label.append(place.name)
                if [.gate, .pub, .stop].contains(place.kind) {
                    let node = placeEnd(place)
                    if node.node != from.node && node.node != to.node { via = node }
                }
            }
            if let window = step.window, !window.isEmpty { label.append(window) }
            let details = ([label[0]] + label.dropFirst().filter { !$0.isEmpty }).joined(separator: ", ")
            if from.node == to.node {
                // A step inside one table (a coworker in the same shop × shift): written on the row.
                document.updateNode(to.node) { $0.annotate(port: to.port, line: "← " + details) }
            } else if let via {
                // Through a gate, pub or stop: the step is written inside the place, one line each, so that
                // steps meeting there never pile onto each other or onto the place's name; the lines in and
                // out carry the step's number only.
                let who = graph.person(step.from).map(redactor.label).map { " (\($0))" } ?? ""
                let at = label.dropFirst(2).filter { !$0.isEmpty }.joined(separator: ", ")
                let line = "\(label[0])\(who)" + (at.isEmpty ? "" : ", " + at)
                document.updateNode(via.node) { $0.annotate(port: via.port, line: line) }
                addStep(from, via, label: [style.stepName(i + 1)], who: nil, style: style)
                addStep(via, to, label: [], who: nil, style: style)
            } else {
                let who = graph.person(step.from).map(redactor.label)
                addStep(from, to, label: label, who: who, style: style)
            }
            if let id = step.to.person, let later = laterShiftRow[id], from.node != to.node {
                // A worker of a later shift: the line points at their shift's column, the row says which step.
                document.updateNode(later.node) { $0.annotate(port: later.row, line: "← " + details) }
            }
        }
    }

    /// Adds a hop's edge, or joins the edge already drawn for it. `who` names the step's first person when
    /// the hop stays in the outside column: such an edge leaves the table, not the row (dot 2.42 fails to
    /// route a same-rank edge from a row around another table).
    private mutating func addStep(
        _ from: (node: String, port: String?), _ to: (node: String, port: String?), label: [String],
        who: String?, style: RouteStyle
    ) {
        let outside = Set(outsideNodes)
        let sameColumn = outside.contains(from.node) == outside.contains(to.node)
        let withinOutside = sameColumn && outside.contains(from.node)
        let from: (node: String, port: String?) = withinOutside ? (from.node, nil) : from
        let to: (node: String, port: String?) = withinOutside ? (to.node, nil) : to
        var label = label
        if withinOutside, let who, !label.isEmpty { label[0] += " (\(who))" }
        // One edge per hop: paths sharing a hop share its line (a colour each, drawn side by side), since
        // Graphviz 2.42 cannot route two identical edges within one rank ("triangulation failed").
        let key = [from.node, from.port ?? "", to.node, to.port ?? ""].joined(separator: "\u{1F}")
        if let i = stepEdges[key] {
            if document.edges[i].color != style.color && !document.edges[i].parallelColors.contains(style.color) {
                document.edges[i].parallelColors.append(style.color)
            }
            stepLabels[i, default: []].append(label)
            return
        }
        var edge = MapEdge(from: from.node, fromPort: from.port, to: to.node, toPort: to.port)
        // Rows face the other column: outside rows east, rows inside the fence west. An edge within one column
        // gets at most the head's side (dot 2.42 fails to route some same-rank edges pinned at both ends).
        edge.fromSide = sameColumn ? nil : outside.contains(from.node) ? "e" : "w"
        edge.toSide = outside.contains(to.node) ? (sameColumn ? nil : "e") : "w"
        // A later shift's column is entered from above (its title heads the table), so that the arrowhead is
        // seen at the column it points at instead of inside the first shift's column.
        if let port = from.port, northPorts.contains(from.node + ":" + port) { edge.fromSide = "n" }
        if let port = to.port, northPorts.contains(to.node + ":" + port) { edge.toSide = "n" }
        edge.color = style.color
        edge.fontColor = style.fontColor
        edge.penWidth = style.penWidth
        edge.line = style.line
        // Steps never move nodes: the columns are fixed (PlantMap+Columns).
        edge.constraint = false
        stepEdges[key] = document.edges.count
        stepLabels[document.edges.count] = [label]
        document.edges.append(edge)
    }

    /// The label of a line several steps share: their first lines (`2.1 pub, 3.1 pub`, at most three and a
    /// count of the rest), then every other line once.
    static func mergedLabel(_ labels: [[String]]) -> [String] {
        let names = labels.compactMap(\.first)
        var lines: [String] = []
        if !names.isEmpty {
            lines.append(names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " " + Text.string("map.plant.moreNames", ["count": .integer(names.count - 3)]) : ""))
        }
        for line in labels.flatMap({ $0.dropFirst() }) where !lines.contains(line) { lines.append(line) }
        return lines
    }

    /// Where a step's person or segment is drawn: the person's row (in a shop table, a street cell or among the
    /// other contacts) or the `SHOP@SHIFT` column of a shop table.
    private func end(_ endpoint: PlanEndpoint, _ step: String) throws(MapError) -> (node: String, port: String?) {
        switch endpoint {
        case .person(let id):
            if let later = laterShiftRow[id] { return (later.node, later.title) }
            if let person = personEnd[id] { return (person.node, person.port) }
        case .segment(let id):
            if let node = segmentNode[id.description] { return (node, segmentPorts[id.description]) }
        }
        throw .planReference(path: planPath, id: endpoint.description, step: step)
    }

    /// Where a step's gate, pub or stop is drawn: the gate on the fence, or a place outside it (drawn the first
    /// time a step passes it).
    private mutating func placeEnd(_ place: Place) -> (node: String, port: String?) {
        if let gate = gateNode[place.id] { return (gate, nil) }
        if let node = placeNode[place.id] { return (node, nil) }
        let kind = place.kind.label
        var node = MapNode(id: newID(), label: .text([kind, place.name]), shape: .ellipse, fill: MapPalette.place)
        node.border = MapPalette.placeBorder
        placeNode[place.id] = node.id
        document.nodes.append(node)
        outsideNodes.append(node.id)
        return (node.id, nil)
    }
}
