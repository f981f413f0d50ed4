import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Issue 12 point 7: a spreadsheet means what it says.
@Suite("Spreadsheets mean what they say: numbers, duplicate ids, cells outside the table, NUL")
struct SpreadsheetMeaningTests {
    private func write(_ name: String, _ text: String, in dir: String? = nil) throws -> String {
        let path = try (dir ?? Scratch.folder()) + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func refusal(_ paths: [String], into base: OrganizingGraph = OrganizingGraph()) -> [Diagnostic] {
        do {
            _ = try SpreadsheetImport.run(paths: paths, into: base)
            Issue.record("the import was not refused")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("numbers: 39.0 and 39,0 are 39, 2.400 is 2400, a fraction is not read without its point",
        arguments: [("39", SheetNumber.whole(39)), ("39.0", .whole(39)), ("39,0", .whole(39)), ("39,00", .whole(39)),
            ("2.400", .whole(2400)), ("2,400", .whole(2400)), ("2 400", .whole(2400)), ("1.200.000", .whole(1_200_000)),
            ("0.5", .fraction(0.5)), ("0,5", .fraction(0.5)), ("2.40", .fraction(2.4)), ("1.234,5", .fraction(1234.5)),
            ("1,234.5", .fraction(1234.5)), ("-3", .whole(-3)), ("+4", .whole(4)), ("0.500", .fraction(0.5))])
    func numbers(text: String, expected: SheetNumber) {
        #expect(SheetNumber(text) == expected)
    }

    @Test("not numbers", arguments: ["", "iki", "1e5", "1.2.3", "12,34.56,7", "39.", ".5", "0x1F", "1.23.456"])
    func notNumbers(text: String) {
        #expect(SheetNumber(text) == nil)
    }

    @Test("a headcount written 39.0 is stored as 39, not 390; 2.400 stays 2400")
    func wholeWithPoint() throws {
        let dir = try Scratch.folder()
        let file = try write("workplaces.csv", "id;name;headcount\nw1;One;39.0\nw2;Two;\"39,0\"\nw3;Three;2.400\n", in: dir)
        let g = try SpreadsheetImport.run(paths: [file], into: OrganizingGraph()).graph
        #expect(g.workplace("w1")?.headcount == 39)
        #expect(g.workplace("w2")?.headcount == 39)
        #expect(g.workplace("w3")?.headcount == 2400)
    }

    @Test("an assessment of 0.5 is refused at its file, row and column (it was stored as 5, hostile)")
    func fractionRefused() throws {
        let file = try write("people.csv", "id,name,assessment\nayse-k,Ayşe,1\ncan-t,Can,0.5\n")
        let d = refusal([file])
        #expect(d.count == 1)
        let one = try #require(d.first)
        #expect(one.file == file && one.line == 3 && one.column == 3 && one.field == "assessment")
        #expect(one.message.contains("'0.5' is a fraction where a whole number is expected"))
        #expect(one.description.hasPrefix("\(file):3:3:"))
    }

    @Test("a workplace row refused is reported once, not again at each of its shops and shifts")
    func noCascade() throws {
        let dir = try Scratch.folder()
        let w = try write("workplaces.csv", "id,name,headcount\nw1,One,0.5\n", in: dir)
        let s = try write("shops.csv", "workplace,id,name\nw1,s1,Döküm\nw1,s2,Kaynak\nw9,s3,Boya\n", in: dir)
        let d = refusal([w, s])
        #expect(d.count == 2, "\(d)")
        #expect(d.contains { $0.file == w && $0.field == "headcount" })
        #expect(d.contains { $0.file == s && $0.line == 4 && $0.message.contains("'w9' does not exist") })
    }

    @Test("an id on two rows of one sheet is refused naming both rows (the last row no longer wins)")
    func duplicateID() throws {
        let file = try write("people.csv", "id,name,affiliation\nspy-1,A,informer\nx,B,member\nspy-1,A,member\n")
        let d = refusal([file])
        let one = try #require(d.first)
        #expect(d.count == 1)
        #expect(one.line == 4 && one.column == 1 && one.id == "spy-1")
        #expect(one.message.contains("also on row 2"))
        #expect(one.hint?.contains("rows 2 and 4") == true)
    }

    @Test("duplicate ids are refused for every kind with ids", arguments: [
        ("workplaces.csv", "id,name\nw,One\nw,Two\n"), ("places.csv", "id,kind\npub1,pub\npub1,pub\n"),
        ("cells.csv", "id,kind\nc1,street\nc1,street\n"),
    ])
    func duplicateIDsEverywhere(name: String, text: String) throws {
        let d = refusal([try write(name, text)])
        #expect(d.contains { $0.line == 3 && $0.message.contains("also on row 2") })
    }

    @Test("a value beyond the last header, or under an empty header, is refused, not dropped")
    func cellsBeyondHeader() throws {
        let file = try write("people.csv", "id,name,,notes\nayse-k,Ayşe,,ok\ncan-t,Can,,,surplus\nemre-b,Emre,hidden,\n")
        let d = refusal([file])
        #expect(d.count == 2)
        #expect(d.contains { $0.line == 3 && $0.column == 5 && $0.message.contains("'surplus'") && $0.message.contains("without a header") })
        #expect(d.contains { $0.line == 4 && $0.column == 3 && $0.message.contains("'hidden'") })
    }

    @Test("a NUL byte is refused with its line and column")
    func nul() throws {
        let file = try write("people.csv", "id,name\nayse-k,Ay\u{0}şe\n")
        let d = refusal([file])
        #expect(d.count == 1)
        #expect(d.first?.line == 2 && d.first?.column == 10)
        #expect(d.first?.message.contains("NUL") == true)
    }
}
