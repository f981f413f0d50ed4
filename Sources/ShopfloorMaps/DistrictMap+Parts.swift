import ShopfloorModel
import ShopfloorText

/// Workplace boxes, attachments, the grid of groups and the legend of the district map.
extension DistrictMap {
    /// A workplace's box in its group's table: sized by headcount, filled by penetration, outlined by cell
    /// status (grey dashed: none; orange: forming; thick red: cell; double red: cell with committee).
    static func workplaceBox(
        _ w: Workplace, _ standing: WorkplaceStanding, port: String?, notes: [String], redactor: Redactor
    ) -> MapTable.Cell {
        var lines = [redactor.name(w)]
        if let employer = w.employer { lines.append(redactor.employer(employer)) }
        lines.append(Text.string("map.plant.fence", ["headcount": "\(Text.plural("count.workers", count: w.headcount))", "kind": "\(w.kind.label)"]))
        lines.append(Text.string("map.district.box", ["per10": "\(Text.current.decimal(written: standing.penetrationText))", "members": .integer(standing.members), "sympathizers": .integer(standing.sympathizers)]))
        lines.append(Self.boxLabel(standing.status))
        lines += notes
        let colours = MapPalette.penetrationFill(standing.penetration)
        let scale = Double(max(0, w.headcount)).squareRoot()
        var text = MapTable.Cell(lines, fontColor: colours.text)
        text.fontSize = 11 + min(5, scale / 10)
        text.minimumWidth = Int((1.4 + scale / 14) * 72)
        text.minimumHeight = Int((0.7 + scale / 40) * 72)
        var box: MapTable.Frame
        switch standing.status {
        case .none:
            box = MapTable.Frame(border: 1, color: MapPalette.outline(.none), fill: colours.fill)
            box.dashed = true
        case .forming:
            box = MapTable.Frame(border: 3, color: MapPalette.outline(.forming), fill: colours.fill)
        case .cell:
            box = MapTable.Frame(border: 4, color: MapPalette.outline(.cell), fill: colours.fill)
        case .cellWithCommittee:
            box = MapTable.Frame(border: 2, color: MapPalette.outline(.cellWithCommittee), fill: colours.fill)
        }
        box.rounded = true
        var inner = MapTable(rows: [[text]])
        inner.frame = box
        if standing.status == .cellWithCommittee {
            // A double outline: the box inside a second frame of the same colour.
            var outer = MapTable.Frame(border: 2, color: MapPalette.outline(.cellWithCommittee), fill: MapPalette.white)
            outer.rounded = true
            outer.cellPadding = 2
            var holder = MapTable.Cell([])
            holder.nested = [inner]
            inner = MapTable(rows: [[holder]])
            inner.frame = outer
        }
        var cell = MapTable.Cell([], port: port)
        cell.nested = [inner]
        if redactor.options.links { cell.tooltip = lines.joined(separator: " · ") }
        // A map with code names must not carry the real id either.
        cell.anchor = redactor.options.links && !redactor.options.codeNames ? "workplace:" + w.id.rawValue : nil
        return cell
    }

    /// A count of members of one workplace organized in a cell of another workplace of the same group.
    struct Attachment: Hashable {
        var from: Workplace.ID
        /// The workplace whose cell they are attached to (on the same group's table as their own).
        var to: Workplace
        var count: Int
    }

    /// Members attached to another workplace's cell or to a street cell: one dotted edge per pair, counted.
    /// Between two boxes of one group (one table) the count is written in the member's workplace's box instead
    /// (an edge would loop around the table).
    static func attachments(
        graph: OrganizingGraph, placeOf: [Workplace.ID: Place], streetNode: [Cell.ID: String]
    ) -> (edges: [MapEdge], within: [Attachment]) {
        // Where each attachment ends: another workplace's box (a port of its group's table) or a street cell.
        struct Key: Hashable, Comparable {
            var from: String, to: String
            static func < (a: Key, b: Key) -> Bool { (a.from, a.to) < (b.from, b.to) }
        }
        var counts: [Key: (from: Place, to: Place, workplaces: (Workplace.ID, Workplace?), count: Int)] = [:]
        for cell in graph.cells {
            // A workplace cell's workplace (a street cell has none).
            let target = cell.workplace.flatMap { graph.workplace($0) }
            let to: Place?
            switch cell.kind {
            case .workplace: to = cell.workplace.flatMap { placeOf[$0] }
            case .street: to = streetNode[cell.id].map { Place(node: $0, port: nil) }
            }
            guard let to else { continue }
            for member in cell.members {
                guard let person = graph.person(member), let w = person.workplace, w != cell.workplace,
                    let from = placeOf[w]
                else { continue }
                counts[Key(from: from.port ?? from.node, to: to.port ?? to.node), default: (from, to, (w, target), 0)]
                    .count += 1
            }
        }
        var edges: [MapEdge] = [], within: [Attachment] = []
        for (_, entry) in counts.sorted(by: { $0.key < $1.key }) {
            if entry.to.node == entry.from.node, let target = entry.workplaces.1 {
                within.append(Attachment(from: entry.workplaces.0, to: target, count: entry.count))
                continue
            }
            var edge = MapEdge(from: entry.from.node, fromPort: entry.from.port, to: entry.to.node, toPort: entry.to.port)
            edge.color = MapPalette.cellRed
            edge.line = .dotted
            edge.penWidth = 1.5
            edge.label = [Text.string("map.district.attached", ["count": .integer(entry.count)])]
            edge.fontColor = MapPalette.cellRed
            edge.constraint = false
            edges.append(edge)
        }
        return (edges, within)
    }

    /// The group tables in rows of about √n, so a district of many groups stays about as tall as it is wide
    /// instead of one long strip.
    static func gridRows(_ groups: [String]) -> [[String]] {
        let columns = max(2, Int(Double(groups.count).squareRoot().rounded(.up)))
        return stride(from: 0, to: groups.count, by: columns).map { Array(groups[$0..<min(groups.count, $0 + columns)]) }
    }

    /// The cell status as a workplace box names it.
    static func boxLabel(_ status: CellStatus) -> String {
        switch status {
        case .none: Text.string("standing.none")
        case .forming: Text.string("standing.forming.short")
        case .cell: Text.string("standing.cell.short")
        case .cellWithCommittee: Text.string("standing.committee")
        }
    }

    static func legend() -> MapLegend {
        var entries = MapPalette.penetration.map {
            MapLegend.Entry(swatch: $0.fill, Text.string("map.district.legend.fill", ["label": "\($0.label)"]))
        }
        entries.append(.init(mark: "- - -", Text.string("map.district.legend.noCell")))
        entries.append(.init(mark: "━", markColor: MapPalette.outline(.forming), Text.string("map.district.legend.forming")))
        entries.append(.init(mark: "━", markColor: MapPalette.outline(.cell), Text.string("map.district.legend.cell")))
        entries.append(.init(mark: "══", markColor: MapPalette.outline(.cellWithCommittee), Text.string("map.district.legend.committee")))
        entries.append(.init(mark: "⌂", markColor: MapPalette.streetOrange, Text.string("map.district.legend.street")))
        entries.append(.init(mark: "···", markColor: MapPalette.cellRed, Text.string("map.district.legend.attached")))
        entries.append(.init(mark: "▭", Text.string("map.district.legend.size")))
        return MapLegend(entries: entries)
    }
}
