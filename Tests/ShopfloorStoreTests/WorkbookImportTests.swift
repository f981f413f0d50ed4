import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Workbooks in and out: .xlsx and .ods as spreadsheet programs keep them")
struct WorkbookImportTests {
    @Test("the LibreOffice workbook kazan.xlsx imports to the same graph as its sheets saved as CSV")
    func kazanLikeItsCSVs() throws {
        let fromCSV = try SpreadsheetImport.run(paths: Fixture.libreOffice("comma"), into: OrganizingGraph())
        let fromBook = try SpreadsheetImport.run(paths: [Fixture.path("libreoffice/kazan.xlsx")], into: OrganizingGraph())
        #expect(Canonical(fromBook.graph) == Canonical(fromCSV.graph))
        #expect(fromBook.files.map(\.sheet) == ["İşyerleri", "Bölümler", "Vardiyalar", "Kişiler", "İlişkiler"])
        #expect(fromBook.files.first { $0.sheet == "Kişiler" }?.columns.first { $0.header == "DEĞERLENDİRME" }?.field == "assessment")
    }

    @Test("typed cells of a LibreOffice workbook read as what they are (.xlsx and .ods)", arguments: ["orgut.xlsx", "orgut.ods"])
    func typedCells(name: String) throws {
        let outcome = try SpreadsheetImport.run(paths: [Fixture.path("libreoffice/" + name)], into: OrganizingGraph())
        let g = outcome.graph
        // 850.0 typed as a number is 850, the number 39 is 39.
        #expect(g.workplace("kazan-metal")?.headcount == 850)
        #expect(g.workplace("ege-tekstil")?.headcount == 39)
        #expect(g.person("gul-a")?.unionMember == true)
        #expect(g.person("ismail-k")?.unionMember == false)
        #expect(g.person("ismail-k")?.assessment == .undecided)
        #expect(g.person("gul-a")?.notes == "Çay ocağında tanıştık.\nİkinci görüşme: olumlu")
        let night = try #require(g.shift("km-gece")).shift
        #expect(night.start.description == "23:00" && night.end.description == "07:00")
        #expect(g.shift("et-tek")?.shift.start.description == "08:30")
        #expect(g.contacts.map(\.date.description).sorted() == ["2026-10-02", "2026-10-04"])
        #expect(g.contacts.first { $0.with == "sule-y" }?.assessment == .leader)
        #expect(g.ties.count == 2)
        // The notes sheet is no table: skipped and said so.
        #expect(outcome.files.contains { $0.sheet == "Notlar" && $0.kind == "skipped" })
        #expect(outcome.files.contains { $0.sheet == "Görüşmeler" && $0.kind == "contacts" })
    }

    @Test("a bad workbook is refused with book.xlsx:Sheet:row:column")
    func badWorkbook() throws {
        let base = try SpreadsheetImport.run(paths: [Fixture.path("libreoffice/kazan.xlsx")], into: OrganizingGraph()).graph
        let bad = Fixture.path("libreoffice/hatali-kisiler.xlsx")
        do {
            _ = try SpreadsheetImport.run(paths: [bad], into: base)
            Issue.record("imported")
        } catch {
            let d = error.diagnostics
            // 'sempatizan' (row 2) and 'komunist' (row 5, komünist typed without its ü) are Turkish words Shopfloor reads.
            #expect(d.count == 4, "\(error)")
            #expect(!d.contains { $0.field == "affiliation" })
            #expect(d.allSatisfy { $0.file == bad && $0.sheet == "Kişiler" })
            #expect(d.contains { $0.description.hasPrefix("\(bad):Kişiler:2:6:") && $0.message.contains("7 is out of range") })
            #expect(d.contains { $0.line == 6 && $0.field == "assessment" && $0.message.contains("'iki'") })
        }
    }

