import Foundation
import ShopfloorTestSupport
import Testing

/// The HTML report as a committee takes it to a meeting: printed on A4 by a real browser, explained column by
/// column, its cards agreeing with its table, its workplaces named as on the map.
@Suite("the report on paper and on screen, end to end")
struct ReportPrintTests {
    static let pdftotext = Tool.path("pdftotext")

    func page() throws -> (path: String, html: String) {
        let path = try Scratch.folder() + "/meeting.html"
        let result = try CLI.run(["report", "penetration", "Graphs/district.yaml", "--html", path, "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stderr)")
        return (path, try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test("every column is explained under the table, colour marks only what met one in ten, workplaces carry the map's names")
    func explainedAndNamed() throws {
        let html = try page().html
        let legend = try #require(html.firstMatch(of: /<dl class="legend">([\s\S]*?)<\/dl>/)).1
        #expect(legend.matches(of: /<dt>/).count == 11, "one line for each column but the first")
        #expect(legend.contains("per ten workers"))
        #expect(!html.contains("class=\"low\""), "red on every value under the target says nothing")
        let met = html.matches(of: /data-f="members_per_ten" class="met"/).count
        let rows = html.matches(of: /<tr data-key=/).count
        #expect(met < rows, "every row coloured")
        // The district map names workplaces by name; the table shows the same name above the id.
        #expect(html.contains("Renkler Boya") || html.contains("<span class=\"id\">renkler-boya</span>"), "no map name in the table")
        #expect(html.contains("<span class=\"id\">"))
        // The members card says which members it counts and how they meet the table's total.
        let total = try #require(html.firstMatch(of: /data-key="total">[\s\S]*?data-f="members">([0-9]+)</)).1
        #expect(html.contains("\(total) work in the table&#39;s workplaces"), "the members card does not name the table's \(total)")
        #expect(html.contains("class=\"zoom\""), "the inline map cannot be seen at full size")
        #expect(!html.contains("page: landscape"))
    }

    @Test("printed on A4 by Chromium: no blank page, and the district map on one page with its caption",
        .enabled(if: Tool.browser != nil && pdftotext != nil, "needs a headless Chromium and pdftotext (poppler-utils)"),
        .timeLimit(.minutes(10)))
    func printsOnA4() throws {
        let (path, _) = try page()
        let pdf = path.replacingOccurrences(of: ".html", with: ".pdf")
        let browser = try #require(Tool.browser)
        let print = try Subprocess.run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: path).absoluteString], killingAfter: 240)
        #expect(print.status == 0, "\(print.stderr.suffix(400))")
        let text = try Subprocess.run(try #require(Self.pdftotext), ["-layout", pdf, "-"])
        var pages = text.stdout.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        #expect(pages.count >= 2)
        for (i, page) in pages.enumerated() {
            #expect(!page.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "page \(i + 1) of \(pages.count) is blank")
        }
        let mapPages = pages.indices.filter { i in
            pages[i].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "District map" }
        }
        let captionPages = pages.indices.filter { pages[$0].contains("filled by members per ten") }
        #expect(!mapPages.isEmpty && mapPages == captionPages, "the map's heading on pages \(mapPages), its caption on \(captionPages)")
        // The totals row is printed once, after the last row, not at the foot of every page the table runs over.
        let totalPages = pages.indices.filter { i in
            pages[i].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("total ") }
        }
        #expect(totalPages.count == 1, "the totals row on pages \(totalPages.map { $0 + 1 }) of \(pages.count)")
    }
}
