import Foundation
import ShopfloorFormats
import ShopfloorText

/// A CSV file as spreadsheets write it: a header row and records, RFC 4180 quoting, delimiter sniffed.
///
/// Accepts comma, semicolon (Excel and LibreOffice in Turkish and most European locales) and tab; UTF-8 with
/// or without a byte-order mark; CRLF, LF or CR line ends; quoted fields holding delimiters, quotes (`""`) and
/// line breaks.
public struct CSVTable: Sendable {
    /// One record and where it starts.
    public struct Record: Sendable {
        /// The spreadsheet row number: the header is row 1, the first record row 2.
        public var row: Int
        /// The physical line of the file the record starts on.
        public var line: Int
        public var fields: [String]
    }

    public var delimiter: Character
    public var header: [String]
    public var records: [Record]

    /// Parses CSV bytes; `path` is only used in messages. With `columns`, the file has no header row: those
    /// are its column names and its first row is a record (row 1).
    ///
    /// Lines starting with `#` before the header are comments (as in SNAP's edge lists). A NUL character
    /// anywhere is refused with its line and column.
    public static func parse(data: Data, path: String, columns: [String]? = nil) throws(StoreError) -> CSVTable {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .unreadable(path: path, reason: Text.string("store2.itIsUtfText"))
        }
        let text = try TextBytes.text(of: bytes, path: path, yamlCharacters: false,
            saveAs: Text.string("store3.saveItAsCsv"))
        try refuseNUL(text, path: path)
        let delimiter = sniffDelimiter(text)
        var rows = try split(text, delimiter: delimiter, path: path)
        while let first = rows.first, first.fields.first?.hasPrefix("#") == true { rows.removeFirst() }
        if delimiter == " " {
            for i in rows.indices { rows[i].fields.removeAll { $0.isEmpty } }
        }
        while let last = rows.last, last.fields.allSatisfy({ $0.isEmpty }) { rows.removeLast() }
        if let columns {
            let records = rows.enumerated().filter { !$0.element.fields.allSatisfy { $0.isEmpty } }
                .map { Record(row: $0.offset + 1, line: $0.element.line, fields: $0.element.fields) }
            return CSVTable(delimiter: delimiter, header: columns, records: records)
        }
        guard let head = rows.first else {
            throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: 1, column: 1,
                message: Text.string("store.theFileIsEmpty"), hint: Text.string("store.theFirstRowMust"))])
        }
        let skipped = head.line - 1
        var records: [Record] = []
        for (i, row) in rows.dropFirst().enumerated() where !row.fields.allSatisfy({ $0.isEmpty }) {
            // A cell Shopfloor's own export neutralised (`'=…`, see CSVDocument) reads back as it was.
            records.append(Record(row: i + 2 + skipped, line: row.line, fields: row.fields.map(CSVDocument.unneutralised)))
        }
        return CSVTable(delimiter: delimiter, header: head.fields, records: records)
    }

    /// Refuses text holding NUL characters, naming the line and column of each (up to ten).
    static func refuseNUL(_ text: String, path: String) throws(StoreError) {
        guard text.utf8.contains(0) else { return }
        var diagnostics: [Diagnostic] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1; continue }
            if scalar == "\u{0}" {
                diagnostics.append(Diagnostic(file: path, line: line, column: column, message: Text.string("store.aNulCharacter"),
                    hint: Text.string("store.thisIsNotText")))
                if diagnostics.count == 10 { break }
            }
            column += 1
        }
        throw .invalid(path: path, diagnostics: diagnostics)
    }

    /// Picks the delimiter that occurs most often, outside quotes, on the first line that is not a comment;
    /// a space when none of comma, semicolon and tab does (edge lists such as SocioPatterns' `t i j`).
    static func sniffDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0, " ": 0]
        var quoted = false
        var lineStart = true, comment = false
        for c in text {
            if lineStart { comment = c == "#"; lineStart = false }
            if c == "\n" || c == "\r" || c == "\r\n" {
                if !quoted && !comment { break }
                if comment { lineStart = true }
                continue
            }
            if comment { continue }
            if c == "\"" { quoted.toggle(); continue }
            if !quoted, counts[c] != nil { counts[c, default: 0] += 1 }
        }
        if counts[","] == 0 && counts[";"] == 0 && counts["\t"] == 0 && counts[" ", default: 0] > 0 { return " " }
        var best: Character = ","
        for candidate: Character in [";", "\t"] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }

    /// Splits text into rows of fields (RFC 4180).
    /// - Complexity: O(n) in the characters of the text.
    static func split(_ text: String, delimiter: Character, path: String) throws(StoreError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\""); continue }
                        pending = n
                    }
                    quoted = false
                    afterQuote = true
                } else {
                    if c == "\n" || c == "\r\n" || c == "\r" { line += 1; field.append("\n") } else { field.append(c) }
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            case delimiter:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                rows.append((rowLine, fields))
                fields = []
                field = ""
                afterQuote = false
                line += 1
                rowLine = line
            default:
                // Text after a closing quote (`"a"b`) is kept, as spreadsheets do.
                field.append(c)
            }
        }
        if quoted {
            throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: quoteLine,
                message: Text.string("store.aQuotedFieldOpened", ["quoteLine": "\(quoteLine)"]),
                hint: Text.string("store.addTheClosingOr"))])
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((rowLine, fields))
        }
        return rows
    }

    /// A spreadsheet column name: 1 → A, 27 → AA.
    public static func columnLetter(_ index: Int) -> String {
        var n = index
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}
