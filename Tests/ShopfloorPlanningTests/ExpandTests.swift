import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

@Suite struct ExpandTests {
    @Test func uncoveredSegmentsByHeadcountWithNextContacts() throws {
        var graph = try Fixtures.miniPlant()
        graph.upsert(Cell(id: "mp-cell", kind: .workplace, workplace: "mp", members: ["w1", "w2", "w3"]))
        let plan = try Planning.expand(graph, cell: "mp-cell")
        #expect(plan.covered.map(\.segment.description) == ["mp-body@mp-a", "mp-paint@mp-c"])
        #expect(plan.uncovered.map(\.segment.description) == ["mp-body@mp-b", "mp-body@mp-c", "mp-paint@mp-a", "mp-paint@mp-b"])
        let late = try #require(plan.uncovered.first { $0.segment.description == "mp-body@mp-b" })
        #expect(late.contacts.isEmpty && late.reason != nil)
        let paintLate = try #require(plan.uncovered.first { $0.segment.description == "mp-paint@mp-b" })
        // The seed's order: the segment's unknown workers (stage 1, reached through w4) before w4 herself, a
        // social-democrat (stage 2), though w4 is the cheaper contact.
        #expect(paintLate.contacts.map(\.target.description) == ["mp-paint@mp-b", "w4"])
        #expect(paintLate.contacts.map(\.stage) == [1, 2])
        let w4 = try #require(paintLate.contacts.last)
        #expect(w4.steps == [PlanStep(from: "w2", to: "w4", channel: .tie, place: nil, window: nil)])
        #expect(w4.score < paintLate.contacts[0].score)
        #expect(w4.reason?.contains("approach stage 2 (reformist union and social-democrats)") == true)
        #expect(plan.uncovered.allSatisfy { $0.contacts.allSatisfy { !["inf1", "mgr1"].contains($0.target) } })
        // Reach refuses a workplace with a cell and points to expand.
        #expect(throws: PlanningError.workplaceHasCell(workplace: "mp", cell: "mp-cell")) {
            try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp")
        }
        #expect(PlanningError.workplaceHasCell(workplace: "mp", cell: "mp-cell").description.contains("expanding that cell"))
    }

    @Test func streetCellsAndUnknownCellsAreRefused() throws {
        let graph = try Fixtures.miniPlant()
        #expect(throws: PlanningError.self) { try Planning.expand(graph, cell: "kirazli-street") }
        do {
            _ = try Planning.expand(graph, cell: "bm-cel")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "no cell with id 'bm-cel' (did you mean 'bm-cell'?)")
        }
    }
}

@Suite("Planning errors speak in types, not flags")
struct PlanningErrorWordingTests {
    @Test("no planning error names a command-line flag")
    func noFlags() {
        let errors: [PlanningError] = [
            .unknownID(noun: "cell", id: "x", hint: "did you mean 'y'?"), .emptyGroup("g"),
            .onlyDangerousPeople(group: "g", dropped: ["spy"]), .workplaceHasCell(workplace: "w", cell: "c"),
            .noGroup(workplace: "w"), .wrongCellKind(cell: "c", expected: "workplace", hint: "h"),
            .noPath(workplace: "w", reason: "r"), .sizeOutOfRange(0...13), .negativeAlternatives(-1), .maxStepsBelowOne(0),
        ]
        for error in errors { #expect(!error.description.contains("--"), "\(error)") }
    }

    @Test("options the planners refuse are typed errors")
    func typedOptions() throws {
        let graph = try Fixtures.miniPlant()
        #expect(throws: PlanningError.sizeOutOfRange(0...3)) { try Planning.core(graph, into: "mp", size: 0...3) }
        #expect(throws: PlanningError.negativeAlternatives(-1)) {
            try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(alternatives: -1))
        }
        #expect(throws: PlanningError.maxStepsBelowOne(0)) {
            try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(maxSteps: 0))
        }
    }
}
