import Foundation
import ShopfloorModel

/// Imports graph files and spreadsheets into a graph, all or nothing.
///
/// Every file is read and every row checked before anything is merged; then the merged graph is checked with
/// ``OrganizingGraph/violations()``. Any problem anywhere fails the whole import with every problem listed
/// (file, row, column, field, id). Records are upserted by id, so importing the same files again changes
/// nothing.
public struct SpreadsheetImport {
    /// How one column of a spreadsheet was understood.
    public struct ColumnMapping: Sendable, Codable, Hashable {
        /// The spreadsheet column letter (A, B, …).
        public var column: String
        /// The header as written.
        public var header: String
        /// The field it fills, or nil when the column is ignored.
        public var field: String?
    }

    /// What one file contributed.
    public struct FileReport: Sendable, Codable {
        public var file: String
        /// `graph` for a graph file, else the spreadsheet kind.
        public var kind: String
        public var delimiter: String?
        public var rows: Int
        public var columns: [ColumnMapping]
    }

    /// Everything an import did.
    public struct Outcome: Sendable {
        public var graph: OrganizingGraph
        public var files: [FileReport]
    }

    /// Imports `paths` into `base`. `kind` forces the kind of every CSV file; `progress` gets (rows done, rows).
    public static func run(
        paths: [String], into base: OrganizingGraph, kind: SpreadsheetKind? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StoreError) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var graphs: [(String, OrganizingGraph)] = []
        var tables: [(path: String, kind: SpreadsheetKind, table: CSVTable)] = []
        for path in paths {
            if GraphFile.Format(path: path) != nil {
                do { graphs.append((path, try GraphFile.load(path: path))) } catch {
                    if error.diagnostics.isEmpty { throw error }
                    diagnostics += error.diagnostics
                }
                continue
            }
            guard (path as NSString).pathExtension.lowercased() == "csv" || (path as NSString).pathExtension.lowercased() == "tsv" || (path as NSString).pathExtension.lowercased() == "txt" else {
                throw .unsupportedFormat(path: path, hint: "import reads graph files (.yaml, .yml, .json) and spreadsheets saved as .csv")
            }
            let data = try InputFile.read(path: path)
            let table: CSVTable
            do { table = try CSVTable.parse(data: data, path: path) } catch {
                if error.diagnostics.isEmpty { throw error }
                diagnostics += error.diagnostics
                continue
            }
            guard let detected = kind ?? SpreadsheetKind.guess(path: path, header: table.header) else {
                diagnostics.append(Diagnostic(file: path, line: 1, message: "cannot tell what this spreadsheet holds",
                    hint: "name it after its records (people.csv, workplaces.csv, shops.csv, shifts.csv, places.csv, "
                        + "cells.csv, ties.csv, contacts.csv) or pass --kind"))
                continue
            }
            tables.append((path, detected, table))
        }
        var draft = GraphDraft(base)
        var origins = Origins()
        for (path, graph) in graphs {
            draft.merge(graph)
            origins.note(graph, file: path)
        }
        let order = SpreadsheetKind.allCases
        let total = tables.reduce(0) { $0 + $1.table.records.count }
        var done = 0
        var reports: [FileReport] = graphs.map { FileReport(file: $0.0, kind: "graph", delimiter: nil,
            rows: $0.1.people.count + $0.1.workplaces.count + $0.1.ties.count, columns: []) }
        let sorted = tables.enumerated().sorted {
            (order.firstIndex(of: $0.element.kind) ?? 0, $0.offset) < (order.firstIndex(of: $1.element.kind) ?? 0, $1.offset)
        }.map(\.element)
        for item in sorted {
            var sheet = SheetReader(file: item.path, kind: item.kind, header: item.table.header)
            origins.columns[item.path] = sheet.columns
            diagnostics += sheet.diagnostics
            if sheet.diagnostics.isEmpty {
                for record in item.table.records {
                    sheet.apply(record, to: &draft, origins: &origins)
                    done += 1
                    if done % 256 == 0 || done == total { progress?(done, total) }
                }
                diagnostics += sheet.rowDiagnostics
            }
            let delimiter = item.table.delimiter == "\t" ? "tab" : String(item.table.delimiter)
            reports.append(FileReport(file: item.path, kind: item.kind.rawValue, delimiter: delimiter,
                rows: item.table.records.count, columns: sheet.mapping))
        }
        progress?(total, total)
        let graph = draft.graph
        if diagnostics.isEmpty {
            diagnostics = graph.violations().map { origins.diagnostic(for: $0, in: graph) }
        }
        guard diagnostics.isEmpty else {
            throw .rejected(path: paths.count == 1 ? paths[0] : "import", action: "import", diagnostics: diagnostics)
        }
        return Outcome(graph: graph, files: reports)
    }
}

/// Where each imported record came from, to point the model's violations at a file and row.
struct Origins {
    private var places: [String: (file: String, row: Int?)] = [:]
    /// For each spreadsheet, the column (1-based) and header of each field.
    var columns: [String: [String: (column: Int, header: String)]] = [:]

    private func key(_ collection: Violation.Collection, _ id: String) -> String { "\(collection.rawValue)\u{0}\(id)" }

    mutating func note(_ collection: Violation.Collection, id: String, file: String, row: Int?) {
        places[key(collection, id)] = (file, row)
    }

    mutating func note(_ graph: OrganizingGraph, file: String) {
        for w in graph.workplaces { note(.workplaces, id: w.id.rawValue, file: file, row: nil) }
        for p in graph.places { note(.places, id: p.id.rawValue, file: file, row: nil) }
        for p in graph.people { note(.people, id: p.id.rawValue, file: file, row: nil) }
        for c in graph.cells { note(.cells, id: c.id.rawValue, file: file, row: nil) }
    }

    func diagnostic(for violation: Violation, in graph: OrganizingGraph) -> Diagnostic {
        var id = violation.id
        var collection = violation.collection
        // Shops and shifts are reported under their workplace's row.
        if collection == .shops || collection == .shifts, let parent = violation.parentIndex, parent < graph.workplaces.count {
            if let own = places[key(collection, violation.id ?? "")] {
                return located(violation, file: own.file, row: own.row)
            }
            id = graph.workplaces[parent].id.rawValue
            collection = .workplaces
        }
        let origin = id.flatMap { places[key(collection, $0)] }
        return located(violation, file: origin?.file ?? "workspace", row: origin?.row)
    }

    /// A diagnostic at a file's row, and at the column of the field when the file is a spreadsheet.
    private func located(_ violation: Violation, file: String, row: Int?) -> Diagnostic {
        guard let row, let column = columns[file]?[violation.field] else {
            return Diagnostic(file: file, line: row, field: violation.field, id: violation.id,
                message: violation.message, hint: violation.hint)
        }
        return Diagnostic(file: file, line: row, column: column.column, field: violation.field, id: violation.id,
            message: violation.message + " (row \(row), column \(CSVTable.columnLetter(column.column)) '\(column.header)')",
            hint: violation.hint)
    }
}
