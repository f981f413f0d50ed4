import Foundation
import ShopfloorFormats
import ShopfloorModel
import ZIPFoundation
import ShopfloorText

/// Writes a graph as a workbook that `shopfloor import` reads back: one sheet per table of ``GraphTables``,
/// the header row bold and frozen, numbers, dates, times and yes/no as typed cells.
///
/// The archive is built in memory with ZIPFoundation (fixed entry dates, so the same graph gives the same
/// bytes) and written atomically.
public enum WorkbookWriter {
    /// The workbook's bytes in `format` (`.xlsx` or `.ods`).
    public static func data(of graph: OrganizingGraph, format: Workbook.Format, path: String) throws(StoreError) -> Data {
        let tables = GraphTables.tables(of: graph)
        switch format {
        case .xlsx: return try zip(XLSXWriter.parts(tables), path: path)
        case .ods: return try zip(ODSWriter.parts(tables), path: path)
        case .fods: return Data(ODSWriter.flat(tables).utf8)
        }
    }

    /// A zip archive of the parts, in order; a part named `mimetype` is stored uncompressed, as ODF asks.
    static func zip(_ parts: [(name: String, text: String)], path: String) throws(StoreError) -> Data {
        do {
            return try ZipWriter.pack(parts.map { ($0.name, Data($0.text.utf8)) }, stored: ["mimetype"])
        } catch {
            throw .writeFailed(path: path, reason: Text.string("store.theWorkbookCouldNot", ["error": "\(error)"]))
        }
    }

    /// XML text and attribute escaping by the one rule of ``Escaping``; a line break stays one (`&#10;`).
    static func escape(_ s: String) -> String { Escaping.markup(s, lineBreak: "&#10;") }

    /// The spreadsheet serial of a day (days since 1899-12-30), as both formats' programs count.
    static func serial(_ day: Day) -> Int {
        guard let epoch = Day(year: 1899, month: 12, day: 30) else {
            preconditionFailure("1899-12-30 is a day of the calendar")
        }
        return day.daysSinceEpoch - epoch.daysSinceEpoch
    }
}

