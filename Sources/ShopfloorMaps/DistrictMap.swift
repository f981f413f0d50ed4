import ShopfloorModel

/// The penetration map of a district: workplaces sized by headcount, filled by members and sympathizers per
/// hundred workers, outlined by cell status, grouped by district or sector, with street cells, what they
/// target, and where isolated members are attached.
public enum DistrictMap {
    /// How workplaces are grouped into boxes.
    public enum Grouping: String, Sendable, CaseIterable {
        case district, sector
    }

    /// Builds the district map.
    ///
    /// - Parameter district: only workplaces in this district (case-insensitive); nil for all.
    /// - Throws: ``MapError/unknownDistrict(name:known:)`` when no workplace lies in the district.
    /// - Complexity: O(workplaces × people) for the standings, O(cells × members) for attachments.
    public static func build(
        graph: OrganizingGraph, district: String? = nil, grouping: Grouping = .district,
        options: MapOptions = MapOptions()
    ) throws(MapError) -> MapDocument {
        let redactor = Redactor(graph: graph, options: options)
        let workplaces = graph.workplaces.filter { w in
            district.map { w.district?.lowercased() == $0.lowercased() } ?? true
        }
        if let district, workplaces.isEmpty {
            throw .unknownDistrict(name: district, known: Set(graph.workplaces.compactMap(\.district)).sorted())
        }
        var document = MapDocument(title: [], direction: .topToBottom)
        var next = 0
        func newID() -> String { next += 1; return "n\(next)" }

        var nodeOf: [Workplace.ID: String] = [:]
        var groups: [String: [Workplace]] = [:]
        for w in workplaces {
            let key = grouping == .district ? (w.district ?? "no district") : (w.sector.isEmpty ? "no sector" : w.sector)
            groups[key, default: []].append(w)
        }
        var totals = (headcount: 0, members: 0, cells: 0)
        var clusters: [String: MapCluster] = [:]
        var lastRow: [String: [String]] = [:]
        var firstRow: [String: [String]] = [:]
        for key in groups.keys.sorted() {
            let members = (groups[key] ?? []).sorted { ($1.headcount, $0.id) < ($0.headcount, $1.id) }
            var cluster = MapCluster(id: "group-\(clusters.count + 1)", label: [key], fill: "#f8f9f9")
            cluster.fontSize = 16
            let perRow = max(2, Int((Double(members.count) / 2).squareRoot().rounded(.up)))
            for (i, w) in members.enumerated() {
                let standing = WorkplaceStanding(w, in: graph)
                totals.headcount += w.headcount
                totals.members += standing.members
                if standing.status == .cell || standing.status == .committee { totals.cells += 1 }
                let node = workplaceNode(w, standing, id: newID(), redactor: redactor)
                nodeOf[w.id] = node.id
                cluster.nodes.append(node)
                if i >= perRow { document.edges.append(.spacer(cluster.nodes[i - perRow].id, node.id)) }
            }
            let rows = (members.count + perRow - 1) / perRow
            lastRow[key] = cluster.nodes.suffix(from: (rows - 1) * perRow).map(\.id)
            firstRow[key] = cluster.nodes.prefix(perRow).map(\.id)
            clusters[key] = cluster
        }

        // Street cells sit in the box of their neighbourhood's district (or their first target's group).
        let shownIDs = Set(workplaces.map(\.id))
        var loose: [MapNode] = []
        var streetNode: [Cell.ID: String] = [:]
        for cell in graph.cells.filter({ $0.kind == .street }).sorted(by: { $0.id < $1.id }) {
            let targets = cell.targets.filter(shownIDs.contains)
            let place = cell.neighbourhood.flatMap { graph.place($0) }
            let inDistrict = district.map { place?.district?.lowercased() == $0.lowercased() } ?? true
            guard !targets.isEmpty || inDistrict else { continue }
            var node = MapNode(id: newID(), label: .text(["Street cell", place?.name ?? cell.name ?? cell.id.rawValue,
                "\(cell.members.count) members"]), shape: .house, fill: "#fdebd0")
            node.border = "#e67e22"
            node.penWidth = 2
            streetNode[cell.id] = node.id
            let firstTarget = targets.first.flatMap { graph.workplace($0) }
            let key = grouping == .district ? (place?.district ?? firstTarget?.district) : firstTarget?.sector
            if let key, clusters[key] != nil { clusters[key]?.nodes.append(node) } else { loose.append(node) }
            for target in targets {
                guard let to = nodeOf[target] else { continue }
                var edge = MapEdge(from: node.id, to: to)
                edge.color = "#e67e22"
                edge.line = .dashed
                edge.penWidth = 1.5
                edge.label = ["reaching"]
                edge.fontColor = "#af601a"
                // Reaching lines cross group boxes; they must not pull the grids out of shape.
                edge.constraint = false
                document.edges.append(edge)
            }
        }
        document.edges += attachments(graph: graph, nodeOf: nodeOf, streetNode: streetNode)
        document.clusters = groups.keys.sorted().compactMap { clusters[$0] }
        document.edges += stacking(groups.keys.sorted().compactMap { key in
            // The first grid row and the street cells (added after the grid) of the box below.
            clusters[key].map { cluster in
                (lastRow[key] ?? [], (firstRow[key] ?? []) + cluster.nodes.dropFirst(groups[key]?.count ?? 0).map(\.id))
            }
        })
        document.nodes = loose

        let scope = district.map { "District \($0)" } ?? "All districts"
        document.title = ["Penetration map — \(scope)",
            "\(workplaces.count) workplaces · \(totals.headcount) workers · \(totals.members) members · "
                + "\(totals.cells) workplace cells · grouped by \(grouping.rawValue)"]
        document.nodeSeparation = 0.35
        document.rankSeparation = 0.6
        // Labels float beside their lines: a labelled edge otherwise doubles every rank it crosses, and
        // Graphviz 2.42 keeps the virtual edges of those ranks after every render (39 -> 24 KB a render).
        document.floatingEdgeLabels = true
        document.nodes.append(legend().node(id: newID()))
        return document
    }
}
