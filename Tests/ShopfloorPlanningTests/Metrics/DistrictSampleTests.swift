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

    @Test("no person's name, address or note appears in any form")
    func identitiesHidden() throws {
        let (graph, report) = try Self.report()
        let encoder = JSONEncoder()
        let outputs = [report.html(), report.csv(), String(decoding: try encoder.encode(report), as: UTF8.self)]
        let secrets = graph.people.flatMap { [$0.name, $0.address, $0.notes].compactMap { $0 } }
            + graph.contacts.compactMap(\.notes)
        for output in outputs {
            let leaked = secrets.filter { $0.count >= 4 && output.contains($0) }
            #expect(leaked.isEmpty, "leaked: \(leaked.prefix(5))")
        }
    }

    @Test("Chromium renders the page with every row",
        .enabled(if: Tool.browser != nil, "needs a headless Chromium (apt install chromium)"))
    func chromium() throws {
        let (_, report) = try Self.report()
        let folder = URL(fileURLWithPath: try Scratch.folder("report"))
        let page = folder.appendingPathComponent("district.html")
        try Data(report.html().utf8).write(to: page)
        let dom = try Browser.run(["--dump-dom", page.absoluteString])
        #expect(dom.contains("Penetration report"))
        #expect(HTMLTable.rows(dom).count == report.rows.count + 1)
        let shot = folder.appendingPathComponent("district.png")
        _ = try Browser.run(["--screenshot=\(shot.path)", "--window-size=1200,1600", page.absoluteString])
        let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    }
}

/// The headless browser the page is checked in.
enum Browser {
    struct Failed: Error, CustomStringConvertible { var description: String }

    /// Runs the browser headless with arguments and returns what it printed.
    static func run(_ arguments: [String]) throws -> String {
        let path = try #require(Tool.browser)
        let result = try Subprocess.run(path, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments)
        guard result.status == 0 else { throw Failed(description: "\(path) exited \(result.status)") }
        return result.stdout
    }
}
