import GRDB
import ShopfloorText

/// One row of a workspace table as a change left it: the row before (nil when it was inserted) and after (nil
/// when it was deleted), each the JSON object SQLite's `json_object` made of the row's columns.
///
/// A change is a list of these; applying it sets every row to its `new` form, reverting it sets every row back
/// to `old`. The JSON keeps SQLite's own values (integer, real, text, null), so a row goes back exactly.
struct RowChange: Codable, Hashable, Sendable {
    /// The table.
    var t: String
    /// The row's primary key, a JSON array of its key columns.
    var k: String
    /// The row before the change.
    var o: String?
    /// The row after the change.
    var n: String?
    /// True when `o` and `n` hold only the columns the change set (an update of a row that stays, as a sealed
    /// workspace's `log` records it without reading the row: ``LogIndex``); nil for whole rows.
    var p: Bool? = nil

    /// The same row change undone.
    var inverted: RowChange { RowChange(t: t, k: k, o: n, n: o, p: p) }
}

/// The tables a change may touch, with their columns and primary keys, read from the schema.
struct TableShapes {
    /// Every recorded table: the graph's tables, the workspace's settings (`meta`) and the keys it knows.
    static let recorded = WorkspaceTables.tables + ["meta", "known_keys"]

    struct Shape {
        var columns: [String]
        var key: [String]
    }

    var shapes: [String: Shape] = [:]

    /// Reads the columns and keys of the recorded tables.
    init(_ db: Database) throws {
        for table in Self.recorded where try db.tableExists(table) {
            let rows = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            let columns = rows.map { $0["name"] as String }
            let key = rows.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
            shapes[table] = Shape(columns: columns, key: key)
        }
    }

    func shape(_ table: String) throws -> Shape {
        guard let shape = shapes[table] else {
            throw StoreError.database(path: "", reason: Text.string("store.aRecordedChangeNames", ["table": "\(table)"]))
        }
        return shape
    }

    /// `json_object('c1', PREFIX.c1, …)` for a table's columns.
    func object(_ table: String, _ prefix: String) throws -> String {
        try "json_object(" + shape(table).columns.map { "'\($0)', \(prefix).\($0.quotedDatabaseIdentifier)" }.joined(separator: ", ") + ")"
    }

    /// `json_array(PREFIX.k1, …)` of a table's key.
    func key(_ table: String, _ prefix: String) throws -> String {
        try "json_array(" + shape(table).key.map { "\(prefix).\($0.quotedDatabaseIdentifier)" }.joined(separator: ", ") + ")"
    }
}

