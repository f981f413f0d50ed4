import Foundation
import ShopfloorModel
import ShopfloorText

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

    /// What one file, or one sheet of a workbook, contributed.
    public struct FileReport: Sendable, Codable {
        public var file: String
        /// The sheet of a workbook; nil for other files.
        public var sheet: String?
        /// `graph` for a graph file, `skipped` for a workbook sheet that matches no table, else the kind.
        public var kind: String
        public var delimiter: String?
        public var rows: Int
        public var columns: [ColumnMapping]
        /// For a ties sheet: how many ties its rows became (a pair written twice or both ways is one tie).
        public var ties: Int?
        /// For an edge list: how its weights became strengths.
        public var strengthRule: String?
        /// People created because a ties sheet named them (when the import is told to).
        public var peopleAdded: Int?
    }

    /// How an import reads what the files leave open.
    public struct Options: Sendable {
        /// The kind of every CSV file, instead of telling it from the name or the headers.
        public var kind: SpreadsheetKind?
        /// Whether an empty cell clears its field (by default it leaves the field as it was).
        public var blankClears = false
        /// The kind of a tie whose row names none.
        public var tieKind: Tie.Kind?
        /// How an edge list's weights become strengths; nil for ``StrengthBins/thirds``.
        public var strengthBins: StrengthBins?
        /// Whether people a ties sheet names but no sheet or workspace holds are created (id only).
        public var addMissingPeople = false
        /// The column names of CSV files that have no header row (`t,i,j`); their first row is a record.
        public var columns: [String]?
        /// How much of a workbook is read.
        public var limits = WorkbookLimits()

        public init(kind: SpreadsheetKind? = nil, blankClears: Bool = false, tieKind: Tie.Kind? = nil,
            strengthBins: StrengthBins? = nil, addMissingPeople: Bool = false, columns: [String]? = nil) {
            self.kind = kind
            self.blankClears = blankClears
            self.tieKind = tieKind
            self.strengthBins = strengthBins
            self.addMissingPeople = addMissingPeople
            self.columns = columns
        }
    }

    /// Everything an import did.
    public struct Outcome: Sendable {
        public var graph: OrganizingGraph
        public var files: [FileReport]
    }

    /// The message of the problem "this CSV file's kind of records is told neither by its name nor its header".
    public static var unknownKindMessage: String { Text.string("sheet.unknownKind") }

    /// Imports `paths` into `base`. `kind` forces the kind of every CSV file; `progress` gets (rows done, rows).
    public static func run(
        paths: [String], into base: OrganizingGraph, kind: SpreadsheetKind? = nil, options: Options = .init(),
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StoreError) -> Outcome {
        var options = options
        if let kind { options.kind = kind }
        var diagnostics: [Diagnostic] = []
        var graphs: [(String, OrganizingGraph)] = []
        var tables: [(kind: SpreadsheetKind, table: SheetTable)] = []
        var skipped: [FileReport] = []
        for path in paths {
            if GraphFile.Format(path: path) != nil {
                do { graphs.append((path, try GraphFile.load(path: path))) } catch {
                    if error.diagnostics.isEmpty { throw error }
                    diagnostics += error.diagnostics
                }
                continue
            }
            if let format = Workbook.Format(path: path) {
                let sheets: [SheetTable]
                do { sheets = try Workbook.read(path: path, format: format, limits: options.limits) } catch {
                    if error.diagnostics.isEmpty { throw error }
                    diagnostics += error.diagnostics
                    continue
                }
                var matched = 0
                for sheet in sheets {
                    if let detected = SpreadsheetKind.guess(name: sheet.sheet ?? "", header: sheet.header) {
                        tables.append((detected, sheet))
                        matched += 1
                    } else {
                        skipped.append(FileReport(file: path, sheet: sheet.sheet, kind: "skipped", rows: sheet.records.count,
                            columns: []))
                    }
                }
                if matched == 0 {
                    diagnostics.append(Diagnostic(file: path, message: Text.string("store.noSheetOfThe"),
                        hint: Text.string("store2.nameTheSheetsAfter")))
                }
                continue
            }
            let ext = (path as NSString).pathExtension.lowercased()
            guard ["csv", "tsv", "txt", "dat", "edges"].contains(ext) else {
                throw .unsupportedFormat(path: path, hint: Text.string("store2.importReadsGraphFiles"))
            }
            let data = try InputFile.read(path: path)
            let table: SheetTable
            do { table = try CSVTable.parse(data: data, path: path, columns: options.columns).sheet(file: path) } catch {
                if error.diagnostics.isEmpty { throw error }
                diagnostics += error.diagnostics
                continue
            }
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let detected = options.kind ?? SpreadsheetKind.guess(name: stem, header: table.header) else {
                diagnostics.append(Diagnostic(file: path, line: 1, message: Self.unknownKindMessage,
                    hint: Text.string("store2.nameItAfterIts")))
                continue
            }
            tables.append((detected, table))
        }
        var draft = GraphDraft(base)
        var origins = Origins()
        for (path, graph) in graphs {
            draft.merge(graph)
            origins.note(graph, file: path)
        }
        var refusedWorkplaces: Set<String> = []
        let order = SpreadsheetKind.allCases
        let total = tables.reduce(0) { $0 + $1.table.records.count }
        var done = 0
        var reports: [FileReport] = graphs.map { FileReport(file: $0.0, kind: "graph", delimiter: nil,
            rows: $0.1.people.count + $0.1.workplaces.count + $0.1.ties.count, columns: []) }
        let sorted = tables.enumerated().sorted {
            (order.firstIndex(of: $0.element.kind) ?? 0, $0.offset) < (order.firstIndex(of: $1.element.kind) ?? 0, $1.offset)
        }.map(\.element)
        for item in sorted {
            var sheet = SheetReader(table: item.table, kind: item.kind, options: options)
            sheet.refusedWorkplaces = refusedWorkplaces
            origins.columns[sheet.location] = sheet.columns
            diagnostics += sheet.diagnostics
            var merge: TieMerge?
            var added: Int?
            if sheet.diagnostics.isEmpty {
                for record in item.table.records {
                    sheet.apply(record, to: &draft, origins: &origins)
                    done += 1
                    if done % 256 == 0 || done == total { progress?(done, total) }
                }
                if item.kind == .ties {
                    if options.addMissingPeople { added = addPeople(named: sheet.pendingTies, to: &draft, origins: &origins, at: sheet.location) }
                    merge = sheet.mergeTies(into: &draft, origins: &origins)
                }
                diagnostics += sheet.rowDiagnostics
                refusedWorkplaces = sheet.refusedWorkplaces
            }
            let delimiter = item.table.delimiter.map { $0 == "\t" ? "tab" : $0 == " " ? "space" : String($0) }
            reports.append(FileReport(file: item.table.file, sheet: item.table.sheet, kind: item.kind.rawValue,
                delimiter: delimiter, rows: item.table.records.count, columns: sheet.mapping, ties: merge?.ties,
                strengthRule: merge?.rule, peopleAdded: added))
        }
        reports += skipped
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

    /// Creates the people the ties name who exist nowhere yet (id only); returns how many.
    private static func addPeople(named ties: [PendingTie], to draft: inout GraphDraft, origins: inout Origins,
        at location: Origins.Location) -> Int {
        var added = 0
        for tie in ties {
            for id in [tie.a, tie.b] where draft.people[Person.ID(id)] == nil {
                draft.people[Person.ID(id)] = Person(id: .init(id), name: "")
                origins.note(.people, id: id, at: location, row: tie.row)
                added += 1
            }
        }
        return added
    }
}

