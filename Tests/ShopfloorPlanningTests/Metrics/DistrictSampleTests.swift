import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import Testing

/// The penetration report of the district sample (Graphs/district.yaml): a golden JSON file, hidden identities,
/// and the page as a real browser sees it.
///
/// Re-record the golden file with `SHOPFLOOR_RECORD_GOLDEN=1 swift test --filter DistrictSample` and review the
/// diff.
@Suite("District sample report")
struct DistrictSampleTests {
    /// The package's root folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("Graphs/district.yaml").path
    static let golden = root.appendingPathComponent("Tests/ShopfloorPlanningTests/Golden/district-penetration.json")
    static let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)

    static func report() throws -> (OrganizingGraph, PenetrationReport) {
        let graph = try GraphFile.load(path: sample)
        return (graph, PenetrationReport(graph: graph, options: .init(today: today)))
    }

    @Test("the JSON matches the golden file")
    func goldenJSON() throws {
        let (_, report) = try Self.report()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        if ProcessInfo.processInfo.environment["SHOPFLOOR_RECORD_GOLDEN"] != nil {
            try Data(json.utf8).write(to: Self.golden, options: .atomic)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(json == expected, "re-record with SHOPFLOOR_RECORD_GOLDEN=1 and review the diff")
    }

    @Test("the sample shows the circular's signs: big plants bare, cells in small plants")
    func signs() throws {
        let (_, report) = try Self.report()
        let kinds = Set(report.diagnosis.findings.map(\.kind))
        #expect(kinds.contains(.largePlantsWithoutCells))
        #expect(kinds.contains(.membersOutsideWorkplaceCells))
        #expect(report.rows.first?.cellStatus?.isCell == false)
        #expect(report.rows.reduce(0) { $0 + $1.headcount } == report.totals.headcount)
        #expect(report.rows.reduce(0) { $0 + $1.members } == report.totals.members)
    }
}
