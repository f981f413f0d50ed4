import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

/// Sealing, integrity and the alias secret of a workspace: what changes or inspects it as a whole.
extension Workspace {
    /// Seals the workspace with a new passphrase, or stores it plain when `passphrase` is nil.
    @discardableResult
    public func rekey(to passphrase: String?) throws(StoreError) -> Bool {
        try rekey(to: passphrase, parameters: .standard)
    }

    ///
    /// When a plain workspace becomes encrypted, its backup (the plain previous version) is deleted, so that
    /// no readable copy stays beside the sealed file. Returns whether a backup was deleted.
    @discardableResult
    func rekey(to passphrase: String?, parameters: SealedImage.Parameters) throws(StoreError) -> Bool {
        guard lock != nil else { throw .writeFailed(path: path, reason: Text.string("store.theWorkspaceWasOpened")) }
        let wasPlain = sealing == nil
        sealing = try passphrase.map { p throws(StoreError) in try SealedImage.new(passphrase: p, parameters: parameters) }
        try perform {
            try database.write { db in
                try Workspace.note(db, source: "rekey", summary: passphrase == nil ? "stored unencrypted" : "sealed with a new passphrase")
            }
        }
        try save()
        guard wasPlain, sealing != nil else { return false }
        unlink(path + ".bak")
        AtomicFile.syncDirectory(of: path)
        return true
    }

    /// SQLite's `PRAGMA integrity_check` and `foreign_key_check`: an empty list when all is well.
    public func integrityProblems() throws(StoreError) -> [String] {
        try perform {
            try database.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    problems.append(Text.string("workspace.brokenRow", ["table": "\(row[0] as String? ?? "?")",
                        "row": "\(row[1] as Int64? ?? 0)", "missing": "\(row[2] as String? ?? "?")"]))
                }
                return problems
            }
        }
    }

    /// A random secret of this workspace, the key of its stable aliases.
    public func aliasSecret() throws(StoreError) -> String {
        try perform { try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'alias-secret'") ?? "" } }
    }
}
