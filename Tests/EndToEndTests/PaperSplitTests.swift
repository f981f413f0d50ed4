import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// `--paper a4` on the shipped sample plant: printed, not refused. A shop too large for an A4 page by itself is
/// split by its shifts (or a shift by runs of its people), each part labelled; every page prints its text at
/// 7 pt or more, every person the plant map draws is on exactly one page, and each page counts what it shows.
@Suite("maps for paper: the sample plant on A4, split by shop and shift")
struct PaperSplitTests {
    let paper = PaperCommandTests()

    /// One page of a split map: its texts, smallest printed text, the people drawn and drawn as "continues" rows.
    struct Page {
        var lines: [String]
        var smallest: Double
        var drawn: Set<String>
        var continued: Set<String>
    }

    /// Writes the korfez-motor map on `sheet` as `NAME-k.svg` pages and reads them back.
    func svgPages(_ sheet: String, folder: String, extra: [String] = []) throws -> (pages: [Page], stderr: String) {
        let result = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--paper", sheet, "-o", folder + "/plant.svg"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        var pages: [Page] = []
        while FileManager.default.fileExists(atPath: folder + "/plant-\(pages.count + 1).svg") {
            let svg = try String(contentsOfFile: folder + "/plant-\(pages.count + 1).svg", encoding: .utf8)
            let (lines, smallest) = paper.texts(svg)
            let (drawn, continued) = paper.people(lines)
            pages.append(Page(lines: lines, smallest: smallest, drawn: drawn, continued: continued))
        }
        return (pages, result.stderr)
    }

    /// The people the whole map (no paper) draws, in its shop tables and outside the fence, and how many of the
    /// plant's people its subtitle says it shows.
    func wholeMap(folder: String) throws -> (drawn: Set<String>, shown: Int) {
        let whole = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "-o", folder + "/whole.svg"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let lines = paper.texts(try String(contentsOfFile: folder + "/whole.svg", encoding: .utf8)).lines
        let shown = lines.lazy.compactMap { $0.firstMatch(of: /(\d+) people shown/) }.first.flatMap { Int($0.1) } ?? -1
        return (paper.people(lines).drawn, shown)
    }

