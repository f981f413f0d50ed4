import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// The district map and the penetration report sit on one HTML page: they must agree on every cell status.
@Suite("District map and penetration report agree")
struct PenetrationAgreementTests {
    @Test(arguments: Sample.allCases)
    func cellStatuses(sample: Sample) throws {
        let graph = try GraphFile.load(path: sample.path)
        let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)
        let report = PenetrationReport(graph: graph, options: .init(today: today))
        let rows = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0) })
        for workplace in graph.workplaces {
            let standing = WorkplaceStanding(workplace, in: graph)
            let row = try #require(rows[workplace.id.rawValue])
            let expected: CellStatus = switch standing.status {
            case .none: .none
            case .forming: .forming
            case .cell: .cell
            case .committee: .cellWithCommittee
            }
            #expect(row.cellStatus == expected, "\(workplace.id)")
            #expect(row.members == standing.members && row.sympathizers == standing.sympathizers)
        }
    }
}
