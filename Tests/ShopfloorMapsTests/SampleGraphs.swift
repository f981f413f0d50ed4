import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// Deterministic graphs for the map tests: a 2,400-worker plant with 170 people, a district, hostile names.
enum SampleGraphs {
    /// A small linear congruential generator, so the samples are the same on every run.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let shops: [(String, String, Int)] = [
        ("ao-body", "Body shop", 420), ("ao-paint", "Paint shop", 180), ("ao-press", "Press shop", 260),
        ("ao-assembly", "Final assembly", 820), ("ao-engine", "Engine line", 300), ("ao-logistics", "Logistics", 170),
        ("ao-quality", "Quality", 90), ("ao-maintenance", "Maintenance", 110),
    ]

    /// The automotive plant: 8 shops, 3 shifts, 2 gates, 170 people, a workplace cell, a street cell outside.
    static func plant(hostile: Bool = false) throws -> OrganizingGraph {
        var dice = Dice(state: 42)
        let places = [
            Place(id: "kirazli", kind: .neighbourhood, name: "Kirazlı", district: "Gebze"),
            Place(id: "yildiz-cay", kind: .pub, name: "Yıldız Çay Ocağı", neighbourhood: "kirazli"),
            Place(id: "ao-north", kind: .gate, name: "North gate", neighbourhood: "kirazli", workplace: "anadolu-oto"),
            Place(id: "ao-south", kind: .gate, name: "South gate", workplace: "anadolu-oto"),
        ]
        let shifts = [
            Shift(id: "ao-a", name: "Morning", start: try time(6), end: try time(14), gate: "ao-north"),
            Shift(id: "ao-b", name: "Evening", start: try time(14), end: try time(22), gate: "ao-north"),
            Shift(id: "ao-c", name: "Night", start: try time(22), end: try time(6), gate: "ao-south"),
        ]
        let plant = Workplace(id: "anadolu-oto", name: hostile ? hostileName : "Anadolu Otomotiv Gebze Plant",
            kind: .factory, sector: "automotive", employer: "Anadolu Otomotiv A.Ş.", headcount: 2400,
            district: "Gebze", neighbourhood: "kirazli", union: Union(name: "Türk Metal", character: .yellow),
            shops: shops.map { Shop(id: Shop.ID($0.0), name: $0.1, headcount: $0.2) }, shifts: shifts)
        let affiliations: [Affiliation] = [.nonParty, .nonParty, .nonParty, .sympathizer, .reformistUnion,
            .reformistUnion, .socialDemocrat, .fascist, .nonParty, .sympathizer]
        var people: [Person] = []
        for i in 1...162 {
            let shop = shops[dice.next(shops.count)].0
            var affiliation = affiliations[dice.next(affiliations.count)]
            var role = Role.worker
            if i % 40 == 0 { affiliation = .informer }
            if i % 37 == 0 { role = .manager }
            if i % 53 == 0 { role = .security }
            if i <= 6 { affiliation = .member }
            let assessment = Assessment(rawValue: affiliation == .member ? 1 : dice.next(6)) ?? .unassessed
            people.append(Person(id: Person.ID(format3(i)), name: name(i, hostile: hostile),
                shop: Shop.ID(shop), shift: shifts[dice.next(3)].id, home: "kirazli",
                address: "Lale Sokak \(i)/\(i % 7) secret-address", role: role, affiliation: affiliation,
                assessment: assessment, notes: "private note \(i) about the person"))
        }
        for (i, member) in ["st-1", "st-2", "st-3", "st-4"].enumerated() {
            people.append(Person(id: Person.ID(member), name: "Street Member \(i + 1) Öztürk", home: "kirazli",
                address: "Street address \(i)", affiliation: .member, assessment: .leader, notes: "street note"))
        }
        for i in 163...166 {
            people.append(Person(id: Person.ID(format3(i)), name: name(i, hostile: hostile), home: "kirazli",
                affiliation: .sympathizer, assessment: .supportive))
        }
        people = people.map { person in
            var p = person
            if p.workplace == nil, p.shop != nil { p.workplace = "anadolu-oto" }
            return p
        }
        let cells = [
            Cell(id: "ao-cell", kind: .workplace, name: "Anadolu cell", workplace: "anadolu-oto",
                members: ["p001", "p002", "p003", "p004"], committee: ["p001", "p002", "p003"]),
            Cell(id: "kirazli-street", kind: .street, name: "Kirazlı street cell", neighbourhood: "kirazli",
                targets: ["anadolu-oto"], members: ["st-1", "st-2", "st-3", "st-4"], committee: ["st-1", "st-2", "st-3"]),
        ]
        var ties = [
            Tie("st-1", "p020", kind: .neighbour, strength: 3), Tie("st-2", "p033", kind: .relative),
            Tie("st-3", "p047", kind: .friend, strength: 1), Tie("p020", "p021", kind: .coworker),
        ]
        for i in stride(from: 60, to: 160, by: 9) { ties.append(Tie(Person.ID(format3(i)), Person.ID(format3(i + 1)), kind: .friend)) }
        return OrganizingGraph(name: "Gebze sample", workplaces: [plant], people: people, cells: cells,
            places: places, ties: ties)
    }

    /// A plan in the planners' JSON contract, reaching into the sample plant.
    static let planJSON = """
        {"kind":"reach","into":"anadolu-oto","from":{"cell":"kirazli-street","people":["st-1","st-2"]},
         "paths":[
          {"target":"p021","targetKind":"person","cost":2.5,"risk":0.1,
           "steps":[{"from":"st-1","to":"p020","channel":"gate","place":"ao-north","window":"Mon 14:00"},
                    {"from":"p020","to":"p021","channel":"coworker"}],
           "alternatives":[{"cost":6,"risk":0.2,"steps":[{"from":"st-3","to":"p021","channel":"gate",
                            "place":"ao-south","window":"Tue 06:00"}]}]},
          {"target":"ao-paint@ao-c","targetKind":"segment","cost":4,"risk":0.3,
           "steps":[{"from":"st-2","to":"p033","channel":"tie"},
                    {"from":"p033","to":"ao-paint@ao-c","channel":"pub","place":"yildiz-cay","window":"Fri evening"}],
           "alternatives":[{"cost":7,"risk":0.25,"steps":[{"from":"st-4","to":"ao-paint@ao-c","channel":"pub",
                            "place":"yildiz-cay","window":"Sat evening"}]}]}
         ],
         "unreachable":[],"avoided":[{"person":"p040","reason":"suspected informer"}]}
        """

    /// ``planJSON`` read back as a plan file is.
    static func plan() throws -> Plan { try PlanFile.decode(Plan.self, data: Data(planJSON.utf8), path: "plan.json") }

    /// Strings that try to break DOT or inject into SVG.
    static let hostileName = "Ali \"the \\\"Hammer\\\"\" <script>alert('x')</script> {rank=same} \\N\nİğüşçö 🚩 & Ümit"

    static func name(_ i: Int, hostile: Bool) -> String {
        let plain = ["Ayşe Kaya", "Mehmet Demir", "Fatma Yılmaz", "Can Tekin", "Elif Şahin", "Hüseyin Çelik"]
        let base = plain[i % plain.count] + " \(i)"
        return hostile && i % 3 == 0 ? hostileName + " \(i)" : base
    }

    static func format3(_ i: Int) -> String {
        let s = String(i)
        return "p" + String(repeating: "0", count: max(0, 3 - s.count)) + s
    }

    /// A fixture failed to build.
    struct FixtureError: Error {}

    static func time(_ hour: Int) throws -> TimeOfDay {
        guard let time = TimeOfDay(hour: hour, minute: 0) else { throw FixtureError() }
        return time
    }
}
