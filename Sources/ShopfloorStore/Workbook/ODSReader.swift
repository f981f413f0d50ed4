import Foundation
import ShopfloorText

/// Reads an OpenDocument spreadsheet's content (`content.xml` of an `.ods`, or a whole `.fods`): each
/// `table:table` a sheet, cells typed by `office:value-type` (float, percentage, currency, date, time,
/// boolean, string), repeated rows and columns expanded only where they hold a value, annotations left out.
struct ODSReader {
    let path: String
    let limits: WorkbookLimits

    func sheets(_ content: Data) throws(StoreError) -> [SheetTable] {
        var state = State(path: path, limits: limits)
        try XMLEvents.parse(content, part: "content.xml", path: path) { event throws(StoreError) in try state.handle(event) }
        return state.tables
    }

    /// The reading state.
    private struct State {
        let path: String
        let limits: WorkbookLimits
        var tables: [SheetTable] = []
        var builder: Workbook.SheetBuilder?
        var depth = 0  // nested tables (a table inside a cell) are read as text of no sheet
        var row = 0, column = 0, rowRepeat = 1, count = 0
        var attributes: [String: String] = [:]
        var columnRepeat = 1
        var paragraphs: [String] = []
        var paragraph: String?
        var skipped = 0  // depth inside an annotation or note

        init(path: String, limits: WorkbookLimits) {
            self.path = path
            self.limits = limits
        }

        mutating func handle(_ event: XMLEvents.Event) throws(StoreError) {
            if skipped > 0 {
                if case .start = event { skipped += 1 }
                if case .end = event { skipped -= 1 }
                return
            }
            switch event {
            case .start("table", let a):
                depth += 1
                if depth == 1 {
                    builder = .init(path: path, sheet: a.attribute("name", prefix: "table") ?? "Sheet\(tables.count + 1)", limits: limits)
                    row = 0
                }
            case .end("table"):
                depth -= 1
                if depth == 0, let table = builder?.table() { tables.append(table) }
                if depth == 0 { builder = nil }
            case .start("table-row", let a) where depth == 1:
                rowRepeat = Self.repeats(a.attribute("number-rows-repeated", prefix: "table"))
                row += 1
                column = 0
            case .end("table-row") where depth == 1:
                try builder?.endRow(row, times: rowRepeat)
                row += rowRepeat - 1
            case .start("table-cell", let a) where depth == 1, .start("covered-table-cell", let a) where depth == 1:
                attributes = a
                columnRepeat = Self.repeats(a.attribute("number-columns-repeated", prefix: "table"))
                paragraphs = []
                paragraph = nil
            case .end("table-cell") where depth == 1, .end("covered-table-cell") where depth == 1:
                let cell = try value()
                if !cell.isEmpty {
                    guard columnRepeat <= limits.columns else {
                        throw builder!.tooLarge(Text.string("store4.aValueRepeatedOver", ["columnRepeat": "\(columnRepeat)"]), row: row, column: column + 1)
                    }
                    for c in 1...columnRepeat { try builder?.set(cell, column: column + c, row: row, count: &count) }
                }
                column += columnRepeat
            case .start("annotation", _), .start("note", _):
                skipped = 1
            case .start("p", _), .start("h", _):
                paragraph = ""
            case .end("p"), .end("h"):
                if let paragraph { paragraphs.append(paragraph) }
                paragraph = nil
            case .start("s", let a):
                paragraph? += String(repeating: " ", count: min(Self.repeats(a.attribute("c", prefix: "text")), 10_000))
            case .start("tab", _): paragraph? += "\t"
            case .start("line-break", _): paragraph? += "\n"
            case .text(let s):
                paragraph? += s
            default: break
            }
        }

        /// A repeat count attribute (1 when absent or not a positive number).
        static func repeats(_ text: String?) -> Int { max(1, text.flatMap { Int($0) } ?? 1) }

        /// The cell just read, typed by its value type.
        private func value() throws(StoreError) -> SheetCell {
            let a = attributes
            let text = paragraphs.joined(separator: "\n")
            if a["calcext:value-type"] == "error" { return .error(text.isEmpty ? "#ERROR" : text) }
            switch a.attribute("value-type", prefix: "office") {
            case "float", "percentage", "currency":
                guard let raw = a.attribute("value", prefix: "office"), let number = Double(raw), number.isFinite else {
                    throw bad(Text.string("store4.holdsANumberThat"))
                }
                return .number(number)
            case "date":
                guard let raw = a.attribute("date-value", prefix: "office"), let date = Workbook.isoDate(raw) else {
                    throw bad(Text.string("store4.holdsADateThat"))
                }
                return date
            case "time":
                guard let raw = a.attribute("time-value", prefix: "office"), let days = Workbook.isoDuration(raw) else {
                    throw bad(Text.string("store4.holdsATimeThat"))
                }
                return .time(days: days)
            case "boolean":
                return .boolean(a.attribute("boolean-value", prefix: "office") == "true")
            default:
                let s = a.attribute("string-value", prefix: "office") ?? text
                return s.isEmpty ? .empty : .text(s)
            }
        }

        private func bad(_ what: String) -> StoreError {
            .invalid(path: path, diagnostics: [Diagnostic(file: path, sheet: builder?.sheet, line: row, column: column + 1,
                message: "the cell " + what, hint: Text.string("store.openTheWorkbookIn"))])
        }
    }
}
