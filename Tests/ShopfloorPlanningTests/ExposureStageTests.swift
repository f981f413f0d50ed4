import ShopfloorModel
import ShopfloorPresent
import Testing
@testable import ShopfloorPlanning

/// Who is listening (exposure) and the seed's order of approach (stages) in the plans.
@Suite struct ExposureStageTests {
    /// Two equal workers reached the same way: `a-tied` is tied to a suspected informer, `b-free` is not (its id
    /// sorts after, so only the exposure can rank it first).
    static func twoEqualWorkers() throws -> OrganizingGraph {
        try InfluenceTests.onePlant(workers: 0, headcount: 10, ties: ["[a-tied, snitch, friend, 2]"], extraPeople: [
            "  - {id: a-tied, name: A, shop: sh, shift: a}",
            "  - {id: b-free, name: B, shop: sh, shift: a}",
            "  - {id: snitch, name: S, shop: sh, shift: a, affiliation: informer}",
        ])
    }

    @Test func anInformersNeighbourIsFlaggedAndRankedBelowAnEqualContact() throws {
        let graph = try Self.twoEqualWorkers()
        let reach = try Planning.reach(graph, from: .cell("st"), into: "pl")
        let tied = try #require(reach.paths.first { $0.target.description == "a-tied" })
        let free = try #require(reach.paths.first { $0.target.description == "b-free" })
        #expect(tied.cost == free.cost)
        #expect(tied.exposed == [ExposedPerson(person: "a-tied", informerTies: 1, managementTies: 0)])
        #expect(free.exposed == nil)
        // 1 − (1 − 0.145)(1 − 0.15): the informer tie enters the risk.
        #expect(abs(tied.risk - (1 - (1 - free.risk) * 0.85)) < 1e-4)

        let core = try Planning.core(graph, into: "pl", size: 3...3)
        let order = core.contacts.map(\.target.description)
        let tiedAt = try #require(order.firstIndex(of: "a-tied")), freeAt = try #require(order.firstIndex(of: "b-free"))
        #expect(freeAt < tiedAt, "order \(order)")
        let tiedContact = core.contacts[tiedAt], freeContact = core.contacts[freeAt]
        #expect(tiedContact.score > freeContact.score)
        #expect(tiedContact.reason?.contains("tied to a suspected informer: approach with care") == true)
        #expect(freeContact.reason?.contains("informer") == false)
        // With room for only one known worker besides the segment, the free one is chosen.
        let one = try Planning.core(graph, into: "pl", size: 1...1)
        #expect(one.contacts.map(\.target.description) == ["b-free"])

        let gates = try Planning.gates(graph, into: "pl", from: .cell("st"), week: try #require(Day(parsing: "2026-11-23")))
        #expect(gates.windows.allSatisfy { $0.careful == [ExposedPerson(person: "a-tied", informerTies: 1, managementTies: 0)] })
        let ics = gates.calendar(stamp: "20261124T120000Z", people: \.rawValue)
        #expect(ics.contains("a-tied: tied to a suspected informer: approach with care."))
    }

    @Test func aPathPassingNextToAnInformerCarriesItsExposure() throws {
        let graph = try InfluenceTests.onePlant(workers: 1,
            ties: ["[m1, a-tied, friend, 3]", "[a-tied, b-free, friend, 3]", "[a-tied, snitch, neighbour, 1]"],
            extraPeople: [
                "  - {id: a-tied, name: A, home: far}",
                "  - {id: b-free, name: B, shop: sh, shift: a}",
                "  - {id: snitch, name: S, affiliation: informer}",
            ])
        let reach = try Planning.reach(graph, from: .cell("st"), into: "pl")
        let path = try #require(reach.paths.first { $0.target.description == "b-free" })
        #expect(path.steps.map(\.to.description) == ["a-tied", "b-free"])
        #expect(path.exposed?.map(\.person) == ["a-tied"])
    }

    @Test func plansComeInTheSeedsOrder() throws {
        // The fascist worker is the cheapest to reach (a strong direct tie), the others only through the gate.
        let graph = try InfluenceTests.onePlant(workers: 2, ties: ["[m1, f1, friend, 3]", "[m1, r1, friend, 2]"],
            extraPeople: [
                "  - {id: f1, name: F, shop: sh, shift: a, affiliation: fascist}",
                "  - {id: r1, name: R, shop: sh, shift: a, affiliation: reformist-union}",
            ])
        let reach = try Planning.reach(graph, from: .cell("st"), into: "pl")
        let stages = reach.paths.map(\.stage)
        #expect(stages == stages.sorted())
        #expect(reach.paths.first { $0.target.description == "f1" }?.stage == 3)
        #expect(reach.paths.first { $0.target.description == "r1" }?.stage == 2)
        #expect(reach.paths.last?.target.description == "f1")
        let f1 = try #require(reach.paths.first { $0.target.description == "f1" })
        #expect(reach.paths.allSatisfy { $0.cost >= f1.cost }, "the fascist worker is the cheapest, yet last")
        // What cannot be reached is listed in the same order: the mini plant's late body shift has no gate.
        let mini = try Planning.reach(Fixtures.miniPlant(), from: .cell("kirazli-street"), into: "mp")
        #expect(mini.unreachable.map(\.stage) == mini.unreachable.map(\.stage).sorted())
        #expect(mini.unreachable.first { $0.target.description == "w5" }?.stage == 3)
        #expect(mini.unreachable.first { $0.target.description == "mp-body@mp-b" }?.stage == 1)
        let core = try Planning.core(graph, into: "pl", size: 4...4)
        let coreStages = core.contacts.map(\.stage)
        #expect(coreStages == coreStages.sorted(), "core order \(core.contacts.map(\.target.description))")
    }
}
