/// The plant map's two columns: outside the fence (street cells, pubs and stops on the plan, other contacts)
/// and inside it (gates, workplace cells, shops), each one rank of a left-to-right `dot` layout.
///
/// The shape is chosen for what Graphviz 2.42 keeps on every render. Every rank a cluster spans costs a
/// few hundred bytes it never frees, and so does every rank an edge into a cluster crosses outside it: the
/// fence is one rank and the outside column the rank just before it, so each edge in is one step long.
/// Within a rank, an edge with ports between two *adjacent* nodes is laid out by a nested `dot` run that
/// re-parses both nodes' labels and never frees them (and mixes up attributes: "Arrow type … unknown"): an
/// invisible point between every two nodes, and at both ends, keeps every two tables apart.
extension PlantMapBuilder {
    /// Interleaves spacers into a column (one at each end too), records it as one rank and chains it so that
    /// `dot` keeps the order top to bottom (the document sets `remincross=false`, whose last pass would
    /// reorder clusters). Returns the spacers, for the caller to put where the column's nodes are.
    mutating func column(_ ids: [String], inCluster: Bool) -> [MapNode] {
        guard !ids.isEmpty else { return [] }
        let spacers = (0...ids.count).map { _ in newID() }
        // Within a rank of a left-to-right map, dot 2.42 draws an edge's tail above its head at the top level
        // and below it inside a cluster.
        return document.addRank(ids, spacers: spacers, reversed: inCluster)
    }

    /// Places the fence's column: gates, then workplace cells, then shops.
    mutating func placeFence(_ fence: inout MapCluster, shops: [String]) {
        let entrance = graph.gates(of: workplace.id).compactMap { gateNode[$0.id] }
            + graph.cells(at: workplace.id).sorted { $0.id < $1.id }.compactMap { cellNode[$0.id]?.node }
        fenceColumn = entrance + shops
        fence.nodes += column(fenceColumn, inCluster: true)
    }

    /// Places the outside column (street cells, then the places and people the plan added) one rank before
    /// the fence: one invisible edge from its first node into the fence ranks them, and it joins that node's
    /// other edges in (Graphviz merges edges from one node into one cluster rank into one chain).
    mutating func placeOutside(_ ids: [String]) {
        document.nodes += column(ids, inCluster: false)
        if let first = ids.first, let inside = fenceColumn.first { document.edges.append(.spacer(first, inside)) }
    }

    /// Turns every edge between two nodes of one column so that `dot` 2.42 need not: it reverses an edge within
    /// a rank that runs against the rank's order with a new edge it never frees. Inside the fence a tail must
    /// stand below its head, outside above it; an edge the other way is written head to tail with `dir=back`
    /// (the same picture).
    mutating func orientEdgesWithinColumns() {
        let inside = Dictionary(uniqueKeysWithValues: fenceColumn.enumerated().map { ($1, $0) })
        let outside = Dictionary(uniqueKeysWithValues: outsideNodes.enumerated().map { ($1, $0) })
        for i in document.edges.indices where document.edges[i].line != .invisible {
            let edge = document.edges[i]
            guard edge.from != edge.to else { continue }
            if let a = inside[edge.from], let b = inside[edge.to], a < b {
                document.edges[i] = edge.turnedAround()
            } else if let a = outside[edge.from], let b = outside[edge.to], a > b {
                document.edges[i] = edge.turnedAround()
            }
        }
    }
}

