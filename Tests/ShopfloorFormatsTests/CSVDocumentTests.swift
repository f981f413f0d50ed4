import ShopfloorFormats
import Testing

/// The one CSV rule: byte-order mark, CRLF, RFC 4180 quoting with semicolons, formulas neutralised.
@Suite("CSV document")
struct CSVDocumentTests {
    @Test("a document starts with a byte-order mark and ends each line with CRLF")
    func shape() {
        #expect(CSVDocument.text([["a", "b"], ["1", "2"]]) == "\u{FEFF}a,b\r\n1,2\r\n")
    }

    @Test("fields with separators, quotes, line breaks or edge spaces are quoted, quotes doubled",
        arguments: [("a,b", "\"a,b\""), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""), ("crlf\r\nx", "\"crlf\r\nx\""), (" pad", "\" pad\""), ("pad ", "\"pad \""),
            ("plain", "plain"), ("Türk Metal", "Türk Metal"), ("", "")])
    func quoting(value: String, written: String) {
        #expect(CSVDocument.field(value) == written)
    }

    @Test("a cell a spreadsheet would run as a formula is written as text (OWASP)",
        arguments: [("=1+2", "'=1+2"), ("+WEBSERVICE(\"http://x\")", "\"'+WEBSERVICE(\"\"http://x\"\")\""),
            ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tcmd", "'\tcmd"), ("\rcmd", "\"'\rcmd\""),
            ("=HYPERLINK(\"http://e\",\"x\")", "\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\""), ("-", "'-"),
            ("- list", "'- list")])
    func neutralised(value: String, written: String) {
        #expect(CSVDocument.field(value) == written)
        #expect(CSVDocument.unneutralised(String(written.hasPrefix("\"") ? "'" + value : written)) == value)
    }

    @Test("plain numbers keep their sign: they are values, not formulas",
        arguments: ["-12", "-33.95", "+3", "0", "29.43"])
    func numbers(value: String) {
        #expect(CSVDocument.field(value) == value)
        #expect(CSVDocument.unneutralised(value) == value)
    }

    @Test("text that only looks like an apostrophe stays as it is")
    func apostrophes() {
        #expect(CSVDocument.unneutralised("'quoted'") == "'quoted'")
        #expect(CSVDocument.field("'quoted'") == "'quoted'")
    }
}
