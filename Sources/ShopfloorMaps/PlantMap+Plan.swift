import ShopfloorModel

/// Planned contact paths: bold, one colour per path, each step labelled with number, channel, place, time;
/// their alternative routes dashed and thin in the same colour.
extension PlantMapBuilder {
    mutating func drawPlan() throws(MapError) {
        guard let plan else { return }
        for (k, path) in plan.paths.enumerated() {
            let color = MapPalette.paths[k % MapPalette.paths.count]
            if let segment = segmentNode[path.target] {
                let port = segmentPorts[path.target]
                document.updateNode(segment) { $0.annotate(port: port, line: "◎\(k + 1) target of path \(k + 1)") }
            }
            try drawSteps(path.steps, path: k, alternative: nil, color: color)
            for (j, route) in (path.alternatives ?? []).enumerated() {
                try drawSteps(route.steps, path: k, alternative: j + 1, color: color)
            }
        }
    }

    /// Draws one route: the path itself bold, an alternative dashed and thin, labelled `alt n.j` on its first
    /// step only (its other steps share the path's colour and need no words).
    private mutating func drawSteps(_ steps: [PlanFile.Step], path k: Int, alternative: Int?, color: MapColor) throws(MapError) {
        for (i, step) in steps.enumerated() {
            let where_ = "path \(k + 1)" + (alternative.map { " alternative \($0)" } ?? "") + " step \(i + 1)"
            let from = try end(step.from, where_)
            let to = try end(step.to, where_)
            var label = alternative.map { i == 0 ? ["alt \(k + 1).\($0) \(step.channel)"] : [] } ?? ["\(k + 1).\(i + 1) \(step.channel)"]
            var via: (node: String, port: String?)?
            if let placeID = step.place.map({ Place.ID($0) }), let place = graph.place(placeID) {
                if alternative == nil { label.append(place.name) }
                if [.gate, .pub, .stop].contains(place.kind) {
                    let node = try end(placeID.rawValue, where_)
                    if node.node != from.node && node.node != to.node { via = node }
                }
            } else if let place = step.place {
                throw .planReference(path: planPath, id: place, step: where_)
            }
            if alternative == nil, let window = step.window, !window.isEmpty { label.append(window) }
            let style = alternative == nil ? (3.5, MapEdge.Line.solid) : (1.6, MapEdge.Line.dashed)
            if from.node == to.node {
                // A step inside one table (a coworker in the same shop × shift): written on the row.
                guard !label.isEmpty else { continue }
                let line = "← " + ([label[0]] + label.dropFirst().filter { !$0.isEmpty }).joined(separator: ", ")
                document.updateNode(to.node) { $0.annotate(port: to.port, line: line) }
            } else if let via {
                addStep(from, via, label: label, color: color, style: style)
                addStep(via, to, label: [], color: color, style: style)
            } else {
                addStep(from, to, label: label, color: color, style: style)
            }
        }
    }

    private mutating func addStep(
        _ from: (node: String, port: String?), _ to: (node: String, port: String?), label: [String],
        color: MapColor, style: (width: Double, line: MapEdge.Line)
    ) {
        var edge = MapEdge(from: from.node, fromPort: from.port, to: to.node, toPort: to.port)
        edge.fromSide = "e"
        edge.toSide = "w"
        edge.color = color
        edge.fontColor = color
        edge.penWidth = style.width
        edge.line = style.line
        edge.label = label
        // Steps inside the plant do not move nodes; a step into a pub or stop outside the fence does, which
        // places it between the street cell and the plant (and avoids a dot 2.4x bug with flat labelled edges).
        edge.constraint = placeNode.values.contains(to.node)
        document.edges.append(edge)
    }

    /// Where a plan id is drawn: a person's row, a cell, a gate or place, or a `SHOP@SHIFT` table.
    private mutating func end(_ id: String, _ step: String) throws(MapError) -> (node: String, port: String?) {
        if let person = personEnd[Person.ID(id)] { return (person.node, person.port) }
        if let cell = cellNode[Cell.ID(id)] { return cell }
        if let segment = segmentNode[id] { return (segment, segmentPorts[id]) }
        if let gate = gateNode[Place.ID(id)] { return (gate, nil) }
        if let place = placeNode[Place.ID(id)] { return (place, nil) }
        if let place = graph.place(Place.ID(id)) {
            let kind = place.kind == .pub ? "Pub / tea house" : place.kind.rawValue.capitalized
            var node = MapNode(id: newID(), label: .text([kind, place.name]), shape: .ellipse, fill: "#e8f8f5")
            node.border = "#117a65"
            placeNode[place.id] = node.id
            document.nodes.append(node)
            return (node.id, nil)
        }
        throw .planReference(path: planPath, id: id, step: step)
    }
}
