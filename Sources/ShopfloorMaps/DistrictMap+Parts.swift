import ShopfloorModel

/// Workplace nodes, attachment edges and the legend of the district map.
extension DistrictMap {
    static func workplaceNode(_ w: Workplace, _ standing: WorkplaceStanding, id: String, redactor: Redactor)
        -> MapNode
    {
        var label = [redactor.name(w)]
        if let employer = w.employer { label.append(redactor.employer(employer)) }
        label.append("\(w.headcount) workers · \(w.kind.rawValue)")
        label.append("\(standing.penetrationText) per 100 · \(standing.members) m, \(standing.sympathizers) s")
        label.append(standing.status.shortLabel)
        let colours = MapPalette.penetrationFill(standing.penetration)
        var node = MapNode(id: id, label: .text(label), shape: .box, fill: colours.fill)
        node.fontColor = colours.text
        node.rounded = true
        let scale = Double(max(0, w.headcount)).squareRoot()
        node.width = 1.6 + scale / 14
        node.height = 0.9 + scale / 40
        node.fontSize = 11 + min(5, scale / 10)
        switch standing.status {
        case .none:
            node.border = "#999999"
            node.dashed = true
        case .forming:
            node.border = "#e67e22"
            node.penWidth = 2.5
        case .cell:
            node.border = "#922b21"
            node.penWidth = 3.5
        case .committee:
            node.border = "#922b21"
            node.penWidth = 3.5
            node.peripheries = 2
        }
        return node
    }

    /// Members attached to another workplace's cell or to a street cell: one dotted edge per pair, counted.
    static func attachments(graph: OrganizingGraph, nodeOf: [Workplace.ID: String], streetNode: [Cell.ID: String])
        -> [MapEdge]
    {
        var counts: [String: (from: String, to: String, count: Int)] = [:]
        for cell in graph.cells {
            let target: String?
            switch cell.kind {
            case .workplace: target = cell.workplace.flatMap { nodeOf[$0] }
            case .street: target = streetNode[cell.id]
            }
            guard let target else { continue }
            for member in cell.members {
                guard let person = graph.person(member), let w = person.workplace, w != cell.workplace,
                    let from = nodeOf[w]
                else { continue }
                let key = from + ">" + target
                counts[key, default: (from, target, 0)].count += 1
            }
        }
        return counts.keys.sorted().compactMap { key in
            guard let entry = counts[key] else { return nil }
            var edge = MapEdge(from: entry.from, to: entry.to)
            edge.color = "#922b21"
            edge.line = .dotted
            edge.penWidth = 1.5
            edge.label = ["\(entry.count) attached"]
            edge.fontColor = "#922b21"
            edge.constraint = false
            return edge
        }
    }

    /// Invisible edges that stack the group boxes in a grid of about √n columns (box i above box i + columns),
    /// so a district of many groups stays about as tall as it is wide instead of one long strip.
    ///
    /// Each group is given as the ids of its grid's last row and of the nodes that must sit below the box
    /// above (its first grid row, whose spacers carry the rest of the grid, and its street cells).
    static func stacking(_ groups: [(lastRow: [String], top: [String])]) -> [MapEdge] {
        let columns = max(2, Int(Double(groups.count).squareRoot().rounded(.up)))
        guard groups.count > columns else { return [] }
        var edges: [MapEdge] = []
        for i in 0..<(groups.count - columns) {
            for from in groups[i].lastRow {
                for to in groups[i + columns].top { edges.append(.spacer(from, to, weight: 0)) }
            }
        }
        return edges
    }

    static func legend() -> MapLegend {
        var entries = MapPalette.penetration.map {
            MapLegend.Entry(swatch: $0.fill, "fill: \($0.label) (members + sympathizers)")
        }
        entries.append(.init(mark: "- - -", "grey dashed outline: no cell"))
        entries.append(.init(mark: "━", markColor: "#e67e22", "orange outline: forming (1–2 members)"))
        entries.append(.init(mark: "━", markColor: "#922b21", "thick red outline: cell of 3 or more"))
        entries.append(.init(mark: "══", markColor: "#922b21", "double red outline: cell with committee"))
        entries.append(.init(mark: "⌂", markColor: "#e67e22", "street cell; dashed orange line: reaching"))
        entries.append(.init(mark: "···", markColor: "#922b21", "n attached: members organized elsewhere"))
        entries.append(.init(mark: "▭", "size: headcount; m members, s sympathizers"))
        return MapLegend(entries: entries)
    }
}
