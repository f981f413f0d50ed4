import Collections
import ShopfloorModel

/// A shortest-path tree grown from a group by ``PlanningIndex/search(from:placeSeeds:targets:blocked:maxSteps:)``.
///
/// States are `vertex × steps taken` when a step limit is set, otherwise just vertices.
struct SearchTree {
    /// How many step layers each vertex has (1 without a step limit).
    let layers: Int
    var cost: [Double]
    var previous: [Int32]
    /// The CSR edge that entered each state, or -1 for a seed.
    var edge: [Int32]
    /// The state each reached target was settled in.
    var settled: [Int32: Int32] = [:]
    /// Dangerous people the search would have entered but did not.
    var avoided = BitSet()

    /// The vertices and entering edges from a seed to the settled state of `target`, or nil when unreached.
    func path(to target: Int32) -> RawPath? {
        guard var state = settled[target] else { return nil }
        let total = cost[Int(state)]
        var vertices: [Int32] = []
        var edges: [Int32] = []
        while state >= 0 {
            vertices.append(state / Int32(layers))
            edges.append(edge[Int(state)])
            state = previous[Int(state)]
        }
        return RawPath(vertices: Array(vertices.reversed()), edges: Array(edges.reversed()), cost: total)
    }
}

/// A path as vertices and the CSR edge entering each (-1 for the first vertex and for a group member's walk
/// to a gate or into their own neighbourhood).
struct RawPath: Equatable {
    var vertices: [Int32]
    var edges: [Int32]
    var cost: Double

    /// The vertices strictly between the first and the last.
    var intermediaries: ArraySlice<Int32> { vertices.count > 2 ? vertices[1..<(vertices.count - 1)] : [] }
}

/// A heap entry: cheaper first, ties broken by state (vertex ids follow sorted ids, so by id).
struct SearchEntry: Comparable {
    var cost: Double
    var state: Int32
    static func < (a: Self, b: Self) -> Bool { (a.cost, a.state) < (b.cost, b.state) }
}

extension PlanningIndex {
    /// Multi-source Dijkstra from `sources` (cost 0), also entering each place seed (a gate, a member's own
    /// neighbourhood) at cost 0 from its member, stopping as soon as every target is settled.
    ///
    /// Passing through a person who is not a source adds their ``passCost``. Vertices in `blocked` are never
    /// entered; dangerous ones the search touched are collected in ``SearchTree/avoided``. With `maxSteps`,
    /// the search runs over `vertex × steps` states so the cheapest path of at most that many steps is found.
    /// - Complexity: O((V + E) · L · log(V · L)) with L = `maxSteps + 1` (or 1), usually far less thanks to the
    ///   early exit.
    func search(
        from sources: [Int32], placeSeeds: [(place: Int32, member: Int32)], targets goals: [Int32], blocked: BitSet,
        maxSteps: Int? = nil
    ) -> SearchTree {
        let layers = (maxSteps ?? 0) + 1
        let tracked = maxSteps != nil
        let n = vertexCount * layers
        var tree = SearchTree(layers: layers, cost: [Double](repeating: .infinity, count: n),
            previous: [Int32](repeating: -1, count: n), edge: [Int32](repeating: -1, count: n))
        var isSource = BitSet()
        var isTarget = BitSet()
        for s in sources { isSource.insert(Int(s)) }
        for t in goals where !blocked.contains(Int(t)) { isTarget.insert(Int(t)) }
        var remaining = isTarget.count
        var heap = Heap<SearchEntry>()
        let L = Int32(layers)
        for s in sources where tree.cost[Int(s * L)] > 0 {
            tree.cost[Int(s * L)] = 0
            heap.insert(SearchEntry(cost: 0, state: s * L))
        }
        if maxSteps.map({ $0 >= 1 }) ?? true {
            for seed in placeSeeds where !blocked.contains(Int(seed.place)) && isSource.contains(Int(seed.member)) {
                let state = seed.place * L + (tracked ? 1 : 0)
                guard tree.cost[Int(state)] > 0 else { continue }
                tree.cost[Int(state)] = 0
                tree.previous[Int(state)] = seed.member * L
                heap.insert(SearchEntry(cost: 0, state: state))
            }
        }
        while remaining > 0, let entry = heap.popMin() {
            let state = entry.state
            guard entry.cost <= tree.cost[Int(state)] else { continue }
            let v = state / L, hop = Int(state % L)
            if isTarget.contains(Int(v)), tree.settled[v] == nil {
                tree.settled[v] = state
                remaining -= 1
            }
            let person = isPerson(v)
            let nextHop = tracked && person ? hop + 1 : hop
            if let maxSteps, nextHop > maxSteps { continue }
            let extra = person && !isSource.contains(Int(v)) ? passCost[Int(v)] : 0
            for e in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                let w = targets[e]
                if blocked.contains(Int(w)) {
                    if danger.contains(Int(w)) { tree.avoided.insert(Int(w)) }
                    continue
                }
                if isSource.contains(Int(w)) { continue }
                let next = w * L + Int32(nextHop)
                let c = entry.cost + extra + weight(e)
                if c < tree.cost[Int(next)] {
                    tree.cost[Int(next)] = c
                    tree.previous[Int(next)] = state
                    tree.edge[Int(next)] = Int32(e)
                    heap.insert(SearchEntry(cost: c, state: next))
                }
            }
        }
        return tree
    }

    /// The place seeds of a group reaching into a workplace: each member may go to each of its gates and
    /// visit homes in the member's own neighbourhood.
    func placeSeeds(members: [Int32], workplace: Workplace.ID) -> [(place: Int32, member: Int32)] {
        let gates = graph.gates(of: workplace).compactMap { vertex(of: $0.id) }.sorted()
        var seeds: [(place: Int32, member: Int32)] = []
        for m in members.sorted() {
            for g in gates { seeds.append((g, m)) }
            if let home = person(m).home, let n = vertex(of: home) { seeds.append((n, m)) }
        }
        return seeds
    }
}