    /// A shop part's header, `Pres hattı (part 1 of 2: shift Sabah) · 220 workers`: shop, part, parts, the
    /// shifts' names and whether it is a run of a shift's people.
    static func partHeader(_ line: String) -> (shop: String, part: Int, parts: Int, shifts: Set<String>, run: Bool)? {
        guard let match = line.wholeMatch(of: /(.+) \(part (\d+) of (\d+): shifts? ([^)]*?)(, people \d+–\d+)?\) · \d+ workers/)
        else { return nil }
        return (String(match.1), Int(match.2) ?? 0, Int(match.3) ?? 0, Set(match.4.split(separator: ", ").map(String.init)), match.5 != nil)
    }

    @Test("korfez-motor on --paper a4: every page at 7 pt or more, every person on exactly one page, split shops labelled")
    func sampleOnA4() throws {
        let folder = try Scratch.folder("a4")
        let (everyone, shown) = try wholeMap(folder: folder)
        #expect(everyone.count >= 25, "\(everyone.count) people on the whole map")
        let (pages, stderr) = try svgPages("a4", folder: folder)
        #expect(pages.count >= 3, "\(stderr)")
        var drawnOn: [String: Int] = [:], parts: [String: [(Int, Int)]] = [:], counted = 0
        for (k, page) in pages.enumerated() {
            #expect(page.smallest >= 6.95, "page \(k + 1) prints text at \(page.smallest) pt")
            #expect(page.lines.contains { $0.contains("page \(k + 1) of \(pages.count)") }, "page \(k + 1) has no page number")
            #expect(page.lines.contains("Legend"), "page \(k + 1) has no legend")
            for alias in page.drawn {
                #expect(drawnOn[alias] == nil, "\(alias) is drawn on page \(drawnOn[alias] ?? 0) and page \(k + 1)")
                drawnOn[alias] = k + 1
            }
            #expect(page.drawn.isDisjoint(with: page.continued), "page \(k + 1): \(page.drawn.intersection(page.continued))")
            // A "continues" row names someone another page draws.
            for alias in page.continued { #expect(everyone.contains(alias), "page \(k + 1) continues to \(alias), drawn nowhere") }
            for line in page.lines {
                if let part = Self.partHeader(line) { parts[part.shop, default: []].append((part.part, part.parts)) }
            }
            // The subtitle counts this page's people of the plant's: "this page: 9 of the 28 people shown".
            let subtitle = try #require(page.lines.lazy.compactMap { $0.firstMatch(of: /this page: (\d+) of the (\d+) people shown/) }.first,
                "page \(k + 1) does not say what it shows")
            #expect(Int(subtitle.2) == shown, "page \(k + 1): \(subtitle.0), the whole map shows \(shown)")
            counted += Int(subtitle.1) ?? 0
        }
        #expect(Set(drawnOn.keys) == everyone, "missing: \(everyone.subtracting(drawnOn.keys)), extra: \(Set(drawnOn.keys).subtracting(everyone))")
        // Each page counts the plant's people it draws: together, every one of them once.
        #expect(counted == shown, "the pages count \(counted) people, the whole map shows \(shown)")
        // At least one shop does not fit an A4 page by itself: its parts are numbered 1…n, each once.
        #expect(!parts.isEmpty, "no shop was split: \(pages.map { $0.lines.filter { $0.contains("workers") } })")
        for (shop, numbers) in parts {
            let count = numbers.first?.1 ?? 0
            #expect(numbers.map(\.0).sorted() == Array(1...max(1, count)) && numbers.allSatisfy { $0.1 == count }, "\(shop): \(numbers)")
        }
        // The same split as one PDF of that many A4 pages, its smallest text said.
        let pdf = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--paper", "a4", "-o", folder + "/plant.pdf"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        #expect((paper.printedSize(pdf.stderr) ?? 0) >= 7, "\(pdf.stderr)")
        let pdfinfo = try #require(Tool.path("pdfinfo"), "pdfinfo (poppler-utils, make deps) is needed")
        let info = try Subprocess.run(pdfinfo, ["-f", "1", "-l", "99", folder + "/plant.pdf"])
        #expect(info.stdout.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) } == pages.count, "\(info.stdout)")
        let sizes = info.stdout.matches(of: /Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+)/).map { (Double($0.1) ?? 0, Double($0.2) ?? 0) }
        #expect(sizes.allSatisfy { abs(max($0.0, $0.1) - 842) < 2 && abs(min($0.0, $0.1) - 595) < 2 }, "\(sizes)")
    }

    @Test("a shop split by shift keeps each shift's people together on its part's page")
    func shiftPartsKeepShiftsTogether() throws {
        let folder = try Scratch.folder("shifts")
        let graph = try GraphFile.parse(text: try String(contentsOfFile: PackageRoot.url("Graphs/automotive-plant.yaml").path, encoding: .utf8),
            path: "automotive-plant.yaml")
        let plant = try #require(graph.workplace(Workplace.ID("korfez-motor")))
        let shiftNames = Dictionary(uniqueKeysWithValues: plant.shifts.map { ($0.id.rawValue, $0.name) })
        // Each alias's shop name and shift name, as `list people --json` and the graph give them.
        let listed = try CLI.run(["list", "Graphs/automotive-plant.yaml", "people", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        var whereIs: [String: (shop: String, shift: String)] = [:]
        for row in rows where row["workplace"] as? String == "korfez-motor" {
            guard let alias = row["alias"] as? String, let shift = row["shift"] as? String else { continue }
            // Workers of no listed shop are drawn in the map's "Other departments" table.
            let shop = (row["shop"] as? String).flatMap { shop in plant.shops.first { $0.id.rawValue == shop }?.name }
            whereIs[alias] = (shop ?? "Other departments", shiftNames[shift] ?? shift)
        }
        let (pages, stderr) = try svgPages("a4", folder: folder)
        var checked = 0, people = 0
        var pageOf: [String: Int] = [:]
        for (k, page) in pages.enumerated() { for alias in page.drawn { pageOf[alias] = k + 1 } }
        for (k, page) in pages.enumerated() {
            for line in page.lines {
                guard let part = Self.partHeader(line), !part.run else { continue }
                let (shop, shifts) = (part.shop, part.shifts)
                // Everyone drawn of this shop on these shifts is on this page, wherever the map draws them.
                let ofPart = pageOf.keys.filter { whereIs[$0].map { $0.shop == shop && shifts.contains($0.shift) } ?? false }
                people += ofPart.count
                // And nobody of the shop's other shifts is drawn on a page that holds only this part of it.
                if page.lines.compactMap(Self.partHeader).filter({ $0.shop == shop }).count == 1 {
                    for alias in page.drawn where whereIs[alias]?.shop == shop {
                        #expect(shifts.contains(whereIs[alias]?.shift ?? "?"), "\(alias) of \(shop) is on the page of \(shifts)")
                    }
                }
                for alias in ofPart { #expect(pageOf[alias] == k + 1, "\(alias) of \(shop) \(whereIs[alias]?.shift ?? "?") is on page \(pageOf[alias] ?? 0), its part on page \(k + 1)") }
                checked += 1
            }
        }
        #expect(checked >= 2, "no shop split by shift: \(stderr)")
        #expect(people >= 2, "the parts split by shift hold \(people) people: the check saw no one")
    }

    @Test("a page that cannot hold even one person is refused, saying so; nothing is written")
    func onePersonTooLargeIsRefused() throws {
        let folder = try Scratch.folder("refused")
        let gate = String(repeating: "Kuzey kapısı personel girişi ", count: 12)
        let yaml = """
            workplaces:
              - id: wide
                name: Wide Works
                kind: factory
                headcount: 100
                gates:
                  - {id: g1, name: "\(gate)"}
                shops:
                  - {id: s1, name: Hall, headcount: 100}
                shifts:
                  - {id: a, name: Early, start: "06:00", end: "14:00", gate: g1}
            people:
              - {id: w1, name: Ayşe, workplace: wide, shop: s1, shift: a, affiliation: member}
              - {id: w2, name: Can, workplace: wide, shop: s1, shift: a, affiliation: member}
            """
        try yaml.write(toFile: folder + "/wide.yaml", atomically: true, encoding: .utf8)
        let out = folder + "/wide.pdf"
        let result = try CLI.run(["map", "plant", folder + "/wide.yaml", "--workplace", "wide", "--paper", "a4", "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("even one person of Hall alone would print"), "\(result.stderr)")
        #expect(result.stderr.contains("under the 7 pt") && result.stderr.contains("--paper"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
