import Foundation
import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

/// A timing run, not a test: enabled with `SHOPFLOOR_BENCH=<people>` (e.g. 1000000), it builds a synthetic
/// national-scale graph (plants of 2,400, ten ties a person), times the index and one `plan reach`, and prints
/// the numbers. Nothing is asserted about time. Run it on a release build for real numbers:
/// `SHOPFLOOR_BENCH=1000000 swift test -c release --filter BenchmarkTests`.
@Suite struct BenchmarkTests {
    static let people = Int(ProcessInfo.processInfo.environment["SHOPFLOOR_BENCH"] ?? "") ?? 0

    static func synthetic(people n: Int) -> OrganizingGraph {
        var rng = SeededRandom(seed: 42)
        let plantSize = 2400
        let plants = max(1, n / plantSize)
        var places: [Place] = (0..<max(1, n / 1000)).map { Place(id: Place.ID("n\($0)"), kind: .neighbourhood, name: "") }
        places += (0..<max(1, n / 500)).map { Place(id: Place.ID("pub\($0)"), kind: .pub, name: "") }
        var workplaces: [Workplace] = []
        for w in 0..<plants {
            places.append(Place(id: Place.ID("g\(w)"), kind: .gate, name: "", workplace: Workplace.ID("w\(w)")))
            let shops = (0..<10).map { Shop(id: Shop.ID("w\(w)-s\($0)"), name: "", headcount: 240) }
            let shifts = (0..<3).map { i in Shift(id: Shift.ID("w\(w)-f\(i)"), name: "", start: TimeOfDay(hour: i * 8, minute: 0)!,
                end: TimeOfDay(hour: (i * 8 + 8) % 24, minute: 0)!, gate: Place.ID("g\(w)")) }
            workplaces.append(Workplace(id: Workplace.ID("w\(w)"), name: "", headcount: plantSize, shops: shops, shifts: shifts))
        }
        let neighbourhoods = max(1, n / 1000), pubs = max(1, n / 500)
        var persons: [Person] = []
        persons.reserveCapacity(n)
        for i in 0..<n {
            let w = i % plants
            var p = Person(id: Person.ID("p\(i)"), name: "", workplace: Workplace.ID("w\(w)"),
                shop: Shop.ID("w\(w)-s\(Int.random(in: 0..<10, using: &rng))"),
                shift: Shift.ID("w\(w)-f\(Int.random(in: 0..<3, using: &rng))"),
                home: Place.ID("n\(Int.random(in: 0..<neighbourhoods, using: &rng))"))
            p.affiliation = Int.random(in: 0..<100, using: &rng) == 0 ? .informer : .nonParty
            if Int.random(in: 0..<4, using: &rng) == 0 { p.frequents = [Place.ID("pub\(Int.random(in: 0..<pubs, using: &rng))")] }
            persons.append(p)
        }
        for i in 0..<4 { persons.append(Person(id: Person.ID("street\(i)"), name: "", home: "n0", affiliation: .member)) }
        var ties: [Tie] = []
        ties.reserveCapacity(n * 5)
        for i in 0..<(n * 5) {
            let a = Int.random(in: 0..<persons.count, using: &rng), b = Int.random(in: 0..<persons.count, using: &rng)
            if a != b { ties.append(Tie(persons[a].id, persons[b].id, kind: .friend, strength: 1 + i % 3)) }
        }
        let cell = Cell(id: "street", kind: .street, targets: ["w0"], members: (0..<4).map { Person.ID("street\($0)") })
        return OrganizingGraph(name: "synthetic", workplaces: workplaces, people: persons, cells: [cell], places: places, ties: ties)
    }

    @Test(.enabled(if: people > 0)) func reachAtScale() throws {
        let clock = ContinuousClock()
        var graph: OrganizingGraph!
        let build = clock.measure { graph = Self.synthetic(people: Self.people) }
        var index: PlanningIndex!
        let indexing = clock.measure { index = PlanningIndex(graph: graph) }
        var plan: ReachPlan!
        let reach = try clock.measure { plan = try Planning.reach(index, from: .cell("street"), into: "w0") }
        print("bench: \(Self.people) people, \(graph.ties.count) ties, \(index.vertexCount) vertices, \(index.edgeCount) edges")
        print("bench: synthetic graph \(build), index \(indexing), plan reach \(reach) "
            + "(\(plan.paths.count) paths, \(plan.unreachable.count) unreachable)")
        #expect(!plan.paths.isEmpty)
    }
}
