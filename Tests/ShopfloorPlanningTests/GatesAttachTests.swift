import Foundation
import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

@Suite struct GatesTests {
    @Test func nightShiftLeavesTheNextMorning() throws {
        let graph = try Fixtures.miniPlant()
        let week = try #require(Day(parsing: "2026-11-25"))   // a Wednesday
        let plan = try Planning.gates(graph, into: "mp", week: week)
        #expect(plan.week == "2026-11-23")
        #expect(plan.ungated == ["mp-b"])
        let night = plan.windows.filter { $0.shift == "mp-c" }
        #expect(night.count == 12)   // mon-sat, arrivals and departures
        let mondayArrival = try #require(night.first { $0.change == .arrivals && $0.weekday == "mon" })
        #expect(mondayArrival.start == "2026-11-23T21:30" && mondayArrival.end == "2026-11-23T22:00")
        let saturdayLeave = try #require(night.last { $0.change == .departures })
        #expect(saturdayLeave.start == "2026-11-29T06:00" && saturdayLeave.weekday == "sun")
        #expect(plan.windows.map(\.start) == plan.windows.map(\.start).sorted())
        // Members living near the gate are suggested first.
        #expect(plan.from?.cell == "kirazli-street")
        #expect(plan.windows.allSatisfy { $0.suggested.count == 2 })
        #expect(mondayArrival.workers == 60)
    }
}

@Suite struct AttachTests {
    @Test func isolatedMembersGetProposals() throws {
        let graph = try Fixtures.miniPlant()
        let plan = Planning.attach(graph)
        let byPerson = Dictionary(uniqueKeysWithValues: plan.proposals.map { ($0.person, $0) })
        let tiny = try #require(byPerson["t1"])
        #expect(tiny.action == .attach && tiny.cell == "bm-cell")
        #expect(tiny.distanceKm != nil)
        let lone = try #require(byPerson["lone"])
        #expect(lone.action == .formStreetCell && lone.neighbourhood == "tepe")
        #expect(byPerson["s1"] == nil && byPerson["m1"] == nil)
        #expect(plan.proposals.map(\.person) == plan.proposals.map(\.person).sorted())
    }
}

@Suite struct CostTableTests {
    @Test func partialOverrideKeepsDefaults() throws {
        let json = #"{"channel": {"gate": 9}, "passAssessment": {"5": 20}, "gateWindowMinutes": 45}"#
        let table = try JSONDecoder().decode(CostTable.self, from: Data(json.utf8))
        #expect(table.cost(.gate) == 9)
        #expect(table.cost(.tie) == CostTable.standard.cost(.tie))
        #expect(table.passAssessment[.hostile] == 20 && table.passAssessment[.leader] == 0)
        #expect(table.gateWindowMinutes == 45)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CostTable.self, from: Data(#"{"channel": {"gate": -1}}"#.utf8))
        }
    }

    @Test func overrideChangesThePlan() throws {
        let graph = try Fixtures.miniPlant()
        var costs = CostTable.standard
        costs.channel[.gate] = 0.1
        let plan = try Planning.reach(graph, from: .people(["s1"]), into: "mp", costs: costs)
        let w1 = try #require(plan.paths.first { $0.target == "w1" })
        #expect(w1.steps.first?.channel == .gate)
    }
}
