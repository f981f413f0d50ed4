import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import Testing

/// The report page of the district sample as a real browser sees it.
@Suite("Report page in a browser")
struct ReportBrowserTests {
    static func report() throws -> (OrganizingGraph, PenetrationReport) { try PresentFixture.district() }

    @Test("Chromium renders the page with every row", .enabled(if: Browser.path != nil))
    func chromium() throws {
        let (_, report) = try Self.report()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-report-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
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

/// A headless Chromium, when one is installed.
enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Failed: Error, CustomStringConvertible { var description: String }

    /// Runs the browser headless with arguments and returns what it printed.
    static func run(_ arguments: [String]) throws -> String {
        guard let path else { throw Failed(description: "no browser") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "\(path) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}
