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
