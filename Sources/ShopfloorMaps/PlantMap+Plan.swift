import ShopfloorModel

/// Planned contact paths: bold, one colour per path, each step labelled with number, channel, place, time.
extension PlantMapBuilder {
    mutating func drawPlan() throws(MapError) {
        guard let plan else { return }
        for (k, path) in plan.paths.enumerated() {
            let color = MapPalette.paths[k % MapPalette.paths.count]
            if let segment = segmentNode[path.target] {
                let port = segmentPorts[path.target]
                document.updateNode(segment) { $0.annotate(port: port, line: "◎\(k + 1) target of path \(k + 1)") }
            }
            for (i, step) in path.steps.enumerated() {
                let where_ = "path \(k + 1) step \(i + 1)"
                let from = try end(step.from, where_)
                let to = try end(step.to, where_)
                var label = ["\(k + 1).\(i + 1) \(step.channel)"]
                var via: (node: String, port: String?)?
                if let placeID = step.place.map({ Place.ID($0) }), let place = graph.place(placeID) {
                    label.append(place.name)
                    if [.gate, .pub, .stop].contains(place.kind) {
                        let node = try end(placeID.rawValue, where_)
                        if node.node != from.node && node.node != to.node { via = node }
                    }
                } else if let place = step.place {
                    throw .planReference(path: planPath, id: place, step: where_)
                }
                if let window = step.window, !window.isEmpty { label.append(window) }
                if from.node == to.node {
                    // A step inside one table (a coworker in the same shop × shift): written on the row.
                    let line = "← " + ([label[0]] + label.dropFirst().filter { !$0.isEmpty }).joined(separator: ", ")
                    document.updateNode(to.node) { $0.annotate(port: to.port, line: line) }
                } else if let via {
                    addStep(from, via, label: label, color: color)
                    addStep(via, to, label: [], color: color)
                } else {
                    addStep(from, to, label: label, color: color)
                }
            }
        }
    }

    private mutating func addStep(
        _ from: (node: String, port: String?), _ to: (node: String, port: String?), label: [String],
        color: MapColor
    ) {
        // One edge per hop: paths sharing a hop share its line (a colour each, drawn side by side), since
        // Graphviz 2.42 cannot route two identical edges within one rank ("triangulation failed").
        let key = [from.node, from.port ?? "", to.node, to.port ?? ""].joined(separator: "\u{1F}")
        if let i = stepEdges[key] {
            if document.edges[i].color != color && !document.edges[i].parallelColors.contains(color) {
                document.edges[i].parallelColors.append(color)
            }
            document.edges[i].label = Self.mergedLabel(document.edges[i].label, label)
            return
        }
        var edge = MapEdge(from: from.node, fromPort: from.port, to: to.node, toPort: to.port)
        // Rows face the other column: outside rows east, rows inside the fence west. An edge within one column
        // gets at most the head's side (dot 2.42 fails to route some same-rank edges pinned at both ends).
        let outside = Set(outsideNodes)
        let sameColumn = outside.contains(from.node) == outside.contains(to.node)
        edge.fromSide = sameColumn ? nil : outside.contains(from.node) ? "e" : "w"
        edge.toSide = outside.contains(to.node) ? (sameColumn ? nil : "e") : "w"
        edge.color = color
        edge.fontColor = color
        edge.penWidth = 3.5
        edge.label = label
        // Steps never move nodes: the columns are fixed (PlantMap+Columns).
        edge.constraint = false
        stepEdges[key] = document.edges.count
        document.edges.append(edge)
    }

    /// Two steps' labels on one line: their first lines (`2.1 pub, 3.1 pub`), then the other lines once each.
    static func mergedLabel(_ first: [String], _ second: [String]) -> [String] {
        guard let head = first.first else { return second }
        guard let other = second.first else { return first }
        var lines = [head + ", " + other]
        for line in first.dropFirst() + second.dropFirst() where !lines.contains(line) { lines.append(line) }
        return lines
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
            outsideNodes.append(node.id)
            return (node.id, nil)
        }
        throw .planReference(path: planPath, id: id, step: step)
    }
}
