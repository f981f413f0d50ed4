import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

/// Influence and exposure measured for some workplaces or people only give those people the values the
/// whole-graph measures give them, and everyone else none.
struct ScopedMeasureTests {
    /// A graph of several workplaces (people in runs, some with none, some informers and managers), random
    /// ties of every strength (parallel ones, self-ties, ties to nobody), with or without the positions of the
    /// tie ends a workspace read carries.
    static func world(seed: UInt64, ends: Bool) -> OrganizingGraph {
        var rng = SeededRandom(seed: seed)
        let shift = Shift(id: "a", name: "A", start: TimeOfDay(hour: 7, minute: 0)!, end: TimeOfDay(hour: 15, minute: 0)!)
        let workplaces = (0..<4).map { k in
            Workplace(id: Workplace.ID("w\(k)"), name: "W\(k)", headcount: 50, shops: [Shop(id: "s", name: "S", headcount: 50)],
                shifts: [shift])
        }
        var people: [Person] = []
        for i in 0..<Int.random(in: 20...60, using: &rng) {
            var p = Person(id: Person.ID("p\(i)"), name: "P\(i)")
            let k = Int.random(in: 0...4, using: &rng)
            if k < 4 { (p.workplace, p.shop, p.shift) = (Workplace.ID("w\(k)"), "s", "a") }
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: p.affiliation = .informer
            case 1: p.role = .manager
            default: break
            }
            people.append(p)
        }
        people.sort { ($0.workplace?.rawValue ?? "~", $0.id) < ($1.workplace?.rawValue ?? "~", $1.id) }
        var ties: [Tie] = []
        for _ in 0..<(3 * people.count) {
            let a = people[Int.random(in: 0..<people.count, using: &rng)].id
            let b: Person.ID = Int.random(in: 0..<30, using: &rng) == 0 ? "nobody"
                : people[Int.random(in: 0..<people.count, using: &rng)].id
            ties.append(Tie(a, b, kind: .coworker, strength: Int.random(in: 0...4, using: &rng)))
        }
        let plain = OrganizingGraph(name: "scoped \(seed)", workplaces: workplaces, people: people, ties: ties)
        guard ends else { return plain }
        let positions = ties.flatMap { [$0.a, $0.b] }.map { Int32(plain.index(of: $0) ?? -1) }
        let graph = OrganizingGraph(name: plain.name, workplaces: workplaces, people: people, ties: ties, tieEnds: positions)
        #expect(graph.tieEnds != nil)
        return graph
    }

    @Test(arguments: 0..<30) func influenceOfSomeWorkplacesIsTheWholeGraphs(seed: Int) {
        for ends in [false, true] {
            let graph = Self.world(seed: UInt64(seed) + 900, ends: ends)
            let whole = WorkplaceInfluence(graph: graph)
            for scope in [["w0"], ["w1", "w3"], ["w0", "w1", "w2", "w3"], ["elsewhere"]] as [Set<Workplace.ID>] {
                let part = WorkplaceInfluence(graph: graph, workplaces: scope)
                for (i, p) in graph.people.enumerated() {
                    let inside = p.workplace.map(scope.contains) == true
                    #expect(part.share(i) == (inside ? whole.share(i) : 0), "seed \(seed) \(p.id) \(scope)")
                    #expect(part.units(i) == (inside ? whole.units(i) : 0))
                    #expect(part.coworkerTies(i) == (inside ? whole.coworkerTies(i) : 0))
                }
            }
        }
    }

    @Test func influenceOfAWorkplaceNeedsOnlyItsTies() {
        let graph = Self.world(seed: 77, ends: true)
        let whole = WorkplaceInfluence(graph: graph), part = WorkplaceInfluence(graph: graph, workplaces: ["w2"])
        #expect(part.visits < whole.visits)
        #expect(graph.people.indices.contains { whole.share($0) > 0 && graph.people[$0].workplace == "w2" })
    }

    @Test(arguments: 0..<30) func exposureOfSomePeopleIsTheWholeGraphs(seed: Int) {
        for ends in [false, true] {
            let graph = Self.world(seed: UInt64(seed) + 300, ends: ends)
            let whole = TieExposure(graph: graph)
            let chosen = Set(graph.people.indices.filter { $0 % 3 != 1 })
            let part = TieExposure(graph: graph, people: chosen.sorted())
            for (i, p) in graph.people.enumerated() {
                let expected = chosen.contains(i) ? whole.flag(i, person: p.id) : nil
                #expect(part.flag(i, person: p.id) == expected, "seed \(seed) \(p.id)")
            }
            #expect(graph.people.indices.contains { whole.flag($0, person: graph.people[$0].id) != nil })
        }
    }

    /// A planning index counts a person's dangerous ties over their tie edges when asked: the same flags.
    @Test(arguments: 0..<30) func exposureOfAnIndexIsTheWholeGraphs(seed: Int) {
        for ends in [false, true] {
            let graph = Self.world(seed: UInt64(seed) + 600, ends: ends)
            let whole = TieExposure(graph: graph), index = PlanningIndex(graph: graph)
            for (i, p) in graph.people.enumerated() {
                #expect(index.exposure.flag(i, person: p.id) == whole.flag(i, person: p.id), "seed \(seed) \(p.id)")
            }
            #expect(index.exposure.flag(graph.people.count, person: "nobody") == nil)
        }
    }
}
