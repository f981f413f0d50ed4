import Foundation
import ShopfloorGenerator
import ShopfloorModel
import ShopfloorPlanning

/// The bench phases of `plan core`'s judgement: influence on one large plant (linear time, shown by doubling the
/// plant) and the greedy method's gap to the exact optimum where both run.
enum JudgementPhases {
    /// One plant of `workers` workers in 40 shops × 3 shifts, each worker with about 6 ties (4 of them inside
    /// their own shop), strengths 1…3, from a fixed seed.
    static func plant(workers: Int, seed: UInt64) -> OrganizingGraph {
        var rng = SplitMix64(seed: seed)
        let shifts = (0..<3).map { i in
            Shift(id: Shift.ID("f\(i)"), name: "F\(i)", start: TimeOfDay(hour: i * 8, minute: 0) ?? .midnight,
                end: TimeOfDay(hour: (i * 8 + 8) % 24, minute: 0) ?? .midnight)
        }
        let shops = (0..<40).map { Shop(id: Shop.ID("s\($0)"), name: "S\($0)", headcount: workers / 40) }
        let people = (0..<workers).map { i in
            Person(id: Person.ID("w\(i)"), name: "W", workplace: "big", shop: shops[i % 40].id, shift: shifts[(i / 40) % 3].id)
        }
        var ties: [Tie] = []
        ties.reserveCapacity(3 * workers)
        for i in 0..<workers {
            for t in 0..<3 {
                // Two of three ties stay in the shop (same i mod 40), one goes anywhere.
                let j = t < 2 ? (i + 40 * Int(1 + rng.next() % UInt64(max(1, workers / 40 - 1)))) % workers
                    : (i + 1 + Int(rng.next() % UInt64(workers - 1))) % workers
                ties.append(Tie(people[i].id, people[j].id, kind: .coworker, strength: Int(1 + rng.next() % 3)))
            }
        }
        let workplace = Workplace(id: "big", name: "Big", headcount: workers, shops: shops, shifts: shifts)
        return OrganizingGraph(name: "influence bench", workplaces: [workplace], people: people, places: [], ties: ties)
    }

    /// Times influence at 10,000 and 20,000 workers; the note gives the work (adjacency reads) and the ratio.
    static func influence(into results: inout [PhaseResult]) {
        var seconds: [Double] = []
        for workers in [10_000, 20_000] {
            let graph = plant(workers: workers, seed: UInt64(workers))
            let influence = Measure.phase("influence \(workers / 1000)k plant", into: &results) {
                WorkplaceInfluence(graph: graph)
            }
            seconds.append(results[results.count - 1].seconds)
            let top = (0..<graph.people.count).max { influence.influence($0) < influence.influence($1) } ?? 0
            results[results.count - 1].note = "\(workers) workers, \(graph.ties.count) ties, \(influence.visits) reads, "
                + "most tied-in \(graph.people[top].id) (\(influence.coworkerTies(top)) coworkers)"
                + (seconds.count == 2 ? String(format: "; time 20k/10k = %.2f", seconds[1] / max(seconds[0], 1e-9)) : "")
        }
    }

    /// Greedy against exact `plan core` selection on random pools both can solve: how often greedy is optimal,
    /// its mean and worst coverage gap, and on equal coverage its excess in the sum of scores (the second key:
    /// each contact covers one segment, so the first key alone is easy and the second is where greedy can err).
    static func greedyGap(into results: inout [PhaseResult]) {
        var rng = SplitMix64(seed: 17)
        var instances = 0, optimal = 0, worst = 0.0, total = 0.0, excess = 0.0, worstExcess = 0.0
        Measure.phase("greedy gap", into: &results) {
            for _ in 0..<500 {
                let m = 4 + Int(rng.next() % 12)
                let segments = (0..<m).map { SegmentID(shop: Shop.ID("s\($0)"), shift: "f") }
                var weights: [SegmentID: Int] = [:]
                for s in segments { weights[s] = Int(rng.next() % 200) }
                let n = 6 + Int(rng.next() % 40)
                let candidates = (0..<n).map { i in
                    CoreCandidate(id: "c\(i)", segment: segments[Int(rng.next() % UInt64(m))],
                        score: Double(rng.next() % 4000) / 1000)
                }
                let exact = CoreSelection.select(candidates, weights: weights, size: 3...5)
                let greedy = CoreSelection.select(candidates, weights: weights, size: 3...5, exactLimit: 0)
                guard exact.exact, !greedy.exact, exact.covered > 0 else { continue }
                instances += 1
                let gap = Double(exact.covered - greedy.covered) / Double(exact.covered)
                let extra = gap == 0 ? (greedy.score - exact.score) / max(exact.score, 1e-9) : 0
                if gap == 0 && extra < 1e-9 { optimal += 1 }
                worst = max(worst, gap)
                total += gap
                excess += extra
                worstExcess = max(worstExcess, extra)
            }
        }
        results[results.count - 1].note = String(format: "%d pools (4-15 segments, 6-45 candidates, k=5): %d optimal, "
            + "coverage gap mean %.2f%% worst %.2f%%; score sum above the optimum mean %.2f%% worst %.2f%%", instances,
            optimal, 100 * total / Double(max(1, instances)), 100 * worst, 100 * excess / Double(max(1, instances)),
            100 * worstExcess)
    }
}
