import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// The penetration report of the district sample (Graphs/district.yaml): a golden JSON file, hidden identities,
/// and the page as a real browser sees it.
///
/// Re-record the golden file with `SHOPFLOOR_RECORD_GOLDEN=1 swift test --filter DistrictSample` and review the
/// diff.
@Suite("District sample report")
struct DistrictSampleTests {
    static let golden = GoldenFolder("Tests/ShopfloorPlanningTests/Golden")
    static let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)

    static func report() throws -> (OrganizingGraph, PenetrationReport) {
        let graph = try GraphFile.load(path: Sample.district.path)
        return (graph, PenetrationReport(graph: graph, options: .init(today: today)))
    }

    @Test("the JSON matches the golden file")
    func goldenJSON() throws {
        let (_, report) = try Self.report()
        Self.golden.assertMatches(try GoldenFolder.json(report), named: "district-penetration.json")
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
