import Foundation
import ShopfloorModel
import ShopfloorStore
import Testing
@testable import ShopfloorPlanning

/// Influence among coworkers: the measure of `Docs/plan-json.md` ("Influence"), its linear work, and what it
/// does to `plan core`.
@Suite struct InfluenceTests {
    /// One plant `pl` with one shop and one shift whose gate is `g`, `workers` neutral workers `w01…`, a street
    /// cell `st` of one member living elsewhere, and the given ties (YAML flow lists).
    static func onePlant(workers: Int, headcount: Int? = nil, ties: [String], extraPeople: [String] = []) throws
        -> OrganizingGraph
    {
        let headcount = headcount ?? workers
        let people = (0..<workers).map { $0 + 1 }.map { String(format: "  - {id: w%02d, name: W%02d, shop: sh, shift: a}", $0, $0) }
        let text = """
            name: one segment
            places:
              - {id: far, kind: neighbourhood, name: Far}
            workplaces:
              - id: pl
                name: Plant
                headcount: \(headcount)
                gates: [g]
                shops: [{id: sh, name: Shop, headcount: \(headcount)}]
                shifts: [{id: a, name: Day, start: "07:00", end: "15:00", gate: g}]
            people:
              - {id: m1, name: Member, home: far, affiliation: member}
            \((people + extraPeople).joined(separator: "\n"))
            cells:
              - {id: st, kind: street, neighbourhood: far, targets: [pl], members: [m1]}
            ties:
            \(ties.map { "  - \($0)" }.joined(separator: "\n"))
            """
        return try GraphFile.parse(text: text, path: "one-segment.yaml")
    }

    /// The measure computed straight from the document with dictionaries (no CSR, no stamps), in its exact
    /// integer form `18 · influence = 6 · S(v) + Σ st · (S(u) − st)`.
    static func documentedUnits(_ graph: OrganizingGraph) -> [Person.ID: Int] {
        var w: [Person.ID: [Person.ID: Int]] = [:]
        for tie in graph.ties {
            guard let a = graph.person(tie.a), let b = graph.person(tie.b), a.id != b.id, !a.isDanger, !b.isDanger,
                let wa = a.workplace, wa == b.workplace, graph.workplace(wa) != nil else { continue }
            let strength = min(3, max(1, tie.strength))
            w[a.id, default: [:]][b.id] = max(w[a.id]?[b.id] ?? 0, strength)
            w[b.id, default: [:]][a.id] = max(w[b.id]?[a.id] ?? 0, strength)
        }
        func s(_ v: Person.ID) -> Int { (w[v] ?? [:]).values.reduce(0, +) }
        var result: [Person.ID: Int] = [:]
        for p in graph.people {
            var two = 0
            for (u, st) in w[p.id] ?? [:] { two += st * (s(u) - st) }
            result[p.id] = 6 * s(p.id) + two
        }
        return result
    }

    /// A worker's share as the document rounds it: units / max(the workplace's largest, 54), half up, 3 decimals.
    static func documentedShare(_ units: [Person.ID: Int], _ person: Person, in graph: OrganizingGraph) -> Double {
        guard let w = person.workplace, !person.isDanger else { return 0 }
        let top = max(54, graph.people.filter { $0.workplace == w && !$0.isDanger }.map { units[$0.id] ?? 0 }.max() ?? 0)
        let x = Double(units[person.id] ?? 0) * 1000 / Double(top)
        let floor = x.rounded(.down)
        return (x - floor >= 0.5 ? floor + 1 : floor) / 1000
    }

    @Test(arguments: 0..<40) func matchesTheDocumentedMeasure(seed: Int) {
        let (graph, _) = RandomGraphs.make(seed: UInt64(seed) + 500)
        let influence = WorkplaceInfluence(graph: graph)
        let expected = Self.documentedUnits(graph)
        for (i, p) in graph.people.enumerated() {
            #expect(influence.units(i) == expected[p.id] ?? 0, "seed \(seed) \(p.id)")
            #expect(abs(influence.influence(i) - Double(expected[p.id] ?? 0) / 18) < 1e-12)
            #expect(influence.share(i) == Self.documentedShare(expected, p, in: graph), "seed \(seed) \(p.id)")
        }
    }

