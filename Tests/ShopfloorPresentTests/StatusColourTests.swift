import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import Testing

/// A cell status has one colour everywhere: the report's chart and badges use the district map's.
@Suite("Status colours")
struct StatusColourTests {
    @Test("each status's bars in the report's chart have the colour its workplaces have on the district map")
    func chartAgreesWithMap() throws {
        let (graph, report) = try PresentFixture.district()
        let html = report.html()
        let map = DOTEncoder().encode(try DistrictMap.build(graph: graph))
        let shown = Set(report.rows.compactMap(\.cellStatus))
        #expect(shown.isSuperset(of: [.none, .forming, .cell]), "the sample has workplaces of every status but the committee's")
        for status in shown where status != .cellWithCommittee {
            let colour = MapPalette.outline(status).hex
            #expect(MapPalette.Page.status(status) == MapPalette.outline(status), "\(status)")
            #expect(html.contains("fill=\"\(colour)\"><title>"), "a \(status) bar in \(colour)")
            #expect(map.contains(colour), "the district map outlines \(status) in \(colour)")
        }
        // The committee's darker red is still a red, and no status's colour is another's.
        let colours = CellStatus.allCases.map { MapPalette.Page.status($0) }
        #expect(Set(colours.map(\.hex)).count == CellStatus.allCases.count)
        let committee = MapPalette.Page.status(.cellWithCommittee)
        #expect(committee.red > committee.green && committee.red > committee.blue)
    }
}
