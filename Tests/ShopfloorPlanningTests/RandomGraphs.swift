import ShopfloorModel
@testable import ShopfloorPlanning

/// A small deterministic random number generator (SplitMix64) so random tests repeat exactly.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random organizing graphs around one plant `w`, and a group reaching into it.
enum RandomGraphs {
    static func make(seed: UInt64) -> (graph: OrganizingGraph, group: [Person.ID]) {
        var rng = SeededRandom(seed: seed)
        var places: [Place] = []
        for i in 0..<3 { places.append(Place(id: Place.ID("n\(i)"), kind: .neighbourhood, name: "N\(i)")) }
        for i in 0..<3 { places.append(Place(id: Place.ID("p\(i)"), kind: .pub, name: "P\(i)")) }
        for i in 0..<2 { places.append(Place(id: Place.ID("st\(i)"), kind: .stop, name: "S\(i)")) }
        places.append(Place(id: "g0", kind: .gate, name: "G0", workplace: "w"))
        places.append(Place(id: "g1", kind: .gate, name: "G1", workplace: "w"))
        let shops = (0..<3).map { Shop(id: Shop.ID("sh\($0)"), name: "Shop \($0)", headcount: Int.random(in: 0...90, using: &rng)) }
        let gateChoices: [Place.ID?] = ["g0", "g1", nil]
        let shifts = (0..<3).map { i in
            Shift(id: Shift.ID("f\(i)"), name: "F\(i)", start: TimeOfDay(hour: i * 8, minute: 0)!,
                end: TimeOfDay(hour: (i * 8 + 8) % 24, minute: 0)!, gate: gateChoices[Int.random(in: 0...2, using: &rng)])
        }
        let workplace = Workplace(id: "w", name: "W", headcount: 200, shops: shops, shifts: shifts)
        let affiliations = Affiliation.allCases
        let count = Int.random(in: 6...24, using: &rng)
        var people: [Person] = []
        for i in 0..<count {
            var p = Person(id: Person.ID("x\(i)"), name: "X\(i)")
            if Int.random(in: 0..<10, using: &rng) < 7 {
                p.workplace = "w"
                p.shop = shops.randomElement(using: &rng)?.id
                p.shift = shifts.randomElement(using: &rng)?.id
            }
            if Bool.random(using: &rng) { p.home = Place.ID("n\(Int.random(in: 0..<3, using: &rng))") }
            p.affiliation = affiliations.randomElement(using: &rng) ?? .nonParty
            p.assessment = Assessment(rawValue: Int.random(in: 0...5, using: &rng)) ?? .unassessed
            if Int.random(in: 0..<20, using: &rng) == 0 { p.role = .manager }
            for place in ["p0", "p1", "p2", "st0", "st1"] where Int.random(in: 0..<5, using: &rng) == 0 {
                p.frequents.append(Place.ID(place))
            }
            people.append(p)
        }
        var ties: [Tie] = []
        for _ in 0..<Int.random(in: count...(count * 2), using: &rng) {
            let a = Int.random(in: 0..<count, using: &rng), b = Int.random(in: 0..<count, using: &rng)
            guard a != b else { continue }
            ties.append(Tie(people[a].id, people[b].id, kind: Tie.Kind.allCases.randomElement(using: &rng) ?? .friend,
                strength: Int.random(in: 1...3, using: &rng)))
        }
        let safe = people.filter { !$0.isDanger }.map(\.id)
        let group = Array(safe.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
        return (OrganizingGraph(name: "random \(seed)", workplaces: [workplace], people: people, places: places,
            ties: ties), group)
    }
}

/// An independent reference: Bellman-Ford over string-keyed vertices built straight from the model.
enum ReferencePaths {
    /// Cheapest cost from the group to every vertex key (`P:id`, `L:id`, `S:shop@shift`).
    static func costs(_ graph: OrganizingGraph, group: [Person.ID], into w: Workplace.ID, table: CostTable) -> [String: Double] {
        var edges: [(String, String, Double)] = []
        let people = graph.people
        for t in graph.ties where t.a != t.b {
            let c = table.tieCost(kind: t.kind, strength: t.strength)
            edges += [("P:\(t.a)", "P:\(t.b)", c), ("P:\(t.b)", "P:\(t.a)", c)]
        }
        for a in people {
            guard let shop = a.shop, let shift = a.shift else { continue }
            edges.append(("P:\(a.id)", "S:\(shop)@\(shift)", table.cost(.coworker)))
            for b in people where b.id != a.id && b.shop == shop && b.shift == shift {
                edges.append(("P:\(a.id)", "P:\(b.id)", table.cost(.coworker)))
            }
        }
        for p in people {
            for f in p.frequents {
                guard let place = graph.place(f) else { continue }
                let c: Double
                switch place.kind {
                case .pub, .other: c = table.cost(.pub) / 2
                case .stop: c = table.cost(.commute) / 2
                default: continue
                }
                edges += [("P:\(p.id)", "L:\(f)", c), ("L:\(f)", "P:\(p.id)", c)]
            }
            if let home = p.home { edges.append(("L:\(home)", "P:\(p.id)", table.cost(.home))) }
            if let shift = p.shift, let gate = graph.shift(shift)?.shift.gate {
                edges.append(("L:\(gate)", "P:\(p.id)", table.cost(.gate)))
            }
        }
        for workplace in graph.workplaces {
            for shop in workplace.shops {
                for shift in workplace.shifts {
                    if let gate = shift.gate { edges.append(("L:\(gate)", "S:\(shop.id)@\(shift.id)", table.cost(.gate))) }
                }
            }
        }
        let sources = Set(group.map { "P:\($0)" })
        var dist: [String: Double] = [:]
        for s in sources { dist[s] = 0 }
        for m in group {
            for gate in graph.gates(of: w) { dist["L:\(gate.id)"] = 0 }
            if let home = graph.person(m)?.home { dist["L:\(home)"] = 0 }
        }
        let danger = Set(people.filter(\.isDanger).map { "P:\($0.id)" })
        func pass(_ key: String) -> Double {
            guard key.hasPrefix("P:"), !sources.contains(key),
                let p = graph.person(Person.ID(String(key.dropFirst(2)))) else { return 0 }
            return table.passThrough(p)
        }
        for _ in 0..<(people.count + graph.places.count + 20) {
            var changed = false
            for (a, b, c) in edges where !danger.contains(b) && !sources.contains(b) && !danger.contains(a) {
                guard let da = dist[a] else { continue }
                let nd = da + pass(a) + c
                if nd < (dist[b] ?? .infinity) - 1e-12 { dist[b] = nd; changed = true }
            }
            if !changed { break }
        }
        return dist
    }
}
