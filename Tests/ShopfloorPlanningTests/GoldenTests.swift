import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing
@testable import ShopfloorPlanning

/// Golden plans for the sample plant: re-recorded with `SHOPFLOOR_RECORD_GOLDEN=1`, reviewed in diffs.
@Suite struct GoldenTests {
    static let golden = GoldenFolder("Tests/ShopfloorPlanningTests/Golden")

    @Test func miniPlantPlans() throws {
        let graph = try Fixtures.miniPlant()
        Self.golden.assertMatches(try GoldenFolder.json(try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp",
            options: ReachOptions(alternatives: 1))), named: "mini-plant-reach.json")
        Self.golden.assertMatches(try GoldenFolder.json(try Planning.core(graph, into: "mp")), named: "mini-plant-core.json")
    }

    /// The street cell that targets the sample plant, and the plant.
    static func sampleStreetCell(_ graph: OrganizingGraph) -> (Cell, Workplace.ID)? {
        for cell in graph.cells.sorted(by: { $0.id < $1.id }) where cell.kind == .street {
            if let target = cell.targets.first(where: { graph.cells(at: $0).isEmpty }) { return (cell, target) }
        }
        return nil
    }

    @Test func samplePlantPlans() throws {
        let graph = try GraphFile.load(path: Sample.automotivePlant.path)
        let (cell, plant) = try #require(Self.sampleStreetCell(graph))
        let reach = try Planning.reach(graph, from: .cell(cell.id), into: plant, options: ReachOptions(alternatives: 1))
        let danger = Set(graph.people.filter(\.isDanger).map(\.id.rawValue))
        #expect(!reach.avoided.isEmpty)
        for path in reach.paths {
            #expect(path.steps.allSatisfy { !danger.contains($0.from.rawValue) && !danger.contains($0.to.description) })
        }
        Self.golden.assertMatches(try GoldenFolder.json(reach), named: "automotive-plant-reach.json")
        let core = try Planning.core(graph, into: plant)
        #expect((3...5).contains(core.contacts.count))
        Self.golden.assertMatches(try GoldenFolder.json(core), named: "automotive-plant-core.json")
        let gates = try Planning.gates(graph, into: plant, week: try #require(Day(parsing: "2026-11-23")))
        Self.golden.assertMatches(try GoldenFolder.json(gates), named: "automotive-plant-gates.json")
    }
}
