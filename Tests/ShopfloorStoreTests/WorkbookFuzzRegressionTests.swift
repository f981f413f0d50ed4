import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Inputs the fuzzing run found crashing (`Tests/Fuzz/fuzz.py`): each is refused with its place, not a trap.
@Suite("Workbooks found by fuzzing")
struct WorkbookFuzzRegressionTests {
    @Test("a workbook whose XML part is not UTF-8 is refused naming the part, line and column",
        arguments: ["crash-xlsx-418.xlsx", "crash-ods-302.ods"])
    func notUTF8Part(file: String) throws {
        do {
            _ = try SpreadsheetImport.run(paths: [Fixture.path("fuzz/" + file)], into: OrganizingGraph())
            Issue.record("\(file) was imported")
        } catch {
            #expect(error.description.contains("is not UTF-8"), "\(error.description)")
            #expect(error.description.contains("line "), "\(error.description)")
        }
    }

    @Test("an element name that is not UTF-8 is refused before the parser sees it")
    func elementName() {
        var data = Data(#"<?xml version="1.0" encoding="UTF-8"?><a><table-ro"#.utf8)
        data.append(0xCD)
        data.append(contentsOf: Data("w/></a>".utf8))
        #expect(throws: StoreError.self) {
            try XMLEvents.parse(data, part: "content.xml", path: "book.ods") { _ throws(StoreError) in }
        }
    }

    @Test("a part declaring another encoding is refused")
    func otherEncoding() {
        let data = Data(#"<?xml version="1.0" encoding="UTF-16"?><a/>"#.utf8)
        #expect(throws: StoreError.self) {
            try XMLEvents.parse(data, part: "content.xml", path: "book.ods") { _ throws(StoreError) in }
        }
    }
}
