import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

/// `plan core` re-implemented from `Docs/plan-json.md` ("The objective of plan core", "Influence") by brute
/// force: every set of k candidates, the document's keys in the document's order. Nothing here calls the
/// planner's selection; the planner's own answer must be the same contacts in the same order.
@Suite struct CoreObjectiveTests {
    /// A candidate as the document describes it.
    struct Item {
        var id: String
        var segment: String?
        var score: Double
        var stage: Int
    }

    /// Objective 5, presentation 6 and dropping 7 of the document, over every k-subset.
    static func documentedChoice(_ items: [Item], headcount: [String: Int], size: ClosedRange<Int>)
        -> (ids: [String], gains: [Int])
    {
        let k = min(size.upperBound, items.count)
        func coverage(_ set: [Int]) -> Int { Set(set.compactMap { items[$0].segment }).reduce(0) { $0 + (headcount[$1] ?? 0) } }
        func total(_ set: [Int]) -> Double { set.reduce(0) { $0 + items[$1].score } }
        func sortedKeys(_ set: [Int]) -> [(Double, String)] {
            set.map { (items[$0].score, items[$0].id) }.sorted { $0 < $1 }
        }
        func precedes(_ a: [(Double, String)], _ b: [(Double, String)]) -> Bool {
            for (x, y) in zip(a, b) where x != y { return x < y }
            return false
        }
        var best: [Int]?
        func consider(_ set: [Int]) {
            guard let current = best else { best = set; return }
            let (ca, cb) = (coverage(set), coverage(current))
            if ca != cb { if ca > cb { best = set }; return }
            let (sa, sb) = (total(set), total(current))
            if abs(sa - sb) > 1e-9 { if sa < sb { best = set }; return }
            if precedes(sortedKeys(set), sortedKeys(current)) { best = set }
        }
        func visit(_ start: Int, _ set: [Int]) {
            if set.count == k { consider(set); return }
            guard start < items.count else { return }
            for i in start..<items.count { visit(i + 1, set + [i]) }
        }
        visit(0, [])
        var rest = best ?? []
        var covered = Set<String>()
        var order: [(Int, Int)] = []
        while !rest.isEmpty {
            func gain(_ i: Int) -> Int { items[i].segment.map { covered.contains($0) ? 0 : headcount[$0] ?? 0 } ?? 0 }
            let next = rest.min { a, b in
                let (x, y) = (items[a], items[b])
                if x.stage != y.stage { return x.stage < y.stage }
                if gain(a) != gain(b) { return gain(a) > gain(b) }
                if x.score != y.score { return x.score < y.score }
                return x.id < y.id
            }!
            order.append((next, gain(next)))
            if let s = items[next].segment { covered.insert(s) }
            rest.removeAll { $0 == next }
        }
        while order.count > size.lowerBound, let last = order.lastIndex(where: { $0.1 == 0 }) { order.remove(at: last) }
        return (order.map { items[$0.0].id }, order.map(\.1))
    }

    /// Random instances with many equal scores (so the tie-break decides often) and all three stages.
    static func randomItems(seed: UInt64) -> ([Item], [String: Int]) {
        var rng = SeededRandom(seed: seed)
        let segments = (0..<Int.random(in: 1...6, using: &rng)).map { "s\($0)@f" }
        var headcount: [String: Int] = [:]
        for s in segments { headcount[s] = [0, 10, 10, 25, 60][Int.random(in: 0..<5, using: &rng)] }
        let items = (0..<Int.random(in: 1...11, using: &rng)).map { i in
            Item(id: "c\(Int.random(in: 0...99, using: &rng))-\(i)",
                segment: Int.random(in: 0..<6, using: &rng) == 0 ? nil : segments.randomElement(using: &rng),
                score: [1.5, 2, 2, 3.25, 4.125, 7][Int.random(in: 0..<6, using: &rng)], stage: Int.random(in: 1...3, using: &rng))
        }
        return (items, headcount)
    }

    @Test(arguments: 0..<300) func selectionFollowsTheDocument(seed: Int) {
        let (items, headcount) = Self.randomItems(seed: UInt64(seed))
        let candidates = items.map { CoreCandidate(id: $0.id, segment: $0.segment.flatMap(SegmentID.init(parsing:)), score: $0.score, stage: $0.stage) }
        var weights: [SegmentID: Int] = [:]
        for (s, h) in headcount { if let id = SegmentID(parsing: s) { weights[id] = h } }
        for size in [1...1, 2...4, 3...5, 5...5] {
            let expected = Self.documentedChoice(items, headcount: headcount, size: size)
            let result = CoreSelection.select(candidates, weights: weights, size: size)
            #expect(result.exact)
            #expect(result.chosen.map { candidates[$0].id } == expected.ids, "seed \(seed) size \(size)")
            #expect(result.gains == expected.gains, "seed \(seed) size \(size)")
        }
    }

