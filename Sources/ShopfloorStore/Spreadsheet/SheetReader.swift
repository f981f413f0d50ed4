import Foundation
import ShopfloorModel

/// Reads the rows of one spreadsheet into a ``GraphDraft``, one kind of record per file.
///
/// An empty cell leaves the field as it was (or at its default for a new record), so a spreadsheet with a
/// few columns updates those columns only. Every bad cell becomes a diagnostic with file, row, column, field
/// and id; the draft is thrown away when there is any.
struct SheetReader {
    let file: String
    let kind: SpreadsheetKind
    private(set) var mapping: [SpreadsheetImport.ColumnMapping] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rowDiagnostics: [Diagnostic] = []
    private var columnOf: [String: Int] = [:]
    private var headers: [String]

    /// The column (1-based) and header of each field found.
    var columns: [String: (column: Int, header: String)] {
        columnOf.mapValues { ($0 + 1, headers[$0]) }
    }

    init(file: String, kind: SpreadsheetKind, header: [String]) {
        self.file = file
        self.kind = kind
        self.headers = header
        var lookup: [String: String] = [:]
        for (field, names) in kind.columns { for name in names where lookup[name] == nil { lookup[name] = field } }
        for (i, title) in header.enumerated() {
            let field = lookup[SpreadsheetKind.normalize(title)]
            let letter = CSVTable.columnLetter(i + 1)
            if let field {
                if let first = columnOf[field] {
                    diagnostics.append(Diagnostic(file: file, line: 1, column: i + 1, field: field,
                        message: "columns \(CSVTable.columnLetter(first + 1)) '\(header[first])' and \(letter) '\(title)' both mean '\(field)'",
                        hint: "rename or delete one of them"))
                } else {
                    columnOf[field] = i
                }
            }
            mapping.append(.init(column: letter, header: title, field: field))
        }
        for field in kind.requiredFields where columnOf[field] == nil {
            let names = kind.columns.first { $0.field == field }?.headers.prefix(3).joined(separator: "', '") ?? field
            diagnostics.append(Diagnostic(file: file, line: 1, field: field,
                message: "no column for '\(field)' among the headers \(header.map { "'\($0)'" }.joined(separator: ", "))",
                hint: "add a column headed '\(names)'"))
        }
    }

    // MARK: Cells

