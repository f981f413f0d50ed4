import Foundation
import GRDB
import ShopfloorModel

/// Where an organization's map lives: one SQLite database file, plain or sealed with a passphrase.
///
/// A workspace is opened into an in-memory SQLite database (`sqlite3_deserialize`), read and changed there
/// in transactions, and saved whole (`sqlite3_serialize`), sealed when encrypted, through ``AtomicFile``: the
/// file on disk is always either the previous or the next version, and the previous one is kept as
/// `<path>.bak`. The plaintext of a sealed workspace never touches the disk (`temp_store = MEMORY`).
public final class Workspace {
    /// The extension `shopfloor init` suggests.
    public static let fileExtension = "shopfloor"

    /// The workspace file, as the user named it.
    public let path: String
    /// The sealing key of an encrypted workspace, nil for a plain one.
    var sealing: SealedImage?
    let database: DatabaseQueue
    private var lock: WriteLock?

    /// Whether the workspace is encrypted at rest.
    public var isEncrypted: Bool { sealing != nil }

    private init(path: String, database: DatabaseQueue, sealing: SealedImage?) {
        self.path = path
        self.database = database
        self.sealing = sealing
    }

    /// Whether `path` names a workspace: the `.shopfloor` extension or a workspace header (plain or sealed).
    public static func isWorkspace(path: String) -> Bool {
        if (path as NSString).pathExtension.lowercased() == fileExtension { return true }
        guard let head = InputFile.head(path: path, count: 16) else { return false }
        return head == SealedImage.magic || head == SealedImage.sqliteMagic
    }

    /// Creates an empty workspace at `path`, sealed with `passphrase` when one is given.
    public static func create(at path: String, passphrase: String?) throws(StoreError) -> Workspace {
        try create(at: path, passphrase: passphrase, parameters: .standard)
    }

