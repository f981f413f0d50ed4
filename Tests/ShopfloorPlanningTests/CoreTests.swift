import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

@Suite struct CoreTests {
    /// Brute force: every subset of exactly k candidates, no pruning.
    static func bruteForce(_ c: [CoreCandidate], _ w: [SegmentID: Int], k: Int) -> (Int, Double) {
        var best: (Int, Double)?
        func visit(_ start: Int, _ set: [Int]) {
            if set.count == k {
                let v = CoreSelection.value(set, c, w)
                if best.map({ CoreSelection.better(v, than: $0) }) ?? true { best = v }
                return
            }
            guard start < c.count else { return }
            for i in start..<c.count { visit(i + 1, set + [i]) }
        }
        visit(0, [])
        return best ?? (0, 0)
    }

    static func randomCandidates(seed: UInt64) -> ([CoreCandidate], [SegmentID: Int]) {
        var rng = SeededRandom(seed: seed)
        let segments = (0..<Int.random(in: 2...7, using: &rng)).map { SegmentID(shop: Shop.ID("s\($0 / 3)"), shift: Shift.ID("f\($0 % 3)")) }
        var weights: [SegmentID: Int] = [:]
        for s in segments { weights[s] = Int.random(in: 0...100, using: &rng) }
        let candidates = (0..<Int.random(in: 3...13, using: &rng)).map { i in
            CoreCandidate(id: "c\(i)", segment: Int.random(in: 0..<6, using: &rng) == 0 ? nil : segments.randomElement(using: &rng),
                score: Double(Int.random(in: 1...40, using: &rng)) / 4)
        }
        return (candidates, weights)
    }

    @Test(arguments: 0..<80) func exactMatchesBruteForce(seed: Int) {
        let (candidates, weights) = Self.randomCandidates(seed: UInt64(seed))
        for k in 3...5 where k <= candidates.count {
            let result = CoreSelection.select(candidates, weights: weights, size: k...k)
            #expect(result.exact)
            #expect(result.chosen.count == k)
            let brute = Self.bruteForce(candidates, weights, k: k)
            let mine = CoreSelection.value(result.chosen, candidates, weights)
            #expect(mine.0 == brute.0, "seed \(seed) k \(k)")
            #expect(abs(mine.1 - brute.1) < 1e-9, "seed \(seed) k \(k)")
            #expect(result.gains.reduce(0, +) == mine.0)
        }
    }

    @Test(arguments: 0..<30) func greedyIsNeverWorseThanAnyStartAndCloseToExact(seed: Int) {
        let (candidates, weights) = Self.randomCandidates(seed: UInt64(seed) + 1000)
        let k = min(4, candidates.count)
        let greedy = CoreSelection.select(candidates, weights: weights, size: k...k, exactLimit: 0)
        #expect(!greedy.exact)
        let brute = Self.bruteForce(candidates, weights, k: k)
        // Single-swap local optimum: coverage within the best one segment's weight at worst; usually equal.
        #expect(greedy.covered <= brute.0)
        #expect(greedy.chosen.count == k)
        #expect(Set(greedy.chosen).count == k)
    }

    @Test func rangeDropsContactsThatAddNothing() {
        let s = SegmentID(shop: "a", shift: "x")
        let t = SegmentID(shop: "b", shift: "x")
        let candidates = [CoreCandidate(id: "p", segment: s, score: 1), CoreCandidate(id: "q", segment: s, score: 2),
            CoreCandidate(id: "r", segment: t, score: 5), CoreCandidate(id: "u", segment: nil, score: 0.5)]
        let result = CoreSelection.select(candidates, weights: [s: 10, t: 3], size: 2...4)
        #expect(result.chosen.map { candidates[$0].id } == ["p", "r"])
        #expect(result.gains == [10, 3])
    }

    @Test func corePlanForTheMiniPlant() throws {
        let graph = try Fixtures.miniPlant()
        let plan = try Planning.core(graph, into: "mp")
        #expect(plan.from.cell == "kirazli-street")
        #expect((3...5).contains(plan.contacts.count))
        #expect(plan.method == "exact")
        #expect(plan.contacts.allSatisfy { !["inf1", "mgr1"].contains($0.target) })
        #expect(plan.coveredHeadcount == plan.contacts.reduce(0) { $0 + $1.gain })
        #expect(plan.totalHeadcount == 180)
        let gains = plan.contacts.map(\.gain)
        #expect(gains == gains.sorted(by: >))
        #expect(throws: PlanningError.noGroup(workplace: "tiny")) { try Planning.core(graph, into: "tiny") }
    }
}
