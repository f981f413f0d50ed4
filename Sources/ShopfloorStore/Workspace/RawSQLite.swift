import Foundation
import GRDB
import GRDBSQLite
import ShopfloorText

/// The store's raw SQLite calls, all in this file: GRDB does everything else.
///
/// Two kinds of work go past GRDB. A workspace lives in memory as a SQLite image (`sqlite3_deserialize` to
/// open, `sqlite3_serialize` to save), which GRDB has no API for. And the ties table (ten million rows at
/// national scale) is read and written through SQLite's own column and binding calls, where GRDB's row
/// objects and argument arrays cost more than the rows themselves. The connection and statements stay owned by
/// GRDB (it finalizes and closes them); these types only borrow them for the duration of a call.
enum RawSQLite {
    /// Makes `db`'s main schema an image in memory of `size` bytes that `fill` writes into SQLite's own buffer
    /// (SQLite frees the buffer with the connection). Returns SQLite's result code (`isOK` when it took it).
    static func deserialize<E: Error>(
        _ db: Database, size: Int, fill: (UnsafeMutableRawPointer) throws(E) -> Void
    ) throws(E) -> ResultCode? {
        guard let buffer = sqlite3_malloc64(sqlite3_uint64(max(size, 1))) else { return nil }
        do { try fill(buffer) } catch {
            sqlite3_free(buffer)
            throw error
        }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        let code = sqlite3_deserialize(db.sqliteConnection, "main", buffer.assumingMemoryBound(to: UInt8.self),
            sqlite3_int64(size), sqlite3_int64(size), flags)
        return ResultCode(rawValue: code)
    }

    /// Makes `db`'s main schema the image in `mapping`: SQLite reads and writes the mapping in place and grows
    /// within its capacity (it never frees or moves it; the mapping must outlive its use). Returns SQLite's
    /// result code.
    static func deserialize(_ db: Database, mapping: ImageMapping) -> ResultCode {
        let code = sqlite3_deserialize(db.sqliteConnection, "main", mapping.base.assumingMemoryBound(to: UInt8.self),
            sqlite3_int64(mapping.length), sqlite3_int64(mapping.capacity), 0)
        return ResultCode(rawValue: code)
    }

    /// Hands `body` the bytes of `db`'s main schema: the database's own buffer when it is an image in memory
    /// (no copy), else a copy freed afterwards. The bytes are valid only during `body`; nil when SQLite cannot
    /// serialize.
    static func withImage<T>(of db: Database, _ body: (Data) throws -> T) rethrows -> T? {
        var size: sqlite3_int64 = 0
        var copied = false
        var bytes = sqlite3_serialize(db.sqliteConnection, "main", &size, UInt32(SQLITE_SERIALIZE_NOCOPY))
        if bytes == nil {
            bytes = sqlite3_serialize(db.sqliteConnection, "main", &size, 0)
            copied = true
        }
        guard let bytes else { return nil }
        defer { if copied { sqlite3_free(bytes) } }
        return try body(Data(bytesNoCopy: bytes, count: Int(size), deallocator: .none))
    }

    /// A statement of GRDB's stepped, bound and read by hand.
    struct Statement {
        private let statement: GRDB.Statement
        private let db: Database
        private var handle: OpaquePointer { statement.sqliteStatement }

        /// Prepares `sql` on `db` (GRDB owns and finalizes the statement).
        init(_ sql: String, in db: Database) throws {
            statement = try db.makeStatement(sql: sql)
            self.db = db
        }

        /// Runs to the next row: true when there is one, false when done.
        /// - Throws: GRDB's `DatabaseError` with SQLite's message.
        func step() throws -> Bool {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW { return true }
            if code == SQLITE_DONE { return false }
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }

        /// Runs a statement that returns no rows, then resets it for the next bindings.
        func execute() throws {
            defer { reset() }
            if try step() {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: Text.string("store.theStatementReturnedA"), sql: statement.sql)
            }
        }

        /// Makes the statement ready to run again (bindings stay until replaced).
        func reset() { sqlite3_reset(handle) }

        /// Binds an integer to a parameter (1-based).
        func bind(_ value: Int, at index: Int32) { sqlite3_bind_int64(handle, index, Int64(value)) }

        /// Binds text to a parameter (1-based); SQLite copies it.
        func bind(_ text: String, at index: Int32) {
            var text = text
            text.withUTF8 { _ = sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
        }

        /// An integer column of the current row (0-based).
        func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

        /// A text column of the current row (0-based; "" for NULL).
        func text(_ column: Int32) -> String {
            String(decoding: bytes(column), as: UTF8.self)
        }

        /// The UTF-8 bytes of a text column of the current row (0-based; empty for NULL), valid until the next
        /// step or reset.
        func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
            guard let bytes = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
        }

        /// Whether a column of the current row (0-based) is NULL.
        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

        /// A text column of the current row (0-based), nil for NULL.
        func optionalText(_ column: Int32) -> String? {
            isNull(column) ? nil : text(column)
        }

        /// SQLITE_TRANSIENT: SQLite copies bound text before the call returns.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
