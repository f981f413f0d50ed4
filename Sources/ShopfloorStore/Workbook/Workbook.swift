import Foundation
import ShopfloorModel
import ShopfloorText

/// Workbooks as spreadsheet programs save them: Office Open XML (`.xlsx`, Excel and Google Sheets) and
/// OpenDocument (`.ods`, LibreOffice; `.fods`, its flat XML form). Read with ZIPFoundation for the
/// container and Foundation's `XMLParser` for the parts, every sheet into a ``SheetTable`` of typed cells.
public enum Workbook {
    /// The workbook formats.
    public enum Format: String, Sendable, CaseIterable {
        case xlsx, ods, fods

        /// The format a path's extension names, or nil.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "xlsx", "xlsm": self = .xlsx
            case "ods": self = .ods
            case "fods": self = .fods
            default: return nil
            }
        }
    }

    /// Every sheet of the workbook at `path` that has a non-empty row, in the workbook's order.
    public static func read(path: String, format: Format? = nil, limits: WorkbookLimits = .init()) throws(StoreError) -> [SheetTable] {
        guard let format = format ?? Format(path: path) else {
            throw .unsupportedFormat(path: path, hint: Text.string("store.aWorkbookIsXlsx"))
        }
        switch format {
        case .xlsx: return try XLSXReader(path: path, limits: limits).sheets()
        case .ods:
            let package = try ZipPackage(path: path, limits: limits)
            guard let content = try package.data("content.xml") else {
                throw .unreadable(path: path, reason: Text.string("store.itHasNoContent"))
            }
            return try ODSReader(path: path, limits: limits).sheets(content)
        case .fods:
            let data = try InputFile.read(path: path)
            guard data.count <= limits.partBytes else {
                throw .unreadable(path: path, reason: Text.string("store.itIsMoreThan", ["partBytes": "\(limits.partBytes >> 20)"]))
            }
            return try ODSReader(path: path, limits: limits).sheets(data)
        }
    }

    /// Builds the rows of one sheet from cells handed over in reading order, within the limits.
    struct SheetBuilder {
        let path: String
        let sheet: String
        let limits: WorkbookLimits
        private(set) var rows: [(row: Int, cells: [SheetCell])] = []
        private var cells: [SheetCell] = []

        init(path: String, sheet: String, limits: WorkbookLimits) {
            self.path = path
            self.sheet = sheet
            self.limits = limits
        }

        /// Puts a cell at a column (1-based) of the current row; empty cells take no room.
        mutating func set(_ cell: SheetCell, column: Int, row: Int, count: inout Int) throws(StoreError) {
            guard !cell.isEmpty else { return }
            guard column <= limits.columns else {
                throw tooLarge(Text.string("store4.aValueInColumn", ["column": "\(column)", "columns": "\(limits.columns)"]), row: row, column: column)
            }
            count += 1
            guard count <= limits.cells else {
                throw tooLarge(Text.string("store4.moreThanCellsWith", ["cells": "\(limits.cells)"]), row: row, column: column)
            }
            if cells.count < column { cells += Array(repeating: .empty, count: column - cells.count) }
            cells[column - 1] = cell
        }

        /// Ends the current row (numbered `row`), repeated `times` times; an empty row is not kept.
        mutating func endRow(_ row: Int, times: Int = 1) throws(StoreError) {
            defer { cells = [] }
            guard !cells.isEmpty else { return }
            guard rows.count + times <= limits.rows, row + times - 1 <= limits.rows else {
                throw tooLarge(Text.string("store4.moreThanRows", ["rows": "\(limits.rows)"]), row: row, column: nil)
            }
            for r in 0..<times { rows.append((row + r, cells)) }
        }

        func tooLarge(_ what: String, row: Int, column: Int?) -> StoreError {
            .invalid(path: path, diagnostics: [Diagnostic(file: path, sheet: sheet, line: row, column: column,
                message: Text.string("store.theSheetHas", ["what": "\(what)"]), hint: Text.string("store2.aWorkbookReadBy", ["rows": "\(limits.rows)", "columns": "\(limits.columns)", "cells": "\(limits.cells)"]))])
        }

        /// The sheet as a table, or nil when it has no value.
        func table() -> SheetTable? { SheetTable.fromRows(file: path, sheet: sheet, rows: rows) }
    }

    /// The day of a spreadsheet serial date: days since 1899-12-30 (Excel's 1900 system, where the serial
    /// 60 is the 29 February 1900 that never was), or since 1904-01-01 in the 1904 system.
    static func day(serial: Double, in1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let epoch = in1904 ? Day(year: 1904, month: 1, day: 1) : Day(year: 1899, month: 12, day: 30)
        guard let epoch else { return nil }
        // Excel counts 1900 as a leap year: serials before 61 are one day later than the count says.
        let offset = !in1904 && whole < 61 ? whole + 1 : whole
        return epoch.adding(days: offset)
    }

    /// A date-time written as ISO 8601 (`2026-10-02`, `2026-10-02T07:30:00`, `2026-10-02T07:30:00.000Z`).
    static func isoDate(_ text: String) -> SheetCell? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let day = Day(parsing: String(first)) else { return nil }
        guard parts.count == 2 else { return .date(day) }
        let clock = parts[1].prefix { $0.isNumber || $0 == ":" || $0 == "." }.split(separator: ":")
        guard clock.count >= 2, let h = Double(clock[0]), let m = Double(clock[1]) else { return nil }
        let s = clock.count > 2 ? Double(clock[2]) ?? 0 : 0
        let fraction = (h * 3600 + m * 60 + s) / 86400
        return fraction == 0 ? .date(day) : .dateTime(day, dayFraction: fraction)
    }

    /// An ISO 8601 duration (`PT07H30M00S`, `P1DT2H`, `-PT1H`) in days.
    static func isoDuration(_ text: String) -> Double? {
        var s = Substring(text)
        var sign = 1.0
        if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var seconds = 0.0, number = "", inTime = false
        for c in s {
            if c.isNumber || c == "." || c == "," { number.append(c == "," ? "." : c); continue }
            if c == "T" { inTime = true; continue }
            guard let value = Double(number) else { return nil }
            number = ""
            switch (c, inTime) {
            case ("D", false): seconds += value * 86400
            case ("H", true): seconds += value * 3600
            case ("M", true): seconds += value * 60
            case ("S", true): seconds += value
            default: return nil
            }
        }
        guard number.isEmpty else { return nil }
        return sign * seconds / 86400
    }
}

/// The row and column (both 1-based) of an A1 reference such as `C7` or `$AB$12`.
func cellReference(_ text: String) -> (row: Int, column: Int)? {
    var column = 0, row = 0, digits = false
    for scalar in text.unicodeScalars where scalar != "$" {
        switch scalar.value {
        case 65...90 where !digits: column = column * 26 + Int(scalar.value) - 64
        case 97...122 where !digits: column = column * 26 + Int(scalar.value) - 96
        case 48...57:
            digits = true
            row = row * 10 + Int(scalar.value) - 48
        default: return nil
        }
        if column > 1 << 20 || row > 1 << 30 { return nil }
    }
    return column > 0 && row > 0 ? (row, column) : nil
}