/// Where each imported record came from, to point the model's violations at a file and row.
struct Origins {
    /// A file, and the sheet within it for a workbook.
    struct Location: Hashable {
        var file: String
        var sheet: String?
    }

    private var places: [String: (location: Location, row: Int?)] = [:]
    /// For each sheet, the column (1-based) and header of each field.
    var columns: [Location: [String: (column: Int, header: String)]] = [:]

    private func key(_ collection: Violation.Collection, _ id: String) -> String { "\(collection.rawValue)\u{0}\(id)" }

    mutating func note(_ collection: Violation.Collection, id: String, at location: Location, row: Int?) {
        places[key(collection, id)] = (location, row)
    }

    mutating func note(_ graph: OrganizingGraph, file: String) {
        let location = Location(file: file)
        for w in graph.workplaces { note(.workplaces, id: w.id.rawValue, at: location, row: nil) }
        for p in graph.places { note(.places, id: p.id.rawValue, at: location, row: nil) }
        for p in graph.people { note(.people, id: p.id.rawValue, at: location, row: nil) }
        for c in graph.cells { note(.cells, id: c.id.rawValue, at: location, row: nil) }
    }

    func diagnostic(for violation: Violation, in graph: OrganizingGraph) -> Diagnostic {
        var id = violation.id
        var collection = violation.collection
        // Shops and shifts are reported under their workplace's row.
        if collection == .shops || collection == .shifts, let parent = violation.parentIndex, parent < graph.workplaces.count {
            if let own = places[key(collection, violation.id ?? "")] {
                return located(violation, at: own.location, row: own.row)
            }
            id = graph.workplaces[parent].id.rawValue
            collection = .workplaces
        }
        let origin = id.flatMap { places[key(collection, $0)] }
        return located(violation, at: origin?.location ?? Location(file: "workspace"), row: origin?.row)
    }

    /// A diagnostic at a file's row, and at the column of the field when the file is a spreadsheet.
    private func located(_ violation: Violation, at location: Location, row: Int?) -> Diagnostic {
        guard let row, let column = columns[location]?[violation.field] else {
            return Diagnostic(file: location.file, sheet: location.sheet, line: row, field: violation.field, id: violation.id,
                message: violation.message, hint: violation.hint)
        }
        return Diagnostic(file: location.file, sheet: location.sheet, line: row, column: column.column, field: violation.field, id: violation.id,
            message: violation.message + " (row \(row), column \(CSVTable.columnLetter(column.column)) '\(column.header)')",
            hint: violation.hint)
    }
}