    @Test("a broken rule found after reading (a shop that does not exist) is placed at book:Sheet:row:column")
    func violationPlaced() throws {
        let base = try SpreadsheetImport.run(paths: [Fixture.path("libreoffice/kazan.xlsx")], into: OrganizingGraph()).graph
        func cell(_ s: String) -> String { "<table:table-cell office:value-type=\"string\"><text:p>\(s)</text:p></table:table-cell>" }
        let rows = [["Kimlik", "Ad Soyad", "Bölüm"], ["gul-a", "Gül Aydın", "km-dokum"], ["veli-k", "Veli Kurt", "km-yok"]]
        let fods = "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:spreadsheet><table:table table:name=\"Kişiler\"><table:table-row table:number-rows-repeated=\"2\"/>"
            + rows.map { "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>" + $0.map(cell).joined() + "</table:table-row>" }.joined()
            + "</table:table></office:spreadsheet></office:body></office:document>"
        let path = try Scratch.file("kisiler.fods", fods)
        do {
            _ = try SpreadsheetImport.run(paths: [path], into: base)
            Issue.record("imported")
        } catch {
            // The header is on row 3 and starts in column C: rows and columns are the sheet's own.
            let d = try #require(error.diagnostics.first { $0.field == "shop" })
            #expect(d.description.hasPrefix("\(path):Kişiler:5:5: 'veli-k', field 'shop': shop 'km-yok' does not exist"), "\(d)")
        }
    }

