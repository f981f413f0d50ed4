import Collections
import ShopfloorModel

/// A group's reach search written as a plain weighted digraph, so that other graph libraries can run the same
/// multi-source shortest-path problem and their distances can be checked against Shopfloor's.
public struct ReachProblem: Sendable {
    /// Vertices are the index's dense ids, `0..<vertexCount`.
    public let vertexCount: Int
    /// The search starts at all of these at cost 0: the group's members and the places they are seeded at
    /// (the workplace's gates, their own neighbourhoods).
    public let sources: [Int32]
    /// Directed edges: `from[i] → to[i]` costs `weight[i]`, with the pass-through cost of `from[i]` folded in.
    public let from: [Int32]
    public let to: [Int32]
    public let weight: [Double]
}

extension PlanningIndex {
    /// The reach search of `members` into `workplace` as a plain weighted digraph (dangerous people removed).
    ///
    /// The planner adds a person's pass-through cost when a path leaves them, never enters a blocked person and
    /// never re-enters a source; folding the pass-through cost into each outgoing edge and dropping edges into
    /// blocked people and sources gives a graph on which plain multi-source Dijkstra finds the same distances.
    /// - Complexity: O(V + E).
    public func reachProblem(members ids: [Person.ID], into workplace: Workplace.ID) -> ReachProblem {
        let members = ids.compactMap { vertex(of: $0) }.sorted()
        let seeds = placeSeeds(members: members, workplace: workplace)
        var isSource = BitSet()
        for m in members { isSource.insert(Int(m)) }
        for seed in seeds where !danger.contains(Int(seed.place)) { isSource.insert(Int(seed.place)) }
        var from: [Int32] = []
        var to: [Int32] = []
        var weight: [Double] = []
        from.reserveCapacity(edgeCount)
        to.reserveCapacity(edgeCount)
        weight.reserveCapacity(edgeCount)
        for v in 0..<vertexCount where !danger.contains(v) {
            let extra = isPerson(Int32(v)) && !isSource.contains(v) ? passCost[v] : 0
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[e])
                if danger.contains(w) || isSource.contains(w) { continue }
                from.append(Int32(v))
                to.append(Int32(w))
                weight.append(self.weight(e) + extra)
            }
        }
        return ReachProblem(vertexCount: vertexCount, sources: isSource.map { Int32($0) }, from: from, to: to,
            weight: weight)
    }

    /// The cost of the cheapest safe path from `members` to every vertex (infinity where unreachable), from the
    /// planner's own search run to completion (no early exit).
    /// - Complexity: O((V + E) log V).
    public func reachDistances(members ids: [Person.ID], into workplace: Workplace.ID) -> [Double] {
        let members = ids.compactMap { vertex(of: $0) }.sorted()
        let tree = search(from: members, placeSeeds: placeSeeds(members: members, workplace: workplace),
            targets: (0..<Int32(vertexCount)).map { $0 }, blocked: danger)
        return tree.cost
    }
}