    /// The whole plan from the document: candidates and their cost and risk from `plan reach` (its own
    /// contract), influence from the ties, scores and the choice by brute force.
    @Test(arguments: 0..<60) func corePlanFollowsTheDocument(seed: Int) throws {
        let (graph, group) = RandomGraphs.make(seed: UInt64(seed) + 7000)
        guard let reach = try? Planning.reach(graph, from: .people(group), into: "w") else { return }
        let core = try Planning.core(graph, into: "w", from: .people(group))
        let costs = CostTable.standard
        let units = InfluenceTests.documentedUnits(graph)
        guard let workplace = graph.workplace("w") else { return }
        // Headcount split (document, 1).
        var headcount: [String: Int] = [:]
        for shop in workplace.shops {
            for (i, shift) in workplace.shifts.enumerated() {
                let n = workplace.shifts.count
                let known = graph.people.filter { $0.workplace == "w" && $0.shop == shop.id && $0.shift == shift.id }.count
                headcount["\(shop.id)@\(shift.id)"] = shop.headcount > 0
                    ? shop.headcount / n + (i < shop.headcount % n ? 1 : 0) : known
            }
        }
        let approach: [Affiliation: Double] = [.sympathizer: costs.approach[1] ?? 0, .nonParty: costs.approach[1] ?? 0,
            .reformistUnion: costs.approach[2] ?? 0, .socialDemocrat: costs.approach[2] ?? 0, .fascist: costs.approach[3] ?? 0]
        var items: [Item] = []
        for path in reach.paths {
            var item = Item(id: path.target.description, segment: nil, score: 0, stage: 1)
            var penalty: Double, lack: Double
            if let id = path.target.person, let person = graph.person(id) {
                let segment = "\(person.shop?.rawValue ?? "?")@\(person.shift?.rawValue ?? "?")"
                item.segment = headcount[segment] != nil ? segment : nil
                let share = InfluenceTests.documentedShare(units, person, in: graph)
                penalty = (approach[person.affiliation] ?? 0) + (costs.passAssessment[person.assessment] ?? 0)
                lack = costs.influenceWeight * (1 - share)
                item.stage = person.isDanger ? 4 : [.reformistUnion: 2, .socialDemocrat: 2, .fascist: 3][person.affiliation] ?? 1
            } else {
                item.segment = path.target.description
                penalty = (costs.approach[1] ?? 0) + (costs.passAssessment[.unassessed] ?? 0)
                lack = costs.influenceWeight
            }
            item.score = ((((path.cost + penalty) + path.risk * costs.riskWeight) + lack) * 1000).rounded() / 1000
            items.append(item)
        }
        #expect(core.candidates == items.count)
        let expected = Self.documentedChoice(items, headcount: headcount, size: 3...5)
        #expect(core.contacts.map(\.target.description) == expected.ids, "seed \(seed)")
        #expect(core.contacts.map(\.gain) == expected.gains, "seed \(seed)")
        for contact in core.contacts {
            let item = items.first { $0.id == contact.target.description }
            #expect(item.map { abs($0.score - contact.score) < 1e-9 } == true, "seed \(seed) \(contact.target)")
        }
    }

    /// Where the greedy method runs on instances the exact one also solves: its coverage is never above the
    /// optimum, and its gap stays small (the numbers are printed; `make bench` prints them for larger pools).
    @Test func greedyGapToTheOptimum() {
        var instances = 0, equal = 0, worst = 0.0, sum = 0.0, excess = 0.0
        for seed in 0..<400 {
            let (items, headcount) = Self.randomItems(seed: UInt64(seed) + 90_000)
            let candidates = items.map { CoreCandidate(id: $0.id, segment: $0.segment.flatMap(SegmentID.init(parsing:)), score: $0.score) }
            var weights: [SegmentID: Int] = [:]
            for (s, h) in headcount { if let id = SegmentID(parsing: s) { weights[id] = h } }
            let exact = CoreSelection.select(candidates, weights: weights, size: 3...5)
            let greedy = CoreSelection.select(candidates, weights: weights, size: 3...5, exactLimit: 0)
            guard exact.exact, !greedy.exact || candidates.count == 0 else { continue }
            #expect(greedy.covered <= exact.covered)
            guard exact.covered > 0 else { continue }
            instances += 1
            let gap = Double(exact.covered - greedy.covered) / Double(exact.covered)
            if gap == 0 {
                // Same coverage: the exact set has the lowest score sum, greedy can only match or exceed it.
                #expect(greedy.score >= exact.score - 1e-9)
                if greedy.score <= exact.score + 1e-9 { equal += 1 }
                excess += (greedy.score - exact.score) / max(exact.score, 1e-9)
            }
            worst = max(worst, gap)
            sum += gap
        }
        print("greedy against exact over \(instances) instances: \(equal) optimal; coverage gap mean "
            + "\(sum / Double(max(1, instances))), worst \(worst); score excess mean \(excess / Double(max(1, instances)))")
        #expect(instances > 200)
        #expect(worst < 0.5)
    }
}
