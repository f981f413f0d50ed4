import Foundation
import ShopfloorModel
import ShopfloorStore
import Testing
@testable import ShopfloorPlanning

/// Golden plans for the sample plant: re-recorded with `SHOPFLOOR_RECORD_GOLDEN=1`, reviewed in diffs.
@Suite struct GoldenTests {
    static var goldenFolder: URL {
        Fixtures.packageRoot.appendingPathComponent("Tests/ShopfloorPlanningTests/Golden")
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func check(_ text: String, name: String) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SHOPFLOOR_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs; re-record with SHOPFLOOR_RECORD_GOLDEN=1 and review the diff")
    }

    @Test func miniPlantPlans() throws {
        let graph = try Fixtures.miniPlant()
        try Self.check(try Self.encode(try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp",
            options: ReachOptions(alternatives: 1))), name: "mini-plant-reach.json")
        try Self.check(try Self.encode(try Planning.core(graph, into: "mp")), name: "mini-plant-core.json")
    }

    /// The street cell that targets the sample plant, and the plant.
    static func sampleStreetCell(_ graph: OrganizingGraph) -> (Cell, Workplace.ID)? {
        for cell in graph.cells.sorted(by: { $0.id < $1.id }) where cell.kind == .street {
            if let target = cell.targets.first(where: { graph.cells(at: $0).isEmpty }) { return (cell, target) }
        }
        return nil
    }

    @Test(.enabled(if: Fixtures.hasSamplePlant)) func samplePlantPlans() throws {
        let graph = try GraphFile.load(path: Fixtures.samplePlantPath)
        let (cell, plant) = try #require(Self.sampleStreetCell(graph))
        let reach = try Planning.reach(graph, from: .cell(cell.id), into: plant, options: ReachOptions(alternatives: 1))
        let danger = Set(graph.people.filter(\.isDanger).map(\.id.rawValue))
        #expect(!reach.avoided.isEmpty)
        for path in reach.paths {
            #expect(path.steps.allSatisfy { !danger.contains($0.from) && !danger.contains($0.to) })
        }
        try Self.check(try Self.encode(reach), name: "automotive-plant-reach.json")
        let core = try Planning.core(graph, into: plant)
        #expect((3...5).contains(core.contacts.count))
        try Self.check(try Self.encode(core), name: "automotive-plant-core.json")
        let gates = try Planning.gates(graph, into: plant, week: try #require(Day(parsing: "2026-11-23")))
        try Self.check(try Self.encode(gates), name: "automotive-plant-gates.json")
    }
}