/// Recording which rows a write changes (temporary triggers into a temporary table), and applying or
/// reverting recorded changes.
enum ChangeCapture {
    /// Starts recording: creates the temporary table and one trigger per table and statement kind.
    /// Call inside the write's transaction; ``finish(_:)`` collects the changes and drops the triggers.
    static func start(_ db: Database, shapes: TableShapes) throws {
        try db.execute(sql: "PRAGMA recursive_triggers = ON")
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS captured (n INTEGER PRIMARY KEY, t TEXT NOT NULL, k TEXT NOT NULL, o TEXT, nw TEXT);
            DELETE FROM temp.captured;
            """)
        for table in shapes.shapes.keys.sorted() {
            let insert = "INSERT INTO captured (t, k, o, nw) VALUES ('\(table)'"
            let newRow = "\(try shapes.key(table, "NEW")), NULL, \(try shapes.object(table, "NEW")))"
            let oldRow = "\(try shapes.key(table, "OLD")), \(try shapes.object(table, "OLD")), NULL)"
            try db.execute(sql: """
                CREATE TEMP TRIGGER capture_\(table)_insert AFTER INSERT ON \(table) BEGIN \(insert), \(newRow); END;
                CREATE TEMP TRIGGER capture_\(table)_delete AFTER DELETE ON \(table) BEGIN \(insert), \(oldRow); END;
                CREATE TEMP TRIGGER capture_\(table)_update AFTER UPDATE ON \(table) BEGIN \(insert), \(oldRow); \(insert), \(newRow); END;
                """)
        }
    }

    /// Stops recording and returns each changed row once: its first old form and its last new form, in the
    /// order the rows were first touched; rows that came back as they were are left out.
    static func finish(_ db: Database, shapes: TableShapes) throws -> [RowChange] {
        for table in shapes.shapes.keys.sorted() {
            for kind in ["insert", "delete", "update"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS temp.capture_\(table)_\(kind)")
            }
        }
        try db.execute(sql: "PRAGMA recursive_triggers = OFF")
        var order: [String] = []
        var rows: [String: RowChange] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT t, k, o, nw FROM temp.captured ORDER BY n")
        while let row = try cursor.next() {
            let table: String = row["t"], key: String = row["k"]
            let id = table + "\u{0}" + key
            if var seen = rows[id] {
                seen.n = row["nw"]
                rows[id] = seen
            } else {
                order.append(id)
                rows[id] = RowChange(t: table, k: key, o: row["o"], n: row["nw"])
            }
        }
        try db.execute(sql: "DELETE FROM temp.captured")
        return order.compactMap { rows[$0] }.filter { $0.o != $0.n }
    }

    /// Sets each row to its `new` form: deletes, then inserts, then updates in place (an update never
    /// deletes, so no `ON DELETE CASCADE` fires for a row that stays). Call inside a transaction.
    ///
    /// An update sets the row's other columns, never its key (the row is found by it, so the key stays as it
    /// is): SQLite checks a parent key that a statement sets against every table referring to it, and
    /// `ties.a`, `people.home` and `contacts.place` have no index, so setting a person's id to itself scanned
    /// every tie (60 ms per replayed row at 100,000 people, paid again by every open of the journal).
    static func apply(_ changes: [RowChange], _ db: Database, shapes: TableShapes) throws {
        for change in changes where change.n == nil {
            let shape = try shapes.shape(change.t)
            try db.execute(sql: "DELETE FROM \(change.t) WHERE \(keyMatch(shape))", arguments: [change.k])
        }
        for change in changes where change.o == nil {
            guard let new = change.n else { continue }
            let shape = try shapes.shape(change.t)
            let columns = shape.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            let values = shape.columns.map { "json_extract(?1, '$.\"\($0)\"')" }.joined(separator: ", ")
            try db.execute(sql: "INSERT INTO \(change.t) (\(columns)) VALUES (\(values))", arguments: [new])
        }
        for change in changes where change.o != nil {
            guard let new = change.n else { continue }
            let shape = try shapes.shape(change.t)
            if change.p == true {
                let set = try partialColumns(of: change, shape, db).map { "\($0.quotedDatabaseIdentifier) = json_extract(?1, '$.\"\($0)\"')" }
                try db.execute(sql: "UPDATE \(change.t) SET \(set.joined(separator: ", ")) WHERE \(keyMatch(shape, parameter: 2))",
                    arguments: [new, change.k])
                continue
            }
            let set = shape.columns.filter { !shape.key.contains($0) }
            guard !set.isEmpty else { continue }
            let columns = set.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            let values = set.map { "json_extract(?1, '$.\"\($0)\"')" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE \(change.t) SET (\(columns)) = (\(values)) WHERE \(keyMatch(shape, parameter: 2))",
                arguments: [new, change.k])
        }
    }

    /// Whether every row a change touched still holds what the change left: the rows it made are there as it
    /// made them and the rows it deleted are still gone. Returns the first row that differs.
    static func firstDrift(of changes: [RowChange], _ db: Database, shapes: TableShapes) throws -> RowChange? {
        for change in changes {
            let shape = try shapes.shape(change.t)
            var object = try shapes.object(change.t, change.t)
            if change.p == true {
                object = "json_object(" + (try partialColumns(of: change, shape, db)).map { "'\($0)', \(change.t).\($0.quotedDatabaseIdentifier)" }
                    .joined(separator: ", ") + ")"
            }
            let now = try String.fetchOne(db, sql: "SELECT \(object) FROM \(change.t) WHERE \(keyMatch(shape))",
                arguments: [change.k])
            if now != change.n { return change }
        }
        return nil
    }

    /// The columns a partial change sets, in the order its `n` (or `o`) names them; each must be a column of the
    /// table (a change naming another is refused as damage).
    private static func partialColumns(of change: RowChange, _ shape: TableShapes.Shape, _ db: Database) throws -> [String] {
        let columns = try String.fetchAll(db, sql: "SELECT key FROM json_each(?)", arguments: [change.n ?? change.o])
        guard !columns.isEmpty, columns.allSatisfy(shape.columns.contains) else {
            throw StoreError.database(path: "", reason: Text.string("store.aRecordedChangeNames", ["table": "\(change.t)"]))
        }
        return columns
    }

    /// `k1 = json_extract(?P, '$[0]') AND …`
    private static func keyMatch(_ shape: TableShapes.Shape, parameter: Int = 1) -> String {
        shape.key.enumerated().map { "\($0.element.quotedDatabaseIdentifier) = json_extract(?\(parameter), '$[\($0.offset)]')" }
            .joined(separator: " AND ")
    }
}
