import Foundation
import ShopfloorTestSupport
import Testing

/// `--paper`: a map sized for a sheet prints no text under 7 pt; a plant map that would is split over pages by
/// shop; a map that still would (a shop too large on its own, another kind of map) is refused, naming the size
/// and what to do, and nothing is written.
@Suite("maps for paper: the 7 pt floor, end to end")
struct PaperCommandTests {
    /// The size `wrote …, smallest text N pt` reports on standard error.
    func printedSize(_ stderr: String) -> Double? {
        // The line is wrapped to the terminal: its words may run over a line break.
        guard let match = stderr.firstMatch(of: /smallest\s+text\s+([0-9.]+)\s+pt/) else { return nil }
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

    /// The texts of an SVG page and the smallest of them as printed (its font size times the drawing's scale).
    func texts(_ svg: String) -> (lines: [String], smallest: Double) {
        let scale = svg.firstMatch(of: #/transform="scale\(([0-9.]+)[ )]/#).flatMap { Double($0.1) } ?? 1
        var lines: [String] = [], smallest = Double.infinity
        for match in svg.matches(of: /<text[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)<\/text>/) {
            let text = String(match.2).replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
            lines.append(text)
            if !text.trimmingCharacters(in: .whitespaces).isEmpty, let size = Double(match.1) { smallest = min(smallest, size * scale) }
        }
        return (lines, smallest)
    }

    /// The shop tables' headers (`Pres hattı · 220 workers`) among a page's texts.
    func shops(_ lines: [String]) -> [String] { lines.filter { $0.wholeMatch(of: /.+ · \d+ workers/) != nil && !$0.hasPrefix("2400") } }

    /// The aliases of the people drawn in rows (`★ PAT4 · technician`), and those drawn as "continues" rows.
    func people(_ lines: [String]) -> (drawn: Set<String>, continued: Set<String>) {
        var drawn: Set<String> = [], continued: Set<String> = []
        for line in lines {
            guard let match = line.wholeMatch(of: /(→ p\.\d+ )?\S{1,3} ([0-9A-Z]{4})( .*)?/) else { continue }
            if match.1 == nil { drawn.insert(String(match.2)) } else { continued.insert(String(match.2)) }
        }
        return (drawn, continued)
    }

    @Test("a plant too large for its sheet is split over pages by shop: every shop on one page, every page at 7 pt or more")
    func largePlantIsSplitByShop() throws {
        let folder = try Scratch.folder("pages")
        let whole = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "-o", folder + "/whole.svg"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let allShops = shops(texts(try String(contentsOfFile: folder + "/whole.svg", encoding: .utf8)).lines)
        #expect(allShops.count >= 10, "\(allShops)")
        // On A3 the whole plant would print at about 5 pt: it was refused; now it is split.
        let result = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--paper", "a3", "-o", folder + "/plant.svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("split over"), "\(result.stderr)")
        var pages: [String] = []
        while FileManager.default.fileExists(atPath: folder + "/plant-\(pages.count + 1).svg") {
            pages.append(try String(contentsOfFile: folder + "/plant-\(pages.count + 1).svg", encoding: .utf8))
        }
        #expect(pages.count >= 2, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/plant.svg"))
        var shopsSeen: [String] = [], drawnOn: [String: Int] = [:]
        for (k, page) in pages.enumerated() {
            let (lines, smallest) = texts(page)
            #expect(smallest >= 6.95, "page \(k + 1) prints text at \(smallest) pt")
            #expect(lines.contains { $0.contains("page \(k + 1) of \(pages.count)") }, "page \(k + 1) has no page number")
            #expect(lines.contains("Legend"), "page \(k + 1) has no legend")
            #expect(result.stderr.contains("plant-\(k + 1).svg"))
            shopsSeen += shops(lines)
            let (drawn, continued) = people(lines)
            for alias in drawn {
                #expect(drawnOn[alias] == nil, "\(alias) is drawn on page \(drawnOn[alias] ?? 0) and page \(k + 1)")
                drawnOn[alias] = k + 1
            }
            // A "continues" row names someone drawn on another page, never on this one.
            #expect(drawn.isDisjoint(with: continued), "page \(k + 1): \(drawn.intersection(continued))")
        }
        #expect(shopsSeen.sorted() == allShops.sorted(), "each shop on exactly one page: \(shopsSeen) vs \(allShops)")
        // The same split as one PDF of that many A3 pages.
        let pdf = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--paper", "a3", "-o", folder + "/plant.pdf"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let pdfinfo = try #require(Tool.path("pdfinfo"), "pdfinfo (poppler-utils, make deps) is needed")
        let info = try Subprocess.run(pdfinfo, ["-f", "1", "-l", "99", folder + "/plant.pdf"])
        #expect(info.stdout.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) } == pages.count, "\(info.stdout)")
        let sizes = info.stdout.matches(of: /Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+)/).map { (Double($0.1) ?? 0, Double($0.2) ?? 0) }
        #expect(sizes.count == pages.count && sizes.allSatisfy { abs(max($0.0, $0.1) - 1191) < 2 && abs(min($0.0, $0.1) - 842) < 2 },
            "\(sizes)")
    }

    @Test("every known worker of the sample plant on A4 is split over pages, not refused; nothing under 7 pt")
    func everyoneOnA4IsSplit() throws {
        let out = try Scratch.folder() + "/everyone.pdf"
        let result = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--everyone", "--paper", "a4", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("split over"), "\(result.stderr)")
        #expect((printedSize(result.stderr) ?? 0) >= 7, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }
}
