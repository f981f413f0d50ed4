import Foundation

/// A sheet as the import reads it: from a CSV file or from one sheet of a workbook.
///
/// Row and column numbers are the ones the spreadsheet program shows (the header is the first non-empty row;
/// a CSV file's header is row 1), so a message's `row 7, column C` is where the user looks.
public struct SheetTable: Sendable {
    /// One row below the header.
    public struct Record: Sendable {
        /// The row number the spreadsheet program shows.
        public var row: Int
        /// The physical line of a CSV file the record starts on; nil in a workbook.
        public var line: Int?
        /// The cells from column A on; empty cells at the end of a row may be left out.
        public var cells: [SheetCell]

        public init(row: Int, line: Int? = nil, cells: [SheetCell]) {
            self.row = row
            self.line = line
            self.cells = cells
        }
    }

    /// The file, as the user named it.
    public var file: String
    /// The sheet's name in a workbook; nil for a CSV file.
    public var sheet: String?
    /// The header row's cells, as text, from column A on.
    public var header: [String]
    /// The header's row number.
    public var headerRow: Int
    public var records: [Record]
    /// The CSV delimiter, for the import's report.
    public var delimiter: Character?

    public init(file: String, sheet: String? = nil, header: [String], headerRow: Int = 1, records: [Record],
        delimiter: Character? = nil) {
        self.file = file
        self.sheet = sheet
        self.header = header
        self.headerRow = headerRow
        self.records = records
        self.delimiter = delimiter
    }

    /// A workbook sheet's rows (row number and cells) as a table: the first non-empty row is the header.
    ///
    /// Returns nil when the sheet has no non-empty row.
    static func fromRows(file: String, sheet: String, rows: [(row: Int, cells: [SheetCell])]) -> SheetTable? {
        guard let first = rows.firstIndex(where: { !$0.cells.allSatisfy(\.isEmpty) }) else { return nil }
        let header = rows[first].cells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let records = rows[(first + 1)...].filter { !$0.cells.allSatisfy(\.isEmpty) }.map { Record(row: $0.row, cells: $0.cells) }
        return SheetTable(file: file, sheet: sheet, header: header, headerRow: rows[first].row, records: records)
    }
}

extension CSVTable {
    /// The CSV file as a sheet of text cells.
    func sheet(file: String) -> SheetTable {
        SheetTable(file: file, header: header, records: records.map {
            SheetTable.Record(row: $0.row, line: $0.line, cells: $0.fields.map { $0.isEmpty ? .empty : .text($0) })
        }, delimiter: delimiter)
    }
}
