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
    /// The state each target was settled in, by vertex; -1 for a vertex that is no target or was not reached.
    var settled: [Int32]
    /// Dangerous people the search would have entered but did not.
    var avoided = BitSet()

    /// The vertices and entering edges from a seed to the settled state of `target`, or nil when unreached.
    func path(to target: Int32) -> RawPath? {
        guard Int(target) < settled.count, case var state = settled[Int(target)], state >= 0 else { return nil }
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
        var cost = [Double](repeating: .infinity, count: n)
        var previous = [Int32](repeating: -1, count: n)
        var entering = [Int32](repeating: -1, count: n)
        var settled = [Int32](repeating: -1, count: vertexCount)
        // One byte per vertex says what the inner loop needs to know about an edge's head (one load, not three
        // set lookups per edge).
        var flags = [UInt8](repeating: 0, count: vertexCount)
        for v in blocked where v < vertexCount {
            flags[v] |= danger.contains(v) ? SearchFlag.blocked | SearchFlag.danger : SearchFlag.blocked
        }
        for s in sources { flags[Int(s)] |= SearchFlag.source }
        var remaining = 0
        for t in goals where flags[Int(t)] & (SearchFlag.blocked | SearchFlag.target) == 0 {
            flags[Int(t)] |= SearchFlag.target
            remaining += 1
        }
        var heap = SearchHeap(capacity: min(n, 1 << 16))
        var avoided = BitSet()
        let L = Int32(layers)
        for s in sources where cost[Int(s * L)] > 0 {
            cost[Int(s * L)] = 0
            heap.insert(SearchEntry(cost: 0, state: s * L))
        }
        if maxSteps.map({ $0 >= 1 }) ?? true {
            for seed in placeSeeds
            where flags[Int(seed.place)] & SearchFlag.blocked == 0 && flags[Int(seed.member)] & SearchFlag.source != 0 {
                let state = seed.place * L + (tracked ? 1 : 0)
                guard cost[Int(state)] > 0 else { continue }
                cost[Int(state)] = 0
                previous[Int(state)] = seed.member * L
                heap.insert(SearchEntry(cost: 0, state: state))
            }
        }
        let people = Int32(personCount)
        let stepLimit = maxSteps ?? .max
        // The loop reads every array through its buffer: no bounds checks or reference counting per edge.
        withUnsafeBuffers(&cost, &previous, &entering, &settled, flags) { cost, previous, entering, settled, flags in
            offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { heads in
            edgeClass.withUnsafeBufferPointer { edgeClass in
            classes.weight.withUnsafeBufferPointer { weight in
            passCost.withUnsafeBufferPointer { passCost in
                while remaining > 0, let entry = heap.popMin() {
                    let state = entry.state
                    guard entry.cost <= cost[Int(state)] else { continue }
                    let v = tracked ? state / L : state
                    let hop = tracked ? Int(state % L) : 0
                    let own = flags[Int(v)]
                    if own & SearchFlag.target != 0, settled[Int(v)] < 0 {
                        settled[Int(v)] = state
                        remaining -= 1
                    }
                    let person = v < people
                    let nextHop = tracked && person ? hop + 1 : hop
                    if nextHop > stepLimit { continue }
                    let base = entry.cost + (person && own & SearchFlag.source == 0 ? passCost[Int(v)] : 0)
                    for e in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                        let w = heads[e]
                        let head = flags[Int(w)]
                        if head & (SearchFlag.blocked | SearchFlag.source) != 0 {
                            if head & SearchFlag.danger != 0 { avoided.insert(Int(w)) }
                            continue
                        }
                        let next = tracked ? Int(w * L) + nextHop : Int(w)
                        let c = base + weight[Int(edgeClass[e])]
                        if c < cost[next] {
                            cost[next] = c
                            previous[next] = state
                            entering[next] = Int32(e)
                            heap.insert(SearchEntry(cost: c, state: Int32(next)))
                        }
                    }
                }
            }
            }
            }
            }
            }
        }
        return SearchTree(layers: layers, cost: cost, previous: previous, edge: entering, settled: settled,
            avoided: avoided)
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

/// What a search needs to know about a vertex, one bit each.
enum SearchFlag {
    /// Never entered.
    static let blocked: UInt8 = 1
    /// Blocked and dangerous: touching it is recorded in ``SearchTree/avoided``.
    static let danger: UInt8 = 2
    /// A group member: the search starts here and never re-enters it.
    static let source: UInt8 = 4
    /// A vertex whose settled state is recorded.
    static let target: UInt8 = 8
}

/// Hands `body` the buffers of the search's arrays at once.
@inline(__always)
private func withUnsafeBuffers<R>(
    _ cost: inout [Double], _ previous: inout [Int32], _ entering: inout [Int32], _ settled: inout [Int32],
    _ flags: [UInt8],
    _ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>,
        UnsafeMutableBufferPointer<Int32>, UnsafeBufferPointer<UInt8>) -> R
) -> R {
    cost.withUnsafeMutableBufferPointer { c in
        previous.withUnsafeMutableBufferPointer { p in
            entering.withUnsafeMutableBufferPointer { e in
                settled.withUnsafeMutableBufferPointer { s in
                    flags.withUnsafeBufferPointer { f in body(c, p, e, s, f) }
                }
            }
        }
    }
}