    @Test("export → import gives the same graph, hostile strings included", arguments: [ExportFormat.xlsx, .ods])
    func roundTrip(format: ExportFormat) throws {
        let base = try SpreadsheetImport.run(paths: [Fixture.path("gebze.yaml")] + Fixture.libreOffice("comma"),
            into: OrganizingGraph()).graph
        // "" is no name a sheet can hold apart from none; XML has no control characters but tab and line break.
        var hostile = ExportTests.hostile.filter { !$0.isEmpty && $0 != "-" }
        if format == .ods { hostile = hostile.map { String($0.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" && $0 != "\n" ? " " : Character($0) }) } }
        // Imports trim a cell's leading and trailing white space, as they always have.
        hostile = hostile.map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        var draft = GraphDraft(base)
        for (i, text) in hostile.enumerated() {
            draft.people[Person.ID("h\(i)")] = Person(id: Person.ID("h\(i)"), name: text,
                address: text, tags: ["plain"], notes: text)
        }
        let graph = draft.graph
        let out = try Scratch.folder() + "/book." + format.rawValue
        try format.write(graph, to: out)
        let again = try SpreadsheetImport.run(paths: [out], into: OrganizingGraph()).graph
        var reloaded = Canonical(again)
        reloaded.name = graph.name
        let expected = Canonical(graph)
        for (a, b) in zip(reloaded.people, expected.people) where a != b { Issue.record("\(a) ≠ \(b)") }
        #expect(reloaded == expected)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        try format.write(graph, to: out)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes, "the same graph gives the same bytes")
    }

    @Test("a zip bomb, a huge sheet and a DTD are refused with what limit they broke")
    func limits() throws {
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let out = try Scratch.folder() + "/book.xlsx"
        try ExportFormat.xlsx.write(graph, to: out)
        var small = SpreadsheetImport.Options()
        small.limits.partBytes = 2_000
        do {
            _ = try SpreadsheetImport.run(paths: [out], into: OrganizingGraph(), options: small)
            Issue.record("a part over the limit was read")
        } catch {
            #expect(error.description.contains("zip bomb"), "\(error)")
        }
        var rows = SpreadsheetImport.Options()
        rows.limits.rows = 3
        do {
            _ = try SpreadsheetImport.run(paths: [out], into: OrganizingGraph(), options: rows)
            Issue.record("a sheet over the row limit was read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("more than 3 rows") == true, "\(error)")
            #expect(error.diagnostics.first?.sheet != nil)
        }
        // A deflated part of 40 MB of spaces (a ratio of about 1000) is refused before it is unpacked.
        let bomb = try Scratch.folder() + "/bomb.ods"
        let padding = String(repeating: " ", count: 40 << 20)
        let data = try WorkbookWriter.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<?xml version=\"1.0\"?><a>" + padding + "</a>")], path: bomb)
        try data.write(to: URL(fileURLWithPath: bomb))
        #expect(data.count < 1 << 20)
        do {
            _ = try SpreadsheetImport.run(paths: [bomb], into: OrganizingGraph())
            Issue.record("the bomb was read")
        } catch {
            #expect(error.description.contains("zip bomb"), "\(error)")
        }
        let dtd = try Scratch.folder() + "/dtd.fods"
        try Data("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><office:document/>".utf8).write(to: URL(fileURLWithPath: dtd))
        do {
            _ = try SpreadsheetImport.run(paths: [dtd], into: OrganizingGraph())
            Issue.record("a DTD was read")
        } catch {
            #expect(error.description.contains("document type"), "\(error)")
        }
    }

    @Test("a part over 10 MB parses (libxml2 refuses one given as a single block)")
    func largePart() throws {
        var xml = "<?xml version=\"1.0\"?><sheetData>"
        let row = "<row><c t=\"inlineStr\"><is><t>Çalışan adı soyadı</t></is></c><c><v>39</v></c></row>"
        xml += String(repeating: row, count: (11 << 20) / row.utf8.count + 1) + "</sheetData>"
        var rows = 0
        try XMLEvents.parse(Data(xml.utf8), part: "sheet.xml", path: "big.xlsx") { event throws(StoreError) in
            if case .end("row") = event { rows += 1 }
        }
        #expect(rows == (11 << 20) / row.utf8.count + 1)
    }

    @Test("Excel serial dates: the 1900 system with its 29 February 1900, and the 1904 system")
    func serials() {
        #expect(Workbook.day(serial: 1, in1904: false)?.description == "1900-01-01")
        #expect(Workbook.day(serial: 59, in1904: false)?.description == "1900-02-28")
        #expect(Workbook.day(serial: 61, in1904: false)?.description == "1900-03-01")
        #expect(Workbook.day(serial: 46297, in1904: false)?.description == "2026-10-02")
        #expect(Workbook.day(serial: 46297.75, in1904: false)?.description == "2026-10-02")
        #expect(Workbook.day(serial: 44835, in1904: true)?.description == "2026-10-02")
        #expect(WorkbookWriter.serial(Day(year: 2026, month: 10, day: 2)!) == 46297)
        #expect(XLSXStyles.meaning(ofCode: "dd/mm/yyyy") == .date)
        #expect(XLSXStyles.meaning(ofCode: "[h]:mm:ss") == .time)
        #expect(XLSXStyles.meaning(ofCode: "yyyy\\-mm\\-dd hh:mm") == .dateTime)
        #expect(XLSXStyles.meaning(ofCode: "#,##0.00\" TL\"") == .number)
        #expect(XLSXStyles.meaning(ofCode: "[Red]0.0") == .number)
        #expect(XLSXReader.unescape("a_x0007_b_x005F_x0041_") == "a\u{07}b_x0041_")
        #expect(XLSXWriter.text("a\u{07}b_x0041_<") == "a_x0007_b_x005F_x0041_&lt;")
    }
}

@Suite("Damaged workbooks are refused, never crash")
struct WorkbookDamageTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("truncated, bit-flipped and byte-garbled workbooks: each is refused with a StoreError, or (damage in a part not read) imports the same graph",
        arguments: ["orgut.xlsx", "orgut.ods"])
    func damaged(name: String) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixture.path("libreoffice/" + name)))
        let expected = Canonical(try SpreadsheetImport.run(paths: [Fixture.path("libreoffice/" + name)], into: OrganizingGraph()).graph)
        let dir = try Scratch.folder()
        var random = SplitMix(state: 18)
        var refused = 0, imported = 0
        for i in 0..<150 {
            var bytes = [UInt8](original)
            switch i % 3 {
            case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
            case 1: for _ in 0..<4 { bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8(1 << Int.random(in: 0..<8, using: &random)) }
            default:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                for j in start..<min(bytes.count, start + 64) { bytes[j] = UInt8.random(in: 0...255, using: &random) }
            }
            let path = dir + "/\(i)-" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                let graph = try SpreadsheetImport.run(paths: [path], into: OrganizingGraph()).graph
                #expect(Canonical(graph) == expected, "copy \(i) imported a different graph")
                imported += 1
            } catch {
                #expect(!error.description.isEmpty)
                refused += 1
            }
        }
        print("\(name): 150 damaged copies, \(refused) refused, \(imported) imported unchanged (damage in parts not read)")
        #expect(refused + imported == 150 && refused > 0)
    }
}
