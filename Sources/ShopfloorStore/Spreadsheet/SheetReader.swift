import Foundation
import ShopfloorModel
import ShopfloorText

/// Reads the rows of one sheet (a CSV file or a workbook sheet) into a ``GraphDraft``, one kind of record per sheet.
///
/// An empty cell leaves the field as it was (or at its default for a new record), so a sheet with a few
/// columns updates those columns only; the cell `-` clears the field (and so does an empty cell when the
/// import's ``SpreadsheetImport/Options/blankClears`` is set). Every bad cell becomes a diagnostic with
/// file, sheet, row, column, field and id; the draft is thrown away when there is any.
struct SheetReader {
    /// The cell that clears a field.
    static let clearMarker = "-"

    let file: String
    let sheet: String?
    let kind: SpreadsheetKind
    let options: SpreadsheetImport.Options
    private(set) var mapping: [SpreadsheetImport.ColumnMapping] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rowDiagnostics: [Diagnostic] = []
    private var columnOf: [String: Int] = [:]
    private var headers: [String]
    /// The first row of each record id seen in this sheet, to refuse an id written twice.
    private var firstRow: [String: Int] = [:]
    /// The ties of this sheet before they are merged (see `SheetReader+Ties.swift`).
    var pendingTies: [PendingTie] = []
    /// Workplaces whose own row was refused in this import: their shops and shifts are not reported again as
    /// referring to a workplace that does not exist.
    var refusedWorkplaces: Set<String> = []

    /// The column (1-based) and header of each field found.
    var columns: [String: (column: Int, header: String)] {
        columnOf.mapValues { ($0 + 1, headers[$0]) }
    }

    /// Whether the sheet has a column for `field`.
    func has(_ field: String) -> Bool { columnOf[field] != nil }

    init(table: SheetTable, kind: SpreadsheetKind, options: SpreadsheetImport.Options = .init()) {
        file = table.file
        sheet = table.sheet
        self.kind = kind
        self.options = options
        let header = table.header
        headers = header
        var lookup: [String: String] = [:]
        for (field, names) in kind.columns { for name in names where lookup[name] == nil { lookup[name] = field } }
        for (i, title) in header.enumerated() {
            let field = lookup[SpreadsheetKind.normalize(title)]
            let letter = CSVTable.columnLetter(i + 1)
            if let field {
                if let first = columnOf[field] {
                    diagnostics.append(Diagnostic(file: file, sheet: sheet, line: table.headerRow, column: i + 1, field: field,
                        message: Text.string("store.columnsAndBothMean", ["columnLetter": "\(CSVTable.columnLetter(first + 1))", "first": "\(header[first])", "letter": "\(letter)", "title": "\(title)", "field": "\(field)"]),
                        hint: Text.string("store.renameOrDeleteOne")))
                } else {
                    columnOf[field] = i
                }
            }
            mapping.append(.init(column: letter, header: title, field: field))
        }
        for field in kind.requiredFields where columnOf[field] == nil {
            let names = kind.columns.first { $0.field == field }?.headers.prefix(3).joined(separator: "', '") ?? field
            diagnostics.append(Diagnostic(file: file, sheet: sheet, line: table.headerRow, field: field,
                message: Text.string("sheet.noColumn", ["field": "\(field)", "headers": "\(header.map { "'\($0)'" }.joined(separator: ", "))"]),
                hint: Text.string("store.addAColumnHeaded", ["names": "\(names)"])))
        }
        if kind == .ties, has("strength"), has("weight") {
            diagnostics.append(Diagnostic(file: file, sheet: sheet, line: table.headerRow, field: "weight",
                message: Text.string("sheet.strengthTwice", ["strength": "\(headers[columnOf["strength"]!])", "weight": "\(headers[columnOf["weight"]!])"]),
                hint: Text.string("store.keepStrengthToOr")))
        }
    }

    // MARK: Cells

