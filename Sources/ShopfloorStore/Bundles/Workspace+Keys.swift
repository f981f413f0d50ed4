import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

extension Workspace {
    /// This workspace's id: random, made once; a cell's bundles back must name its committee's.
    public func workspaceID() throws(StoreError) -> String {
        try meta("workspace-id") ?? ""
    }

    /// A value of the workspace's settings table.
    func meta(_ key: String) throws(StoreError) -> String? {
        try perform { try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) } }
    }

    static func setMeta(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// The public key stored under `name` (a cell's id in a committee's workspace, `committee` in a cell's).
    public func knownKey(_ name: String) throws(StoreError) -> PublicKey? {
        let text = try perform {
            try database.read { db in try String.fetchOne(db, sql: "SELECT public_key FROM known_keys WHERE name = ?", arguments: [name]) }
        }
        return try text.map { t throws(StoreError) in try PublicKey(base64: t, path: path) }
    }

    /// The name a stored key is kept under (a cell's id), or nil when the key is unknown here.
    func knownName(of key: PublicKey, role: String) throws(StoreError) -> String? {
        try perform {
            try database.read { db in
                try String.fetchOne(db, sql: "SELECT name FROM known_keys WHERE role = ? AND public_key = ?", arguments: [role, key.base64])
            }
        }
    }

    /// Stores a cell's public key in a committee's workspace (a recorded change); the cell must exist.
    public func setCellKey(_ cell: Cell.ID, to key: PublicKey) throws(StoreError) {
        let exists = try perform {
            try database.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cells WHERE id = ?)", arguments: [cell.rawValue]) }
        } ?? false
        guard exists else {
            let ids = try graph().cells.map(\.id.rawValue)
            throw .notFound(path: path, what: "cell", id: cell.rawValue, hint: Suggestion.hint(for: cell.rawValue, among: ids, noun: "cell"))
        }
        if let other = try knownName(of: key, role: "cell"), other != cell.rawValue {
            throw .bundleRefused(path: path, reason: Text.string("store.thisKeyIsAlready", ["other": "\(other)"]))
        }
        try record("cell key \(cell)", keepsRules: true) { db in
            try db.execute(sql: """
                INSERT INTO known_keys (name, role, public_key) VALUES (?, 'cell', ?)
                ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key, role = excluded.role
                """, arguments: [cell.rawValue, key.base64])
        }
    }
}

/// Writing a bundle file: whole or not at all, never kept as a backup.
public enum BundleFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        try AtomicFile.write(data, to: path, keepBackup: false)
    }
}