    static func create(at path: String, passphrase: String?, parameters: SealedImage.Parameters) throws(StoreError) -> Workspace {
        let lock = try WriteLock(path: path)
        guard access(path, F_OK) != 0 else { throw .alreadyExists(path: path) }
        let sealing = try passphrase.map { p throws(StoreError) in try SealedImage.new(passphrase: p, parameters: parameters) }
        let database = try memoryDatabase(path: path)
        let workspace = Workspace(path: path, database: database, sealing: sealing)
        workspace.lock = lock
        // An empty image in SQLite's memory format, as `open` makes, so saving never copies the database.
        try workspace.deserialize(size: 0) { _ throws(StoreError) in }
        try workspace.perform {
            try WorkspaceSchema.migrator.migrate(database)
            try database.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('alias-secret', ?)",
                    arguments: [(0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max)) }.joined()])
            }
        }
        try workspace.save()
        return workspace
    }

    /// Opens the workspace at `path`; `passphrase` is asked only when the workspace is sealed.
    ///
    /// With `forWriting`, the workspace's write lock is taken first, so that two commands never interleave.
    public static func open(
        at path: String, forWriting: Bool = false, passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> Workspace {
        let lock = forWriting ? try WriteLock(path: path) : nil
        if forWriting { AtomicFile.removeStaleTemporaries(of: path) }
        guard access(path, F_OK) == 0 else { throw .fileNotFound(path: path) }
        let file = try ImageFile(path: path)
        let database = try memoryDatabase(path: path)
        var workspace: Workspace
        if file.head.starts(with: SealedImage.magic) {
            let sealing: SealedImage, image: Data
            (sealing, image) = try SealedImage.open(try file.readAll(), path: path, passphrase: try passphrase())
            workspace = Workspace(path: path, database: database, sealing: sealing)
            try workspace.load(size: image.count) { buffer throws(StoreError) in
                image.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: image.count)
            }
        } else if file.head.starts(with: SealedImage.sqliteMagic) {
            // A plain workspace is read straight into SQLite's buffer: the image is never held twice.
            workspace = Workspace(path: path, database: database, sealing: nil)
            try workspace.load(size: file.size) { buffer throws(StoreError) in try file.read(into: buffer) }
        } else {
            throw .notAWorkspace(path: path, reason: "it is neither a SQLite database nor a sealed workspace")
        }
        workspace.lock = lock
        return workspace
    }

    private static func memoryDatabase(path: String) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        do { return try DatabaseQueue(configuration: configuration) } catch {
            throw .database(path: path, reason: "\(error)")
        }
    }

    /// Runs database work, turning GRDB's errors into ``StoreError``.
    func perform<T>(_ work: () throws -> T) throws(StoreError) -> T {
        do { return try work() } catch let error as StoreError { throw error } catch let error as DatabaseError {
            throw .database(path: path, reason: error.message ?? "\(error)")
        } catch {
            throw .database(path: path, reason: "\(error)")
        }
    }

    /// Replaces the in-memory database with a `size`-byte image that `fill` writes into SQLite's buffer, and
    /// checks it.
    private func load(size: Int, fill: (UnsafeMutableRawPointer) throws(StoreError) -> Void) throws(StoreError) {
        try deserialize(size: size, fill: fill)
        try perform {
            try database.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw StoreError.corruptWorkspace(path: path, reason: check.prefix(3).joined(separator: "; "))
                }
                guard try db.tableExists("meta") else {
                    throw StoreError.notAWorkspace(path: path, reason: "it is a SQLite database without Shopfloor tables")
                }
            }
            if try database.read({ db in try WorkspaceSchema.migrator.hasBeenSuperseded(db) }) {
                throw StoreError.notAWorkspace(path: path,
                    reason: "it was written by a newer Shopfloor (schema newer than \(WorkspaceSchema.version)); upgrade Shopfloor to open it")
            }
            try WorkspaceSchema.migrator.migrate(database)
        }
    }

    /// Makes the database an image in memory of `size` bytes that `fill` writes into SQLite's own buffer.
    private func deserialize(size: Int, fill: (UnsafeMutableRawPointer) throws(StoreError) -> Void) throws(StoreError) {
        try perform {
            try database.writeWithoutTransaction { db in
                guard let code = try RawSQLite.deserialize(db, size: size, fill: fill) else {
                    throw StoreError.database(path: path, reason: "out of memory for a \(size)-byte workspace")
                }
                guard code == .SQLITE_OK else {
                    throw StoreError.corruptWorkspace(path: path, reason: "SQLite cannot open the image (code \(code.rawValue))")
                }
                db.clearSchemaCache()
            }
        }
    }

    /// The schema migrations applied to this workspace, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try perform { try database.read { db in try WorkspaceSchema.migrator.appliedMigrations(db) } }
    }

    /// Writes the in-memory database to the file: serialize, seal if encrypted, replace atomically.
    func save() throws(StoreError) {
        try perform {
            try database.writeWithoutTransaction { db in
                let saved: Void? = try RawSQLite.withImage(of: db) { image in
                    let data = try sealing.map { s throws(StoreError) in try s.seal(image) } ?? image
                    try AtomicFile.write(data, to: path)
                }
                guard saved != nil else { throw StoreError.database(path: path, reason: "cannot serialize the database") }
            }
        }
    }

    /// The graph stored in the workspace, checked by the same rules as every write (``OrganizingGraph/violations()``):
    /// a workspace changed outside Shopfloor (a tie to nobody, a self-tie, a headcount of 2⁶³−1) is refused,
    /// every problem listed, instead of being called valid or trapping later on a stored number.
    public func graph() throws(StoreError) -> OrganizingGraph {
        let graph = try storedGraph()
        let problems = graph.violations()
        guard problems.isEmpty else {
            throw .invalid(path: path, diagnostics: problems.map { violation in
                Diagnostic(file: path, field: violation.field,
                    id: violation.id ?? "\(violation.collection.rawValue) #\(violation.index + 1)",
                    message: violation.message + " (the workspace was changed outside Shopfloor)",
                    hint: violation.hint ?? "restore the previous version: copy '\(path).bak' over the workspace")
            })
        }
        return graph
    }

    /// Whether two graphs hold the same records in the same order (what the tables would store).
    static func same(_ a: OrganizingGraph, _ b: OrganizingGraph) -> Bool {
        a.name == b.name && a.workplaces == b.workplaces && a.places == b.places && a.people == b.people
            && a.cells == b.cells && a.ties == b.ties && a.contacts == b.contacts
    }

    /// The graph the tables hold, unchecked: for an edit, whose result is checked as a whole before it is written.
    func storedGraph() throws(StoreError) -> OrganizingGraph {
        try perform { try database.read { db in try WorkspaceTables.read(from: db, path: path) } }
    }

    /// Replaces the stored graph after checking it; on any problem nothing changes.
    ///
    /// The graph is checked with ``OrganizingGraph/violations()``, written in one transaction (SQLite checks
    /// foreign keys at commit), then the workspace is saved. `action` names the change in messages.
    public func replaceGraph(with graph: OrganizingGraph, action: String) throws(StoreError) {
        try replaceGraph(with: graph, previous: nil, action: action)
    }

    /// ``replaceGraph(with:action:)`` unless `graph` holds the same records as `stored` (the graph ``graph()``
    /// read under this workspace's write lock): then the file is not touched, not rewritten and its `.bak` not
    /// rotated. Returns whether it was written.
    @discardableResult
    public func replaceGraph(with graph: OrganizingGraph, unlessSameAs stored: OrganizingGraph, action: String) throws(StoreError) -> Bool {
        if Self.same(stored, graph) { return false }
        return try replaceGraph(with: graph, previous: nil, action: action)
    }

    /// ``replaceGraph(with:action:)``, writing only what differs from `previous` when it is given: it must be
    /// the graph the tables hold now, as ``graph()`` read it under this workspace's write lock. When nothing
    /// differs the file is not touched (not rewritten, its `.bak` not rotated); returns whether it was written.
    @discardableResult
    func replaceGraph(with graph: OrganizingGraph, previous: OrganizingGraph?, action: String) throws(StoreError) -> Bool {
        guard lock != nil else { throw .writeFailed(path: path, reason: "the workspace was opened read-only") }
        if let previous, Self.same(previous, graph) { return false }
        let problems = graph.violations().map { violation in
            Diagnostic(file: path, field: violation.field, id: violation.id ?? "\(violation.collection.rawValue) #\(violation.index + 1)",
                message: violation.message, hint: violation.hint)
        }
        guard problems.isEmpty else { throw .rejected(path: path, action: action, diagnostics: problems) }
        if let previous {
            // A few rows change: SQLite's own deferred foreign keys check just those at commit.
            try perform { try database.write { db in try WorkspaceTables.writeChanges(from: previous, to: graph, into: db) } }
            try save()
            return true
        }
        // The graph's own invariants cover every reference, so SQLite's row-by-row foreign-key lookups are
        // switched off while the rows go in and checked once, over the whole database, before the commit.
        try perform {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                // Rebuilding the indexes sorts every key. A plain workspace lies on the disk as it is, so its sort
                // may spill to a temporary file (unlinked at once) instead of memory; a sealed one never does,
                // since ids in plain text must not touch the disk.
                if sealing == nil {
                    try db.execute(sql: "PRAGMA temp_store = FILE")
                }
                defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
                try db.inTransaction {
                    try WorkspaceTables.write(graph, into: db)
                    if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                        throw StoreError.database(path: path,
                            reason: "a \(broken[0] as String? ?? "row") refers to a missing \(broken[2] as String? ?? "record")")
                    }
                    return .commit
                }
            }
        }
        try save()
        return true
    }

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
        guard lock != nil else { throw .writeFailed(path: path, reason: "the workspace was opened read-only") }
        let wasPlain = sealing == nil
        sealing = try passphrase.map { p throws(StoreError) in try SealedImage.new(passphrase: p, parameters: parameters) }
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
                    problems.append("table \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")")
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

extension Workspace {
    /// Changes the stored graph through a draft: reads it, lets `change` edit it, checks and saves the result.
    ///
    /// Nothing is saved when `change` throws or the result breaks a rule of the graph.
    @discardableResult
    public func edit<T>(action: String, _ change: (inout GraphDraft) throws(StoreError) -> T) throws(StoreError) -> T {
        try edit(action, change, storeError: { $0 })
    }

    /// ``edit(action:_:)`` for changes that throw errors of their own (a command's usage error, say): the
    /// error passes through and nothing is saved.
    @discardableResult
    public func edit<T>(action: String, applying change: (inout GraphDraft) throws -> T) throws -> T {
        try edit(action, change, storeError: { $0 })
    }

    /// The one body of both: `change`'s own error type, the store's errors turned into it by `storeError`.
    private func edit<T, E: Error>(
        _ action: String, _ change: (inout GraphDraft) throws(E) -> T, storeError: (StoreError) -> E
    ) throws(E) -> T {
        let before: OrganizingGraph
        do { before = try storedGraph() } catch { throw storeError(error) }
        var draft = GraphDraft(before)
        let result = try change(&draft)
        do { try replaceGraph(with: draft.graph, previous: before, action: action) } catch { throw storeError(error) }
        return result
    }
}
