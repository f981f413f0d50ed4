import ShopfloorModel
import ShopfloorText

/// The penetration map of a district: workplaces sized by headcount, filled by members and sympathizers per
/// hundred workers, outlined by cell status, grouped by district or sector, with street cells, what they
/// target, and where isolated members are attached.
///
/// Each group is one table node (a box with a grid of workplace boxes, each a port), not a Graphviz cluster:
/// Graphviz 2.42 never frees the virtual nodes and edges of the ranks a cluster spans and of the edges between
/// clusters, which made the clustered map grow 19–38 KB a render (see Docs/maps.md).
public enum DistrictMap {
    /// How workplaces are grouped into boxes.
    public enum Grouping: String, Sendable, CaseIterable {
        case district, sector

        /// The word for the map's subtitle, in the process's language.
        public var label: String {
            switch self {
            case .district: Text.string("report.csv.group.district")
            case .sector: Text.string("report.csv.group.sector")
            }
        }
    }

    /// Where a workplace is drawn (its group's table node and its box's port), or a street cell (no port).
    struct Place: Hashable {
        var node: String
        var port: String?
    }

    /// Builds the district map.
    ///
    /// - Parameter district: only workplaces in this district (case-insensitive); nil for all.
    /// - Throws: ``MapError/unknownDistrict(name:known:)`` when no workplace lies in the district.
    /// - Complexity: O(people + cells × members).
    public static func build(
        graph: OrganizingGraph, district: String? = nil, grouping: Grouping = .district,
        options: MapOptions = MapOptions()
    ) throws(MapError) -> MapDocument {
        let redactor = Redactor(graph: graph, options: options)
        let workplaces = graph.workplaces.filter { w in
            district.map { w.district?.lowercased() == $0.lowercased() } ?? true
        }
        if let district, workplaces.isEmpty {
            throw .unknownDistrict(name: district, known: Text.sorted(Set(graph.workplaces.compactMap(\.district))) { $0 })
        }
        var document = MapDocument(title: [], direction: .topToBottom)
        var next = 0
        func newID() -> String { next += 1; return "n\(next)" }

        var groups: [String: [Workplace]] = [:]
        for w in workplaces {
            let key = grouping == .district ? (w.district ?? Text.string("map.district.noDistrict")) : (w.sector.isEmpty ? Text.string("map.district.noSector") : w.sector)
            groups[key, default: []].append(w)
        }
        let keys = Text.sorted(groups.keys) { $0 }
        // Where every workplace will be drawn, decided before the tables are written so that attachments
        // within one table can be written into its boxes.
        var placeOf: [Workplace.ID: Place] = [:]
        var groupNode: [String: String] = [:]
        var ordered: [String: [Workplace]] = [:]
        for key in keys {
            let node = newID()
            groupNode[key] = node
            ordered[key] = (groups[key] ?? []).sorted { ($1.headcount, $0.id) < ($0.headcount, $1.id) }
            for w in ordered[key] ?? [] { placeOf[w.id] = Place(node: node, port: newID()) }
        }

        // Street cells are nodes of their own, drawn above the groups they reach into.
        let shownIDs = Set(workplaces.map(\.id))
        var streetNode: [Cell.ID: String] = [:]
        var reaching: [MapEdge] = []
        for cell in graph.cells.filter({ $0.kind == .street }).sorted(by: { $0.id < $1.id }) {
            let targets = cell.targets.filter(shownIDs.contains)
            let place = cell.neighbourhood.flatMap { graph.place($0) }
            let inDistrict = district.map { place?.district?.lowercased() == $0.lowercased() } ?? true
            guard !targets.isEmpty || inDistrict else { continue }
            var node = MapNode(id: newID(), label: .text([Text.string("map.streetCell"), place?.name ?? cell.name ?? cell.id.rawValue,
                Text.plural("count.members", count: cell.members.count)]), shape: .house, fill: MapPalette.streetCell)
            node.border = MapPalette.streetOrange
            node.penWidth = 2
            streetNode[cell.id] = node.id
            document.nodes.append(node)
            for target in targets {
                guard let to = placeOf[target] else { continue }
                var edge = MapEdge(from: node.id, to: to.node, toPort: to.port)
                edge.color = MapPalette.streetOrange
                edge.line = .dashed
                edge.penWidth = 1.5
                edge.label = [Text.string("map.district.reaching")]
                edge.fontColor = MapPalette.streetOrangeText
                reaching.append(edge)
            }
        }
        let links = attachments(graph: graph, placeOf: placeOf, streetNode: streetNode)
        var notes: [Workplace.ID: [String]] = [:]
        for within in links.within {
            notes[within.from, default: []].append(Text.string("map.district.attachedTo",
                ["count": .integer(within.count), "workplace": "\(redactor.name(within.to))"]))
        }

        var totals = (headcount: 0, members: 0, cells: 0)
        let standings = WorkplaceStanding.all(workplaces, in: graph)
        for key in keys {
            let members = ordered[key] ?? []
            var boxes: [MapTable.Cell] = []
            for w in members {
                guard let standing = standings[w.id] else {
                    preconditionFailure("the standings were counted for every workplace the map groups")
                }
                totals.headcount += w.headcount
                totals.members += standing.members
                if standing.status.isCell { totals.cells += 1 }
                boxes.append(workplaceBox(w, standing, port: placeOf[w.id]?.port, notes: notes[w.id] ?? [],
                    redactor: redactor))
            }
            let perRow = max(2, Int((Double(members.count) / 2).squareRoot().rounded(.up)))
            var title = MapTable.Cell([key])
            title.fontSize = 16
            title.alignLeft = true
            var rows: [[MapTable.Cell]] = [[title]]
            for start in stride(from: 0, to: boxes.count, by: perRow) {
                rows.append(Array(boxes[start..<min(boxes.count, start + perRow)]))
            }
            var table = MapTable(rows: rows)
            var frame = MapTable.Frame(border: 1, color: MapPalette.frame, fill: MapPalette.groupFill)
            frame.rounded = true
            frame.cellSpacing = 12
            frame.cellPadding = 2
            table.frame = frame
            document.nodes.append(MapNode(id: groupNode[key] ?? newID(), label: .table(table)))
        }
        document.edges = reaching + links.edges
        let grid = gridRows(keys.compactMap { groupNode[$0] })
        for row in grid {
            // One rank per row of the grid, invisible points between the tables (edges run between their ports).
            let spacers = (0...row.count).map { _ in newID() }
            document.nodes += document.addRank(row, spacers: spacers)
        }
        for (upper, lower) in zip(grid, grid.dropFirst()) {
            for (a, b) in zip(upper, lower) { document.edges.append(.spacer(a, b, weight: 0)) }
        }

        let scope = district.map { Text.string("map.district.scope", ["district": "\($0)"]) } ?? Text.string("map.district.all")
        document.title = [Text.string("map.district.title", ["scope": "\(scope)"]),
            Text.string("map.district.subtitle", ["workplaces": "\(Text.plural("count.workplaces", count: workplaces.count))",
                "headcount": "\(Text.plural("count.workers", count: totals.headcount))",
                "members": "\(Text.plural("count.members", count: totals.members))",
                "cells": "\(Text.plural("count.workplaceCells", count: totals.cells))", "grouping": "\(grouping.label)"])]
        document.nodeSeparation = 0.35
        document.rankSeparation = 0.6
        // Labels float beside their lines: a labelled edge otherwise doubles every rank it crosses.
        document.floatingEdgeLabels = true
        document.nodes.append(legend().node(id: newID()))
        return document
    }
}