    /// The cell of a field in a record, nil when the column is absent, the cell empty or the clear marker.
    func cell(_ field: String, _ record: SheetTable.Record) -> SheetCell? {
        guard let i = columnOf[field], i < record.cells.count else { return nil }
        let cell = record.cells[i]
        if cell.isEmpty { return nil }
        if case .text(let s) = cell, s.trimmingCharacters(in: .whitespaces) == Self.clearMarker { return nil }
        return cell
    }

    /// The trimmed text of a field's cell in a record, nil when the column is absent or the cell empty.
    func text(_ field: String, _ record: SheetTable.Record) -> String? {
        guard let value = cell(field, record)?.text.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        return value.isEmpty ? nil : value
    }

    /// Whether the record clears `field`: its cell is the clear marker, or it is empty and blank cells clear.
    func clears(_ field: String, _ record: SheetTable.Record) -> Bool {
        guard let i = columnOf[field] else { return false }
        return isMarker(field, record) || (options.blankClears && (i >= record.cells.count || record.cells[i].isEmpty))
    }

    /// Whether the field's cell is the clear marker.
    func isMarker(_ field: String, _ record: SheetTable.Record) -> Bool {
        guard let i = columnOf[field], i < record.cells.count, case .text(let s) = record.cells[i] else { return false }
        return s.trimmingCharacters(in: .whitespaces) == Self.clearMarker
    }

    /// The fields this record clears.
    func cleared(_ record: SheetTable.Record) -> [String] {
        columnOf.keys.sorted().filter { clears($0, record) }
    }

    mutating func report(_ record: SheetTable.Record, _ field: String, id: String?, _ message: String, hint: String?) {
        report(record, column: columnOf[field].map { $0 + 1 }, field: field, id: id, message, hint: hint)
    }

    mutating func report(_ record: SheetTable.Record, column: Int?, field: String?, id: String?, _ message: String, hint: String?) {
        let header = column.flatMap { $0 <= headers.count ? headers[$0 - 1] : nil }
        let place = " (" + (column.map { c in
            header.map { Text.string("sheet.placeHeader", ["row": .integer(record.row), "column": "\(CSVTable.columnLetter(c))", "header": "\($0)"]) }
                ?? Text.string("sheet.placeColumn", ["row": .integer(record.row), "column": "\(CSVTable.columnLetter(c))"])
        } ?? Text.string("sheet.placeRow", ["row": .integer(record.row)])) + ")"
        rowDiagnostics.append(Diagnostic(file: file, sheet: sheet, line: record.row, column: column, field: field, id: id,
            message: message + place, hint: hint))
    }

    /// Refuses what a row holds outside the table: a value beyond the last header or under an empty one,
    /// a NUL character, a formula error.
    mutating func checkCells(_ record: SheetTable.Record) {
        for (i, cell) in record.cells.enumerated() where !cell.isEmpty {
            if i >= headers.count || headers[i].isEmpty {
                report(record, column: i + 1, field: nil, id: nil,
                    Text.string("sheet.noHeader", ["value": "\(Self.excerpt(cell.text))"]),
                    hint: Text.string("store.giveColumnAHeader", ["columnLetter": "\(CSVTable.columnLetter(i + 1))"]))
            } else if case .error(let code) = cell {
                report(record, column: i + 1, field: nil, id: nil, Text.string("store4.theCellHoldsThe", ["code": "\(code)"]),
                    hint: Text.string("store.correctTheFormulaOr"))
            } else if cell.text.contains("\u{0}") {
                report(record, column: i + 1, field: nil, id: nil, Text.string("store4.theCellHoldsA"),
                    hint: Text.string("store.retypeTheCellNul"))
            }
        }
    }

    /// The first characters of a value, for a message.
    static func excerpt(_ text: String) -> String {
        let clean = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }

