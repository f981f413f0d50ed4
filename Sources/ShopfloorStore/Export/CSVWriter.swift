import Foundation
import ShopfloorFormats
import ShopfloorModel
import ShopfloorText

/// Writes a graph as a folder of spreadsheets (people.csv, workplaces.csv, …) that `shopfloor import` reads
/// back, written by the one CSV rule of ``CSVDocument``: UTF-8 with a byte-order mark (so that Excel reads the
/// accents), CRLF line ends, cells that a spreadsheet would run as formulas neutralised; separated by the
/// language's CSV separator (`;` in Turkish, so that Turkish Excel opens each file in columns).
public enum CSVWriter {
    /// The files of the folder, in import order, each as (name, text).
    public static func files(of g: OrganizingGraph) -> [(name: String, text: String)] {
        GraphTables.tables(of: g).map { table in
            (table.name + ".csv", Self.table(table.header, table.rows.map { $0.map(text) }))
        }
    }

    /// A typed cell as CSV text: yes/no for booleans, the cell's own text otherwise.
    private static func text(_ cell: SheetCell) -> String? {
        if case .boolean(let b) = cell { return b ? "yes" : "no" }
        return cell.text
    }

    /// One file's text by the one CSV rule of ``CSVDocument`` (byte-order mark, CRLF, quoting, formulas
    /// neutralised).
    private static func table(_ header: [String], _ rows: [[String?]]) -> String {
        CSVDocument.text([header] + rows.map { $0.map { $0 ?? "" } }, separator: Text.current.csvSeparator)
    }
}

/// The formats `shopfloor export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case yaml, json, csv, graphml, xlsx, ods

    /// Writes `graph` to `path` in this format: a file, or for CSV a folder of files; each file atomically and
    /// owner-only, a missing folder created. A path that is one of `inputs` (or its backup or lock) is refused
    /// before anything is written (``OutputPath``). `palette` colours GraphML's nodes.
    public func write(
        _ graph: OrganizingGraph, to path: String, palette: GraphMLWriter.Palette = .none, inputs: [String] = []
    ) throws(StoreError) {
        let output = try OutputPath(path, inputs: inputs)
        switch self {
        case .yaml, .json:
            try output.write { chunk throws(StoreError) in
                try GraphFileWriter.stream(graph, format: self == .yaml ? .yaml : .json) { text throws(StoreError) in
                    try chunk(Data(text.utf8))
                }
            }
        case .graphml:
            try output.write(Data(GraphMLWriter.text(of: graph, palette: palette).utf8))
        case .xlsx, .ods:
            try output.write(try WorkbookWriter.data(of: graph, format: self == .xlsx ? .xlsx : .ods, path: path))
        case .csv:
            let files = CSVWriter.files(of: graph)
            for file in files { try output.check(file: path + "/" + file.name) }
            try OutputPath.makeFolder(path)
            for file in files {
                try AtomicFile.write(Data(file.text.utf8), to: path + "/" + file.name, keepBackup: false)
            }
        }
    }
}
