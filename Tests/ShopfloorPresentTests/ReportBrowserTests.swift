import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorTestSupport
import Testing

/// The report page of the district sample as a real browser sees it.
@Suite("Report page in a browser")
struct ReportBrowserTests {
    @Test("Chromium renders the page with every row",
        .enabled(if: Tool.browser != nil, "needs a headless Chromium (apt install chromium)"))
    func chromium() throws {
        let (_, report) = try PresentFixture.district()
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
