/// Keeps labelled edges off a single rank, where Graphviz 2.42 corrupts its heap.
///
/// Graphviz 2.42's `dot` frees memory twice when a *flat* edge (both ends on one rank) carries a `label` in a
/// graph with clusters: `flat_edges` reallocates a rank array that `gvFreeLayout` frees again, and the process
/// aborts ("double free detected in tcache 2") or goes on with a corrupt heap. `xlabel`, `headlabel` and
/// `taillabel` avoid that code but are placed differently from one render to the next, so the maps would stop
/// being deterministic. Instead, before encoding:
/// - a labelled edge that does not constrain ranks is made a ranking edge of weight 0: it cannot lie flat (a
///   ranking edge spans at least one rank) and, with no weight, it does not pull its ends together;
/// - a labelled edge whose ends must share a rank (a same-rank group, or `minlen=0`) goes through a small
///   text node that carries the label, one rank over, in the tail's cluster: two unlabelled edges, the
///   second with the arrow.
extension MapDocument {
    /// This document with every labelled edge that could lie flat rewritten as above.
    /// A document whose labels float (``floatingEdgeLabels``: `xlabel`) never hits the bug and is returned as it is.
    public func withoutFlatLabels() -> MapDocument {
        if floatingEdgeLabels { return self }
        var rankGroup: [String: Int] = [:]
        for (g, group) in sameRank.enumerated() { for id in group { rankGroup[id] = g } }
        var copy = self
        copy.edges = []
        copy.edges.reserveCapacity(edges.count)
        var detours = 0
        for var edge in edges {
            guard !edge.label.isEmpty else {
                copy.edges.append(edge)
                continue
            }
            let sameRank = rankGroup[edge.from].map { $0 == rankGroup[edge.to] } ?? false
            if sameRank || edge.minimumLength == 0 {
                detours += 1
                let (node, first, second) = edge.detour(through: "edge-label-\(detours)")
                // Inside the cluster of the edge's tail, so a step within a plant stays within its fence.
                if !copy.clusters.insert(node, besideNode: edge.from) { copy.nodes.append(node) }
                copy.edges += [first, second]
            } else {
                if !edge.constraint {
                    edge.constraint = true
                    edge.weight = 0
                }
                copy.edges.append(edge)
            }
        }
        return copy
    }
}

extension MapEdge {
    /// The edge split at a text node that carries its label: the node, the first half (no arrow) and the second.
    func detour(through id: String) -> (MapNode, MapEdge, MapEdge) {
        var node = MapNode(id: id, label: .text(label), shape: .plaintext)
        node.fontColor = fontColor ?? color
        node.fontSize = 9
        var half = self
        half.label = []
        half.constraint = true
        half.weight = 0
        half.minimumLength = nil
        var first = half
        (first.to, first.toPort, first.toSide, first.arrow) = (id, nil, nil, false)
        var second = half
        (second.from, second.fromPort, second.fromSide) = (id, nil, nil)
        return (node, first, second)
    }
}

extension [MapCluster] {
    /// Adds `node` to the innermost cluster that holds the node `id`; false when no cluster holds it.
    mutating func insert(_ node: MapNode, besideNode id: String) -> Bool {
        for i in indices {
            if self[i].clusters.insert(node, besideNode: id) { return true }
            if self[i].nodes.contains(where: { $0.id == id }) {
                self[i].nodes.append(node)
                return true
            }
        }
        return false
    }
}
