import GRDB
import GRDBSQLite
import ShopfloorModel

extension WorkspaceTables {
    /// Reads the ties in their order through SQLite's own column calls.
    ///
    /// Ten million rows at national scale: GRDB's row objects cost more than the rows themselves (about 2.9 s
    /// of a 6.2 s open at a million people), so this loop reads the columns directly and parses each distinct
    /// kind word once.
    static func readTies(_ db: Database, _ reader: inout RowReader) throws -> [Tie] {
        var ties: [Tie] = []
        ties.reserveCapacity(try nextPosition(in: "ties", db))
        let statement = try db.makeStatement(sql: "SELECT a, b, kind, strength FROM ties ORDER BY position")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var kinds: [(text: String, kind: Tie.Kind)] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            let a = text(handle, 0), b = text(handle, 1), word = text(handle, 2)
            let kind: Tie.Kind
            if let known = kinds.first(where: { $0.text == word }) { kind = known.kind } else {
                kind = try reader.word(word, Tie.Kind.self, table: "ties", id: "\(a)–\(b)", column: "kind")
                kinds.append((word, kind))
            }
            ties.append(Tie(.init(a), .init(b), kind: kind, strength: Int(sqlite3_column_int64(handle, 3))))
        }
        return ties
    }

    /// A text column of the current row ("" for NULL).
    private static func text(_ handle: OpaquePointer, _ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }
}