    /// Linear work, by structure: every kept tie is read twice in the first pass and each distinct pair twice in
    /// the second, so the reads are at most 4 per tie; doubling the plant doubles them.
    @Test func workIsLinearInTheTies() {
        func plant(_ n: Int) -> (graph: OrganizingGraph, ties: Int) {
            var rng = SeededRandom(seed: UInt64(n))
            let people = (0..<n).map { Person(id: Person.ID("w\($0)"), name: "W", workplace: "pl", shop: "sh", shift: "a") }
            var ties: [Tie] = []
            for i in 0..<n {
                for _ in 0..<3 {
                    let j = (i + Int.random(in: 1..<n, using: &rng)) % n
                    ties.append(Tie(people[i].id, people[j].id, kind: .coworker, strength: Int.random(in: 1...3, using: &rng)))
                }
            }
            let shift = Shift(id: "a", name: "A", start: TimeOfDay(hour: 7, minute: 0)!, end: TimeOfDay(hour: 15, minute: 0)!)
            let workplace = Workplace(id: "pl", name: "P", headcount: n, shops: [Shop(id: "sh", name: "S", headcount: n)],
                shifts: [shift])
            return (OrganizingGraph(name: "big", workplaces: [workplace], people: people, places: [], ties: ties), ties.count)
        }
        let (small, keptSmall) = plant(10_000)
        let (large, keptLarge) = plant(20_000)
        let a = WorkplaceInfluence(graph: small), b = WorkplaceInfluence(graph: large)
        // Every tie is kept (two different workers of one plant): 2 reads each in pass 1, at most 2 in pass 2.
        #expect(a.visits > 2 * keptSmall && a.visits <= 4 * keptSmall)
        #expect(b.visits > 2 * keptLarge && b.visits <= 4 * keptLarge)
        let ratio = Double(b.visits) / Double(a.visits)
        #expect(ratio > 1.9 && ratio < 2.1, "work ratio 20k/10k = \(ratio)")
    }

    /// The issue's case: one shop, one shift, every worker neutral and reached the same way (the gate); the
    /// worker everyone is tied to is picked, though their id sorts last.
    @Test func theCentralWorkerOfOneSegmentIsPicked() throws {
        let ties = (1...38).filter { $0 % 3 != 0 }.map { String(format: "[w39, w%02d, coworker, 2]", $0) }
            + ["[w01, w02, friend, 1]", "[w04, w05, friend, 2]"]
        let graph = try Self.onePlant(workers: 39, ties: ties)
        let plan = try Planning.core(graph, into: "pl")
        let picked = plan.contacts.map(\.target.description)
        #expect(picked.contains("w39"), "picked \(picked)")
        let hub = try #require(plan.contacts.first { $0.target.description == "w39" })
        #expect(hub.influence == 1)
        #expect(hub.coworkerTies == 26)
        #expect(hub.reason?.contains("ties to 26 coworkers") == true)
        #expect(hub.reason?.contains("1 step from the cell") == true)
        // Without influence in the score the same plan takes the first ids: influence is what picks w39.
        var flat = CostTable.standard
        flat.influenceWeight = 0
        let before = try Planning.core(graph, into: "pl", costs: flat).contacts.map(\.target.description)
        #expect(!before.contains("w39"), "picked without influence \(before)")
    }

    /// A core plan measures its workplace's influence on another thread while it builds its index: the job gives
    /// the same influence as measuring on the caller's thread, and the plan equals one built from an index first.
    @Test(arguments: 0..<30) func influenceMeasuredBesideTheIndexIsTheSame(seed: Int) throws {
        let (graph, group) = RandomGraphs.make(seed: UInt64(seed) + 9100)
        let serial = WorkplaceInfluence(graph: graph, workplaces: ["w"])
        let beside = try #require(BackgroundJob { WorkplaceInfluence(graph: graph, workplaces: ["w"]) }.wait())
        for i in graph.people.indices {
            #expect(beside.units(i) == serial.units(i), "seed \(seed) person \(i)")
            #expect(beside.share(i) == serial.share(i))
            #expect(beside.coworkerTies(i) == serial.coworkerTies(i))
        }
        let concurrent = try? Planning.core(graph, into: "w", from: .people(group))
        let afterIndex = try? Planning.core(PlanningIndex(graph: graph), into: "w", from: .people(group))
        #expect(concurrent == afterIndex, "seed \(seed)")
    }
}
