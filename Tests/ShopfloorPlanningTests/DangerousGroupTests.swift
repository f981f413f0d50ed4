import Foundation
import ShopfloorModel
import ShopfloorStore
import Testing
@testable import ShopfloorPlanning

/// A suspected informer or a management person inside the planning group is never given a task [res. 15, 16].
@Suite struct DangerousGroupTests {
    /// The mini plant with a provocateur in the street cell (`spy`, strongly tied to a worker of the plant, so
    /// that the cheapest first step is theirs), a manager who is a party member at the tiny depot (`boss`), and
    /// an informer in the mill's workplace cell on a shift no one else covers (`millspy`).
    static func graph() throws -> OrganizingGraph {
        var yaml = Fixtures.miniPlantYAML
        yaml = yaml.replacingOccurrences(of: "members: [s1, s2, s3]}", with: "members: [s1, s2, s3, spy]}")
        yaml = yaml.replacingOccurrences(of: "members: [m1, m2, m3]}", with: "members: [m1, m2, m3, millspy]}")
        yaml = yaml.replacingOccurrences(of: "shifts: [{id: bm-a, name: Day, start: \"07:00\", end: \"15:00\"}]",
            with: "shifts: [{id: bm-a, name: Day, start: \"07:00\", end: \"15:00\"}, {id: bm-b, name: Late, time: 15:00-23:00}]")
        yaml = yaml.replacingOccurrences(of: "  - {id: lone,", with: """
              - {id: spy, name: Spy, home: kirazli, affiliation: informer}
              - {id: boss, name: Boss, workplace: tiny, role: manager, affiliation: member}
              - {id: millspy, name: Mill Spy, shop: bm-spin, shift: bm-b, affiliation: informer}
              - {id: lone,
            """)
        yaml += "\n  - [spy, w3, friend, 3]\n  - [spy, w6, friend, 3]\n  - [millspy, m1, friend, 3]\n"
        return try GraphFile.parse(text: yaml, path: "danger.yaml")
    }

    static func stepsOf(_ plan: ReachPlan) -> [PlanStep] {
        plan.paths.flatMap { $0.steps + $0.alternatives.flatMap(\.steps) }
    }

    @Test func reachFromACellWithAnInformerNeverStartsFromThem() throws {
        let graph = try Self.graph()
        let plan = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(alternatives: 2))
        #expect(plan.from.people == ["s1", "s2", "s3"])
        #expect(plan.from.dropped == [AvoidedPerson(person: "spy", reason: "suspected informer")])
        #expect(!plan.paths.isEmpty)
        #expect(Self.stepsOf(plan).allSatisfy { $0.from != "spy" && $0.to != "spy" })
    }

    @Test func allowDangerDoesNotGiveTheInformerATask() throws {
        let graph = try Self.graph()
        let plan = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(allowDanger: true))
        #expect(plan.from.dropped?.map(\.person) == ["spy"])
        #expect(Self.stepsOf(plan).allSatisfy { $0.from != "spy" })
    }

    @Test func aListOfPeopleDropsManagement() throws {
        let graph = try Self.graph()
        let group = PlanningGroup.people(["boss", "s1"])
        let plan = try Planning.reach(graph, from: group, into: "mp")
        #expect(plan.from.people == ["s1"])
        #expect(plan.from.dropped == [AvoidedPerson(person: "boss", reason: "management side (manager)")])
        #expect(Self.stepsOf(plan).allSatisfy { $0.from != "boss" })
        let core = try Planning.core(graph, into: "mp", from: group)
        #expect(core.from.dropped?.map(\.person) == ["boss"])
        #expect(core.contacts.flatMap(\.steps).allSatisfy { $0.from != "boss" })
    }

    @Test func coreFromTheStreetCellLeavesTheInformerOut() throws {
        let graph = try Self.graph()
        let plan = try Planning.core(graph, into: "mp")
        #expect(plan.from.cell == "kirazli-street")
        #expect(plan.from.dropped?.map(\.person) == ["spy"])
        #expect(plan.contacts.flatMap(\.steps).allSatisfy { $0.from != "spy" && $0.to != "spy" })
    }

    @Test func gatesNeverSuggestTheInformer() throws {
        let graph = try Self.graph()
        let plan = try Planning.gates(graph, into: "mp", week: try #require(Day(parsing: "2026-11-23")))
        #expect(plan.from?.dropped?.map(\.person) == ["spy"])
        #expect(!plan.windows.isEmpty)
        #expect(plan.windows.allSatisfy { !$0.suggested.contains("spy") })
    }

    @Test func expandDoesNotCountTheInformersShiftAsCovered() throws {
        let graph = try Self.graph()
        let plan = try Planning.expand(graph, cell: "bm-cell")
        #expect(plan.from.people == ["m1", "m2", "m3"])
        #expect(plan.from.dropped?.map(\.person) == ["millspy"])
        #expect(plan.covered.map(\.segment.description) == ["bm-spin@bm-a"])
        #expect(plan.uncovered.map(\.segment.description) == ["bm-spin@bm-b"])
        let steps = plan.uncovered.flatMap { $0.contacts.flatMap(\.steps) }
        #expect(steps.allSatisfy { $0.from != "millspy" })
    }

    @Test func attachLeavesManagementMembersOut() throws {
        let graph = try Self.graph()
        let plan = Planning.attach(graph)
        #expect(!plan.proposals.contains { $0.person == "boss" })
        #expect(plan.dropped == [AvoidedPerson(person: "boss", reason: "management side (manager)")])
        let t1 = try #require(plan.proposals.first { $0.person == "t1" })
        #expect(t1.reason.hasPrefix("only 1 member at tiny"))
    }

    @Test func aGroupOfOnlyDangerousPeopleIsRefusedClearly() throws {
        let graph = try Self.graph()
        #expect(throws: PlanningError.onlyDangerousPeople(group: "boss,spy", dropped: ["boss", "spy"])) {
            try Planning.reach(graph, from: PlanningGroup.people(["spy", "boss"]), into: "mp")
        }
        let error = PlanningError.onlyDangerousPeople(group: "boss,spy", dropped: ["boss", "spy"])
        #expect(error.description.contains("nobody is left in the group"))
        #expect(error.description.contains("never gives them a task"))
    }

    @Test func theDroppedListIsInThePlanJSONAndReadsBack() throws {
        let graph = try Self.graph()
        let plan = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(plan)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let from = try #require(json["from"] as? [String: Any])
        let dropped = try #require(from["dropped"] as? [[String: String]])
        #expect(dropped == [["person": "spy", "reason": "suspected informer"]])
        #expect(try JSONDecoder().decode(ReachPlan.self, from: data) == plan)
        // A group with nobody dropped writes no `dropped` key (plans of clean groups are unchanged).
        let clean = try Planning.reach(try Fixtures.miniPlant(), from: .cell("kirazli-street"), into: "mp")
        let cleanJSON = String(decoding: try encoder.encode(clean), as: UTF8.self)
        #expect(!cleanJSON.contains("dropped"))
    }
}
