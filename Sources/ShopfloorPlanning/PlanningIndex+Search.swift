import CPrefetch
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
        maxSteps: Int? = nil, queue kind: SearchQueueKind = .fastest
    ) -> SearchTree {
        let minStep = classes.weight.min() ?? 0
        let maxStep = (classes.weight.max() ?? 0) + (danger.isSubset(of: blocked) ? maxPassCost.safe : maxPassCost.any)
        if kind == .fastest, var buckets = SearchBuckets(minStep: minStep, maxStep: maxStep) {
            return search(from: sources, placeSeeds: placeSeeds, targets: goals, blocked: blocked, maxSteps: maxSteps,
                queue: &buckets)
        }
        var heap = SearchHeap(capacity: min(vertexCount * ((maxSteps ?? 0) + 1), 1 << 16))
        return search(from: sources, placeSeeds: placeSeeds, targets: goals, blocked: blocked, maxSteps: maxSteps,
            queue: &heap)
    }

    /// The search with a given queue (every queue pops the same sequence, so the tree is the same).
    ///
    /// Blocked states, and the states of sources past their first, hold a cost of minus infinity while the
    /// search runs, so the inner loop's one load of the head's cost also says "never enter" (no second load of
    /// the head's flags per edge); the flags are read only when a relaxation fails against a cost of zero or
    /// less, to record a dangerous person touched. Those costs are set back to infinity before returning.
    private func search<Queue: SearchQueue>(
        from sources: [Int32], placeSeeds: [(place: Int32, member: Int32)], targets goals: [Int32], blocked: BitSet,
        maxSteps: Int?, queue: inout Queue
    ) -> SearchTree {
        let layers = (maxSteps ?? 0) + 1
        let tracked = maxSteps != nil
        let n = vertexCount * layers
        var cost = [Double](repeating: .infinity, count: n)
        var previous = [Int32](repeating: -1, count: n)
        var entering = [Int32](repeating: -1, count: n)
        var settled = [Int32](repeating: -1, count: vertexCount)
        // One byte per vertex says what the search needs to know about a vertex when it settles it or when a
        // relaxation into it fails.
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
        var avoided = BitSet()
        let L = Int32(layers)
        for s in sources where cost[Int(s * L)] > 0 {
            cost[Int(s * L)] = 0
            queue.insert(SearchEntry(cost: 0, state: s * L, from: -1, edge: -1))
        }
        if maxSteps.map({ $0 >= 1 }) ?? true {
            for seed in placeSeeds
            where flags[Int(seed.place)] & SearchFlag.blocked == 0 && flags[Int(seed.member)] & SearchFlag.source != 0 {
                let state = seed.place * L + (tracked ? 1 : 0)
                guard cost[Int(state)] > 0 else { continue }
                cost[Int(state)] = 0
                queue.insert(SearchEntry(cost: 0, state: state, from: seed.member * L, edge: -1))
            }
        }
        // Never entered: every state of a blocked vertex, every state of a source but the first.
        let closed = blocked.union(sources.lazy.map { Int($0) })
        for v in closed where v < vertexCount {
            for state in (v * layers)..<((v + 1) * layers) where cost[state] == .infinity { cost[state] = -.infinity }
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
                while remaining > 0, let entry = queue.popMin() {
                    // The coming pops are known (a sorted bucket): start loading their rows now. Eight pops
                    // ahead, the offsets and the cost; four ahead, the start of the edge row; the next one,
                    // the cost of each head.
                    if let ahead = queue.upcoming(8) {
                        prefetch(offsets, Int(tracked ? ahead / L : ahead))
                        prefetch(cost, Int(ahead))
                    }
                    if let soon = queue.upcoming(4) {
                        let start = Int(offsets[Int(tracked ? soon / L : soon)])
                        prefetch(heads, start)
                        prefetch(edgeClass, start)
                    }
                    if !tracked, let next = queue.upcoming(0) {
                        for e in Int(offsets[Int(next)])..<Int(offsets[Int(next) + 1]) { prefetch(cost, Int(heads[e])) }
                    }
                    let state = entry.state
                    guard entry.cost <= cost[Int(state)] else { continue }
                    previous[Int(state)] = entry.from
                    entering[Int(state)] = entry.edge
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
                        let next = tracked ? Int(w * L) + nextHop : Int(w)
                        let c = base + weight[Int(edgeClass[e])]
                        let old = cost[next]
                        if c < old {
                            cost[next] = c
                            queue.insert(SearchEntry(cost: c, state: Int32(next), from: state, edge: Int32(e)))
                        } else if old <= 0, flags[Int(w)] & SearchFlag.danger != 0 {
                            avoided.insert(Int(w))
                        }
                    }
                }
            }
            }
            }
            }
            }
        }
        for v in closed where v < vertexCount {
            for state in (v * layers)..<((v + 1) * layers) where cost[state] == -.infinity { cost[state] = .infinity }
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

/// Which priority queue a search runs on (every one gives the same tree; tests compare them).
enum SearchQueueKind {
    /// The bucket queue when the costs allow it, otherwise the heap.
    case fastest
    /// The 4-ary heap, whatever the costs.
    case heap
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

/// Hints the processor to start loading `buffer[i]` (nothing when the buffer is empty).
@inline(__always)
private func prefetch<T>(_ buffer: UnsafeBufferPointer<T>, _ i: Int) {
    if let base = buffer.baseAddress { shopfloor_prefetch(base + i) }
}

@inline(__always)
private func prefetch<T>(_ buffer: UnsafeMutableBufferPointer<T>, _ i: Int) {
    if let base = buffer.baseAddress { shopfloor_prefetch(base + i) }
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
