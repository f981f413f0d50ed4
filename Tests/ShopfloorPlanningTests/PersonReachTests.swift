import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

/// Each person's segment, gate, home and haunts, found through their workplace's small tables, are what a
/// lookup of each by id gives.
struct PersonReachTests {
    /// The lookups by id, one person at a time.
    static func reference(_ graph: OrganizingGraph, _ index: PlanningIndex, shiftGate: [Shift.ID: Int32])
        -> (segment: [Int32], home: [Int32], gate: [Int32], haunts: [[Int32]])
    {
        var result: (segment: [Int32], home: [Int32], gate: [Int32], haunts: [[Int32]]) = ([], [], [], [])
        for person in graph.people {
            let segment = person.shop.flatMap { shop in person.shift.flatMap { index.vertex(of: SegmentID(shop: shop, shift: $0)) } }
            result.segment.append(segment ?? -1)
            result.home.append(person.home.flatMap { index.vertex(of: $0) } ?? -1)
            result.gate.append(person.shift.flatMap { shiftGate[$0] } ?? -1)
            result.haunts.append(person.frequents.compactMap { index.vertex(of: $0) }
                .filter { [.pub, .other, .stop].contains(index.place($0).kind) })
        }
        return result
    }

    /// Two plants, one with more shops than are compared one by one; workers whose shop or shift their plant
    /// does not list, workers of an unknown plant, people of no plant, people out of their plant's run.
    static func world() -> OrganizingGraph {
        let places = [Place(id: "g0", kind: .gate, name: "G0", workplace: "a"), Place(id: "n0", kind: .neighbourhood, name: "N"),
            Place(id: "pub", kind: .pub, name: "P"), Place(id: "st", kind: .stop, name: "S")]
        let early = Shift(id: "e", name: "E", start: TimeOfDay(hour: 6, minute: 0)!, end: TimeOfDay(hour: 14, minute: 0)!, gate: "g0")
        let late = Shift(id: "l", name: "L", start: TimeOfDay(hour: 14, minute: 0)!, end: TimeOfDay(hour: 22, minute: 0)!)
        let small = Workplace(id: "a", name: "A", headcount: 30, shops: [Shop(id: "s1", name: "S1", headcount: 10),
            Shop(id: "s2", name: "S2", headcount: 20)], shifts: [early, late])
        let big = Workplace(id: "b", name: "B", headcount: 400,
            shops: (0..<(20)).map { Shop(id: Shop.ID("b\($0)"), name: "B\($0)", headcount: 20) }, shifts: [early])
        var people: [Person] = []
        func add(_ id: String, _ w: Workplace.ID?, _ shop: Shop.ID?, _ shift: Shift.ID?) {
            var p = Person(id: Person.ID(id), name: id, workplace: w, shop: shop, shift: shift)
            p.home = people.count % 2 == 0 ? "n0" : nil
            p.frequents = people.count % 3 == 0 ? ["pub", "st", "g0", "nowhere"] : []
            people.append(p)
        }
        add("a1", "a", "s1", "e"); add("a2", "a", "s2", "l"); add("a3", "a", "b3", "e"); add("a4", "a", "s1", "night")
        add("x1", nil, "s1", "e"); add("a5", "a", "s2", "e")
        for i in 0..<25 { add("b\(i)", "b", Shop.ID("b\(i % 21)"), i % 2 == 0 ? "e" : "l") }
        add("a6", "a", "s1", "l"); add("u1", "unknown", "s1", "e"); add("n1", nil, nil, nil)
        return OrganizingGraph(name: "reach", workplaces: [small, big], people: people, places: places)
    }

    @Test func tablesGiveWhatLookupsGive() {
        for graph in [Self.world()] + (0..<10).map({ RandomGraphs.make(seed: UInt64($0) + 40).graph }) {
            let index = PlanningIndex(graph: graph)
            var shiftGate: [Shift.ID: Int32] = [:]
            for w in graph.workplaces {
                for shift in w.shifts { if let g = shift.gate, let v = index.vertex(of: g) { shiftGate[shift.id] = v } }
            }
            let reach = PersonReach(people: graph.people, places: index.places, workplaces: graph.workplaces,
                placeVertex: index.placeVertex, segmentVertex: index.segmentVertex, shiftGate: shiftGate)
            let expected = Self.reference(graph, index, shiftGate: shiftGate)
            #expect(reach.segment == expected.segment, "\(graph.name)")
            #expect(reach.home == expected.home)
            #expect(reach.gate == expected.gate)
            let haunts = graph.people.indices.map { i in
                reach.haunts[Int(reach.hauntStart[i])..<Int(reach.hauntStart[i + 1])].map(\.place)
            }
            #expect(haunts == expected.haunts)
            #expect(reach.segment.contains { $0 >= 0 } && reach.gate.contains { $0 >= 0 })
        }
    }
}