    /// Refuses an id this sheet already had on another row.
    mutating func noteID(_ id: String, _ record: SheetTable.Record, field: String = "id") -> Bool {
        if let first = firstRow[id] {
            report(record, field, id: id, Text.string("store4.idIsAlsoOn", ["id": "\(id)", "first": "\(first)"]),
                hint: Text.string("store.keepOneRowPer", ["first": "\(first)", "row": "\(record.row)"]))
            return false
        }
        firstRow[id] = record.row
        return true
    }

    mutating func identifier(_ field: String, _ record: SheetTable.Record, id: String?) -> String? {
        guard let value = text(field, record) else { return nil }
        guard GraphFileReader.isWord(value) else {
            report(record, field, id: id, Text.string("store4.isNotAValid2", ["excerpt": "\(Self.excerpt(value))"]),
                hint: Text.string("store.idsAreSingleWords", ["slug": "\(GraphFileReader.slug(value))"]))
            return nil
        }
        return value
    }

    mutating func identifiers(_ field: String, _ record: SheetTable.Record, id: String?) -> [String]? {
        guard let value = text(field, record) else { return nil }
        let words = value.split(whereSeparator: { ",;|\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var out: [String] = []
        for word in words {
            if GraphFileReader.isWord(word) { out.append(word) } else {
                report(record, field, id: id, Text.string("store4.isNotAValid2", ["excerpt": "\(Self.excerpt(word))"]), hint: Text.string("store.separateIdsWithCommas"))
            }
        }
        return out
    }

    mutating func word<V: Vocabulary>(_ field: String, _ record: SheetTable.Record, _ type: V.Type, id: String?) -> V? {
        guard let value = text(field, record) else { return nil }
        if let parsed = V(word: value) { return parsed }
        let words = V.words.joined(separator: ", ")
        report(record, field, id: id, Text.string("vocabulary.unknown", ["value": "\(Self.excerpt(value))", "field": "\(field)"]),
            hint: Suggestion.nearest(to: value, in: V.self).map { Text.string("vocabulary.didYouMean.sheet", ["word": "\($0)", "words": "\(words)"]) }
                ?? Text.string("vocabulary.validWords", ["words": "\(words)"]))
        return nil
    }

    /// A whole number: a number cell, or text read by ``SheetNumber`` (`39`, `39.0`, `39,0`, `2.400`).
    /// A fraction is refused, never rounded or read without its decimal point.
    mutating func integer(_ field: String, _ record: SheetTable.Record, id: String?, range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let cell = cell(field, record) else { return nil }
        let number: SheetNumber?
        switch cell {
        case .number(let d) where d.isFinite: number = SheetNumber(d)
        case .text(let s): number = SheetNumber(s)
        default: number = nil
        }
        let shown = Self.excerpt(cell.text.trimmingCharacters(in: .whitespaces))
        switch number {
        case .whole(let n) where range.contains(n):
            return n
        case .whole(let n):
            report(record, field, id: id, Text.string("store4.isOutOfRange2", ["n": "\(n)", "lowerBound": "\(range.lowerBound)", "upperBound": "\(range.upperBound)"]), hint: meaning)
        case .fraction:
            report(record, field, id: id, Text.string("store4.isAFractionWhere", ["shown": "\(shown)"]), hint: meaning)
        case nil:
            report(record, field, id: id, Text.string("store4.isNotAWhole2", ["shown": "\(shown)"]), hint: meaning)
        }
        return nil
    }

    /// A number with a fraction: a number cell, or text with `.` or `,` as the decimal point.
    mutating func decimal(_ field: String, _ record: SheetTable.Record, id: String?, range: ClosedRange<Double>, hint: String? = nil) -> Double? {
        guard let cell = cell(field, record) else { return nil }
        var number: Double?
        switch cell {
        case .number(let d): number = d
        case .text(let s):
            // One separator is the decimal point (40.812, 40,812); with both, the last one is (1.234,5).
            let plain = s.trimmingCharacters(in: .whitespaces)
            switch (Double(plain.replacingOccurrences(of: ",", with: ".")), SheetNumber(plain)) {
            case (let d?, _) where plain.filter({ $0 == "." || $0 == "," }).count <= 1: number = d
            case (_, .whole(let n)?): number = Double(n)
            case (_, .fraction(let d)?): number = d
            default: number = nil
            }
        default: number = nil
        }
        guard let number, number.isFinite, range.contains(number) else {
            report(record, field, id: id, Text.string("store4.isNotAWithin", ["excerpt": "\(Self.excerpt(cell.text))", "field": "\(field)", "format": "\(Self.format(range.lowerBound))", "format2": "\(Self.format(range.upperBound))"]),
                hint: hint ?? Text.string("sheet.degrees"))
            return nil
        }
        return number
    }

    private static func format(_ d: Double) -> String { d.isInfinite ? (d < 0 ? "-∞" : "∞") : SheetCell.format(d) }

    mutating func boolean(_ field: String, _ record: SheetTable.Record, id: String?) -> Bool? {
        guard let cell = cell(field, record) else { return nil }
        switch cell {
        case .boolean(let b): return b
        case .number(let d) where d == 0 || d == 1: return d == 1
        default: break
        }
        switch SpreadsheetKind.normalize(cell.text) {
        case "true", "yes", "y", "x", "1", "evet", "var", "e", "doğru", "dogru": return true
        case "false", "no", "n", "0", "hayir", "yok", "h", "yanlis": return false
        default:
            report(record, field, id: id, Text.string("store4.isNotYesOr2", ["excerpt": "\(Self.excerpt(cell.text))"]), hint: Text.string("store.writeYesOrNo"))
            return nil
        }
    }

    mutating func time(_ field: String, _ record: SheetTable.Record, id: String?) -> TimeOfDay? {
        guard let cell = cell(field, record) else { return nil }
        var fraction: Double?
        switch cell {
        case .time(let days) where (0..<1).contains(days): fraction = days
        case .dateTime(_, let f): fraction = f
        case .number(let d) where (0..<1).contains(d): fraction = d
        case .text(let value):
            // An unformatted time cell comes out of a CSV as a fraction of a day (0.291666666666667 = 07:00).
            if let d = Double(value.replacingOccurrences(of: ",", with: ".")), (0..<1).contains(d),
                value.contains(where: { $0 == "." || $0 == "," }) || d == 0 {
                fraction = d
            }
        default: break
        }
        if let fraction {
            let minutes = Int((fraction * 1440).rounded()) % 1440
            return TimeOfDay(hour: minutes / 60, minute: minutes % 60)
        }
        let value = cell.text
        // Spreadsheets often write times with seconds (06:00:00).
        let parts = value.split(separator: ":")
        let trimmed = parts.count == 3 && parts[2] == "00" ? parts[0...1].joined(separator: ":") : value
        if case .text = cell, let time = TimeOfDay(parsing: trimmed) { return time }
        report(record, field, id: id, Text.string("store4.isNotATime3", ["excerpt": "\(Self.excerpt(value))"]), hint: Text.string("store.writeAHourTime2"))
        return nil
    }

    mutating func day(_ field: String, _ record: SheetTable.Record, id: String?) -> Day? {
        guard let cell = cell(field, record) else { return nil }
        switch cell {
        case .date(let day), .dateTime(let day, _): return day
        case .number:
            report(record, field, id: id, Text.string("store4.isANumberNot", ["text": "\(cell.text)"]),
                hint: Text.string("store.formatTheCellAs"))
            return nil
        default: break
        }
        let value = cell.text.trimmingCharacters(in: .whitespaces)
        if let day = Day(parsing: value) { return day }
        // 02.10.2026 and 02/10/2026 (day first, as Turkish and most European locales write dates).
        let parts = value.split(whereSeparator: { $0 == "." || $0 == "/" })
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            let day = Day(year: y, month: m, day: d) {
            return day
        }
        report(record, field, id: id, Text.string("store4.isNotADate2", ["excerpt": "\(Self.excerpt(value))"]), hint: Text.string("store.writeADateLike2"))
        return nil
    }
}
