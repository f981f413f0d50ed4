import Foundation
import ShopfloorTestSupport
import Testing

/// `--paper`: a map sized for a sheet prints no text under 7 pt; one that would is refused, naming the size and
/// what to do, and nothing is written.
@Suite("maps for paper: the 7 pt floor, end to end")
struct PaperCommandTests {
    /// The size `wrote …, smallest text N pt` reports on standard error.
    func printedSize(_ stderr: String) -> Double? {
        guard let match = stderr.firstMatch(of: /smallest text ([0-9.]+) pt/) else { return nil }
        return Double(match.1)
    }

    /// The width and height of a PDF's first page, in points.
    func mediaBox(_ path: String) throws -> (Double, Double)? {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        guard let match = text.firstMatch(of: /MediaBox \[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]/) else { return nil }
        return (Double(match.1) ?? 0, Double(match.2) ?? 0)
    }

    @Test("every --paper sheet, landscape ones too, fills the sheet and keeps text at 7 pt or more",
        arguments: ["a4", "a3", "a4-landscape", "a3-landscape"])
    func sheetsAreFilledAboveTheFloor(paper: String) throws {
        let out = try Scratch.folder() + "/cells.pdf"
        let result = try CLI.run(["map", "cells", "Graphs/office-plaza.yaml", "--paper", paper, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let size = try #require(printedSize(result.stderr), "\(result.stderr)")
        #expect(size >= 7)
        let (width, height) = try #require(try mediaBox(out))
        let sheet: (Double, Double) = paper.hasPrefix("a4") ? (595, 842) : (842, 1191)
        // The drawing fills the sheet less its margins along one side, and fits inside it along the other.
        let long = max(width, height), short = min(width, height)
        #expect(long <= sheet.1 + 1 && short <= sheet.0 + 1, "\(width)×\(height) on \(paper)")
        #expect(long >= sheet.1 - 2 * 0.4 * 72 - 2 || short >= sheet.0 - 2 * 0.4 * 72 - 2, "\(width)×\(height) on \(paper)")
        if paper.hasSuffix("landscape") { #expect(width >= height, "\(width)×\(height) is not on its side") }
    }

    @Test("a map whose text would print under 7 pt is refused with the size and what to do; nothing is written")
    func tooSmallIsRefused() throws {
        let out = try Scratch.folder() + "/everyone.pdf"
        let result = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--everyone", "--paper", "a4", "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("under the 7 pt"), "\(result.stderr)")
        #expect(result.stderr.contains("--paper"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
