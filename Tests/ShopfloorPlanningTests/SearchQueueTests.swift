import Collections
import ShopfloorModel
import Testing

@testable import ShopfloorPlanning

/// The search's two queues: the bucket queue pops what the heap pops, and the search grows the same tree on
/// either.
@Suite("Search queues give the same tree")
struct SearchQueueTests {
    /// Costs as the search makes them: sums of a few step costs, many of them equal (ties broken by state).
    @Test(arguments: 0..<8)
    func bucketsPopTheHeapsSequence(seed: Int) throws {
        var rng = SeededRandom(seed: UInt64(seed) &+ 7)
        let steps: [Double] = [0.56, 0.72, 1.0, 1.2000000000000002, 1.5, 3.5, 6.0, 13.0]
        var buckets = try #require(SearchBuckets(minStep: 0.56, maxStep: 13.0))
        var heap = SearchHeap()
        var popped: [SearchEntry] = []
        var last = 0.0
        // As in the search, a state is pushed again only at a lower cost, so no two entries tie on both keys.
        var best = [Double](repeating: .infinity, count: 1001)
        for s in 0..<Int32(20) {
            best[Int(1000 - s)] = 0
            buckets.insert(SearchEntry(cost: 0, state: 1000 - s, from: -1, edge: -1))
            heap.insert(SearchEntry(cost: 0, state: 1000 - s, from: -1, edge: -1))
        }
        // Pop one, push a few costlier ones (monotone, as Dijkstra), until both are empty.
        var next = Int32(0)
        while let a = heap.popMin() {
            let popB = buckets.popMin()
            let b = try #require(popB)
            #expect(a == b && a.from == b.from && a.edge == b.edge)
            #expect(a.cost >= last)
            last = a.cost
            popped.append(a)
            guard popped.count < 400 else { continue }
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                next += 1
                let entry = SearchEntry(cost: a.cost + steps[Int.random(in: 0..<steps.count, using: &rng)],
                    state: Int32.random(in: 0..<500, using: &rng), from: a.state, edge: next)
                guard entry.cost < best[Int(entry.state)] else { continue }
                best[Int(entry.state)] = entry.cost
                heap.insert(entry)
                buckets.insert(entry)
            }
        }
        #expect(buckets.popMin() == nil)
        #expect(popped.count > 100)
        #expect(popped == popped.sorted())
    }

    @Test func bucketsRefuseCostsTheyCannotOrder() {
        #expect(SearchBuckets(minStep: 0, maxStep: 1) == nil)
        #expect(SearchBuckets(minStep: 1, maxStep: .infinity) == nil)
        #expect(SearchBuckets(minStep: 0.001, maxStep: 1000) == nil)
        #expect(SearchBuckets(minStep: 0.56, maxStep: 1014) != nil)
    }

    @Test(arguments: 0..<24)
    func searchGrowsTheSameTreeOnEitherQueue(seed: Int) throws {
        let (graph, group) = RandomGraphs.make(seed: UInt64(seed) &+ 500)
        let index = PlanningIndex(graph: graph)
        let workplace = try #require(graph.workplaces.first?.id)
        let members = group.compactMap { index.vertex(of: $0) }.sorted()
        let seeds = index.placeSeeds(members: members, workplace: workplace)
        let everyone = (0..<Int32(index.vertexCount)).map { $0 }
        let some = everyone.filter { $0 % 3 == 1 }
        for (targets, blocked, limit) in [(everyone, index.danger, nil), (some, index.danger, nil),
            (everyone, BitSet(), nil), (everyone, index.danger, 2), (some, index.danger, 3)] as [([Int32], BitSet, Int?)]
        {
            let fast = index.search(from: members, placeSeeds: seeds, targets: targets, blocked: blocked, maxSteps: limit)
            let heap = index.search(from: members, placeSeeds: seeds, targets: targets, blocked: blocked, maxSteps: limit,
                queue: .heap)
            #expect(fast.cost == heap.cost, "seed \(seed)")
            #expect(fast.previous == heap.previous, "seed \(seed)")
            #expect(fast.edge == heap.edge, "seed \(seed)")
            #expect(fast.settled == heap.settled, "seed \(seed)")
            #expect(fast.avoided == heap.avoided, "seed \(seed)")
            for v in blocked where v < index.vertexCount && !members.contains(Int32(v)) { #expect(fast.cost[v * (fast.layers)].isInfinite) }
        }
    }
}