    /// The trimmed text of a field's cell in a record, nil when the column is absent or the cell empty.
    func text(_ field: String, _ record: CSVTable.Record) -> String? {
        guard let i = columnOf[field], i < record.fields.count else { return nil }
        let value = record.fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    mutating func report(_ record: CSVTable.Record, _ field: String, id: String?, _ message: String, hint: String?) {
        let column = columnOf[field].map { $0 + 1 }
        let place = column.map { " (row \(record.row), column \(CSVTable.columnLetter($0)) '\(headers[$0 - 1])')" }
            ?? " (row \(record.row))"
        rowDiagnostics.append(Diagnostic(file: file, line: record.row, column: column, field: field, id: id,
            message: message + place, hint: hint))
    }

    mutating func identifier(_ field: String, _ record: CSVTable.Record, id: String?) -> String? {
        guard let value = text(field, record) else { return nil }
        guard GraphFileReader.isWord(value) else {
            report(record, field, id: id, "'\(value)' is not a valid id",
                hint: "ids are single words of letters, digits, '-', '_' or '.', e.g. '\(GraphFileReader.slug(value))'")
            return nil
        }
        return value
    }

    mutating func identifiers(_ field: String, _ record: CSVTable.Record, id: String?) -> [String]? {
        guard let value = text(field, record) else { return nil }
        let words = value.split(whereSeparator: { ",;|\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var out: [String] = []
        for word in words {
            if GraphFileReader.isWord(word) { out.append(word) } else {
                report(record, field, id: id, "'\(word)' is not a valid id", hint: "separate ids with commas, e.g. 'ayse-k, can-t'")
            }
        }
        return out
    }

    mutating func word<V: Vocabulary>(_ field: String, _ record: CSVTable.Record, _ type: V.Type, id: String?) -> V? {
        guard let value = text(field, record) else { return nil }
        if let parsed = V(word: value) { return parsed }
        let near = Suggestion.nearest(to: V.normalize(value), in: V.words + V.aliases.keys.sorted())
            .map { V(word: $0)?.rawValue ?? $0 }
        report(record, field, id: id, "'\(value)' is not a known \(field)",
            hint: (near.map { "did you mean '\($0)'? " } ?? "") + "valid words: \(V.words.joined(separator: ", "))")
        return nil
    }

    mutating func integer(_ field: String, _ record: CSVTable.Record, id: String?, range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let value = text(field, record) else { return nil }
        let cleaned = value.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        guard let number = Int(value) ?? Int(cleaned) ?? Double(value.replacingOccurrences(of: ",", with: ".")).flatMap({ $0 == $0.rounded() ? Int(exactly: $0) : nil }) else {
            report(record, field, id: id, "'\(value)' is not a whole number", hint: meaning)
            return nil
        }
        guard range.contains(number) else {
            report(record, field, id: id, "\(number) is out of range \(range.lowerBound)...\(range.upperBound)", hint: meaning)
            return nil
        }
        return number
    }

    mutating func decimal(_ field: String, _ record: CSVTable.Record, id: String?, range: ClosedRange<Double>) -> Double? {
        guard let value = text(field, record) else { return nil }
        guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), range.contains(number) else {
            report(record, field, id: id, "'\(value)' is not a \(field) within \(range.lowerBound)…\(range.upperBound)",
                hint: "write degrees as a decimal number, e.g. 40.812")
            return nil
        }
        return number
    }

    mutating func boolean(_ field: String, _ record: CSVTable.Record, id: String?) -> Bool? {
        guard let value = text(field, record) else { return nil }
        switch SpreadsheetKind.normalize(value) {
        case "true", "yes", "y", "x", "1", "evet", "var", "e", "doğru", "dogru": return true
        case "false", "no", "n", "0", "hayir", "yok", "h", "yanlis": return false
        default:
            report(record, field, id: id, "'\(value)' is not yes or no", hint: "write yes or no (evet / hayır, true / false)")
            return nil
        }
    }

    mutating func time(_ field: String, _ record: CSVTable.Record, id: String?) -> TimeOfDay? {
        guard let value = text(field, record) else { return nil }
        // Spreadsheets often write times with seconds (06:00:00).
        let parts = value.split(separator: ":")
        let trimmed = parts.count == 3 && parts[2] == "00" ? parts[0...1].joined(separator: ":") : value
        // An unformatted time cell comes out as a fraction of a day (0.291666666666667 = 07:00).
        if let fraction = Double(value.replacingOccurrences(of: ",", with: ".")), (0..<1).contains(fraction),
            value.contains(where: { $0 == "." || $0 == "," }) || fraction == 0 {
            let minutes = Int((fraction * 1440).rounded()) % 1440
            return TimeOfDay(hour: minutes / 60, minute: minutes % 60)
        }
        guard let time = TimeOfDay(parsing: trimmed) else {
            report(record, field, id: id, "'\(value)' is not a time", hint: "write a 24-hour time like 06:00 or 22:30")
            return nil
        }
        return time
    }

    mutating func day(_ field: String, _ record: CSVTable.Record, id: String?) -> Day? {
        guard let value = text(field, record) else { return nil }
        if let day = Day(parsing: value) { return day }
        // 02.10.2026 and 02/10/2026 (day first, as Turkish and most European locales write dates).
        let parts = value.split(whereSeparator: { $0 == "." || $0 == "/" })
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            let day = Day(year: y, month: m, day: d) {
            return day
        }
        report(record, field, id: id, "'\(value)' is not a date", hint: "write a date like 2026-10-02 or 02.10.2026")
        return nil
    }
}
