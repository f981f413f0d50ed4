import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

/// Where an organization's map lives: one SQLite database file, plain or sealed with a passphrase.
///
/// A workspace is opened into an in-memory SQLite database (`sqlite3_deserialize`), read and changed there
/// in transactions. Every write is recorded as a change (the rows it touched, before and after) in the
/// `changes` table; a small change is appended to the file's journal (``ChangeJournal``), a large one, or a
/// journal grown long, saves the whole image (`sqlite3_serialize`), sealed when encrypted, through
/// ``AtomicFile``, keeping the previous file as `<path>.bak`. Either way the file on disk is always the
/// previous or the next version. The plaintext of a sealed workspace never touches the disk
/// (`temp_store = MEMORY`).
public final class Workspace {
    /// The extension `shopfloor init` suggests.
    public static let fileExtension = "shopfloor"

    /// The workspace file, as the user named it.
    public let path: String
    /// The sealing key of an encrypted workspace, nil for a plain one.
    var sealing: SealedImage?
    let database: DatabaseQueue
    private(set) var lock: WriteLock?
    /// Where the image ends and the journal starts, where the journal ends, and how many records it holds.
    var journal = JournalPosition()
    /// The tables a change may touch (read from the schema when first needed).
    var shapes: TableShapes?
    /// Whether opening brought the schema up to date (a writer then saves the new schema at once).
    private var migrated = false
    /// Whether the graph in memory is known to keep every rule of the model: its image carried the stamp of a
    /// checked save and every change after it keeps the rules, or the whole graph was checked in this process.
    /// ``graph()`` then skips the rules, and ``save()`` stamps the image it writes.
    var checked = false
    /// Whether the image passed SQLite's `quick_check` or carried a matching stamp when opened (a write opened
    /// without `verifying` skips the check): only such an image is stamped once its graph is checked.
    var imageVerified = true
    /// Set when the image's stamp matched: what a read needs to take its people and ties from the
    /// ``ReadSnapshot`` saved beside the file instead of the tables.
    var snapshot: SnapshotBinding?
    /// Whether the last read of the graph took its people and ties from the snapshot beside the file.
    public internal(set) var readFromSnapshot = false
    /// The alias digests the snapshot carried for the people of the last graph read from it.
    var knownAliases: (secret: Data, digests: [UInt64], people: [Person])?
    /// The snapshot a read opened with `readingGraph` decoded while it took the image's digest (for the stamp's
    /// digest, which the image was found to have); the first ``readGraph(useSnapshot:)`` takes it.
    var prefetched: ReadSnapshot.Contents?
    /// The plain image a write opened without `verifying` is mapped, not read (SQLite's buffer, see
    /// ``ImageMapping``); nil otherwise.
    private var mapping: ImageMapping?
    /// The stamp of such an image, compared with the image's digest only when a save needs it (``save()``).
    var pendingStamp: PendingStamp?

    /// Whether SQLite works on the mapped image (``ImageMapping``) rather than a copy read whole.
    var isMapped: Bool { mapping != nil }

    /// Whether the workspace was opened to be changed (its write lock is held).
    var isWritable: Bool { lock != nil }

    /// Whether the workspace is encrypted at rest.
    public var isEncrypted: Bool { sealing != nil }

    private init(path: String, database: DatabaseQueue, sealing: SealedImage?) {
        self.path = path
        self.database = database
        self.sealing = sealing
    }

    deinit {
        // SQLite lets go of a mapped image before the mapping goes with this workspace.
        if mapping != nil { try? deserialize(size: 0) { _ throws(StoreError) in } }
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
        workspace.checked = true
        // An empty image in SQLite's memory format, as `open` makes, so saving never copies the database.
        try workspace.deserialize(size: 0) { _ throws(StoreError) in }
        try workspace.perform {
            try WorkspaceSchema.migrator.migrate(database)
            try database.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('alias-secret', ?)",
                    arguments: [(0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max)) }.joined()])
                try Workspace.note(db, source: "init", summary: sealing == nil ? "workspace created" : "encrypted workspace created")
            }
        }
        try workspace.save()
        return workspace
    }

    /// Opens the workspace at `path`; `passphrase` is asked only when the workspace is sealed.
    ///
    /// With `forWriting`, the workspace's write lock is taken first, so that two commands never interleave.
    /// Without `verifying`, SQLite's `quick_check` of the whole image is skipped: for a write that adds a few
    /// rows at scale (SQLite still refuses any damaged page it reads). Such a write to a plain workspace maps its
    /// image instead of reading it (``ImageMapping``): it reads only the pages it touches. With `readingGraph`
    /// (a read that goes on to ``graph(recheck:)``), a plain stamped image's read snapshot is decoded on all
    /// cores while the image's digest is taken, and kept when the digest matches the stamp.
    public static func open(
        at path: String, forWriting: Bool = false, verifying: Bool = true, readingGraph: Bool = false,
        passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> Workspace {
        let lock = forWriting ? try WriteLock(path: path) : nil
        if forWriting { AtomicFile.removeStaleTemporaries(of: path) }
        guard access(path, F_OK) == 0 else { throw .fileNotFound(path: path) }
        let file = try ImageFile(path: path)
        let database = try memoryDatabase(path: path)
        var workspace: Workspace
        var records: [(offset: Int, payload: Data)]
        // Whether the image's digest equals its stamp: then the whole-image check and the model's rules are skipped.
        var stamped = false
        var stampDigest: Data?
        if file.head.starts(with: SealedImage.magic) {
            let bytes = try file.readAll()
            let (sealing, image, end) = try SealedImage.open(bytes, path: path, passphrase: try passphrase())
            workspace = Workspace(path: path, database: database, sealing: sealing)
            let binding = Data(bytes[(bytes.startIndex + end - 16)..<(bytes.startIndex + end)])
            let contents = try ChangeJournal.read(bytes, from: end, path: path)
            if let stamp = contents.stamp {
                let digest = try sealing.openRecord(stamp.payload, at: stamp.offset, image: binding, path: path)
                stamped = digest == ImageDigest.of(image)
                if stamped { stampDigest = digest }
            }
            try workspace.load(size: image.count, verifying: verifying && !stamped) { buffer throws(StoreError) in
                image.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: image.count)
            }
            let isFormat2 = bytes[bytes.startIndex + SealedImage.magic.count] == 2
            // The log index is checked like every record: a changed byte is refused.
            if let index = contents.index { _ = try sealing.openRecord(index.payload, at: index.offset, image: binding, path: path) }
            workspace.journal = JournalPosition(start: end, end: contents.end, records: 0, canAppend: isFormat2, binding: binding,
                index: contents.index.map { 8 + $0.payload.count + 16 } ?? 0)
            records = try contents.records.map { record throws(StoreError) in
                (record.offset, try sealing.openRecord(record.payload, at: record.offset, image: binding, path: path))
            }
        } else if file.head.starts(with: SealedImage.sqliteMagic) {
            // A plain workspace is read straight into SQLite's buffer: the image is never held twice.
            workspace = Workspace(path: path, database: database, sealing: nil)
            let length = file.sqliteImageLength ?? file.size
            let contents = try ChangeJournal.read(try file.tail(from: length), from: 0, path: path)
            if forWriting, !verifying, file.sqliteImageLength != nil, let mapping = ImageMapping(fd: file.fd, length: length) {
                try workspace.load(mapping)
                workspace.pendingStamp = contents.stamp.map { PendingStamp(file: file, length: length, stamp: $0.payload) }
            } else if !forWriting, let found = stampedMapping(file, length: length,
                stamp: contents.stamp?.payload, snapshotOf: readingGraph ? path : nil) {
                // A read of a stamped image: its digest was taken from the file, and SQLite reads only the pages it
                // needs from the mapping (the image is never copied into memory whole).
                try workspace.load(found.mapping)
                workspace.prefetched = found.snapshot
                stamped = true
            } else {
                try workspace.load(size: length, verifying: verifying, stamp: contents.stamp?.payload, stamped: &stamped) {
                    buffer throws(StoreError) in try file.read(into: buffer, count: length)
                }
            }
            records = contents.records.map { ($0.offset + length, $0.payload) }
            if stamped { stampDigest = contents.stamp?.payload }
            workspace.journal = JournalPosition(start: length, end: length + contents.end, records: 0,
                canAppend: file.sqliteImageLength != nil, binding: Data())
        } else {
            throw .notAWorkspace(path: path, reason: Text.string("store.itIsNeitherA"))
        }
        let changesKeepRules = try workspace.replay(records.map(\.payload))
        workspace.checked = stamped && changesKeepRules && !workspace.migrated
        workspace.pendingStamp?.rulesKept = changesKeepRules && !workspace.migrated
        workspace.imageVerified = verifying || stamped
        if let stampDigest, !workspace.migrated {
            workspace.snapshot = workspace.snapshotBinding(digest: stampDigest, binding: workspace.journal.binding,
                journal: records.map(\.payload))
        }
        workspace.lock = lock
        if workspace.migrated, forWriting { try workspace.save() }
        return workspace
    }

    /// The mapping of the plain image of `length` bytes at the start of `file` when that image's digest, read
    /// from the file, equals `stamp` (and the file's header gives the image's length); nil otherwise (no stamp,
    /// another image, or the system cannot map it: the image is then read whole and checked as before). With
    /// `snapshotOf`, the read snapshot of the workspace at that path made from the stamped image is decoded
    /// meanwhile, on the other cores, and given with the mapping (nil when there is none whole).
    private static func stampedMapping(
        _ file: ImageFile, length: Int, stamp: Data?, snapshotOf path: String?
    ) -> (mapping: ImageMapping, snapshot: ReadSnapshot.Contents?)? {
        guard let stamp, file.sqliteImageLength == length else { return nil }
        var contents: ReadSnapshot.Contents?
        let matches: Bool
        if let path {
            let digest = JobSlot<Bool>()
            contents = ReadSnapshot.load(for: path, digest: stamp, sealing: nil, binding: Data()) {
                digest.value = ImageDigest.of(file, length: length) == stamp
            }
            matches = digest.value == true
        } else {
            matches = ImageDigest.of(file, length: length) == stamp
        }
        guard matches, let mapping = ImageMapping(fd: file.fd, length: length) else { return nil }
        return (mapping, contents)
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

    /// ``load(size:verifying:fill:)`` of a plain image that may carry a stamp: `stamped` tells whether the
    /// image's digest, taken right after `fill` wrote it, equals `stamp`; the whole-image check is skipped when
    /// it does.
    private func load(
        size: Int, verifying: Bool, stamp: Data?, stamped: inout Bool,
        fill: (UnsafeMutableRawPointer) throws(StoreError) -> Void
    ) throws(StoreError) {
        var matched = false
        try deserialize(size: size) { buffer throws(StoreError) in
            try fill(buffer)
            if let stamp { matched = ImageDigest.of(UnsafeRawBufferPointer(start: buffer, count: size)) == stamp }
        }
        stamped = matched
        try check(verifying: verifying && !matched)
    }

    /// Makes the in-memory database the mapped image, without the whole-image check (a write that touches a
    /// few rows; SQLite still refuses any damaged page it reads).
    private func load(_ mapping: ImageMapping) throws(StoreError) {
        try perform {
            try database.writeWithoutTransaction { db in
                let code = RawSQLite.deserialize(db, mapping: mapping)
                guard code == .SQLITE_OK else {
                    throw StoreError.corruptWorkspace(path: path, reason: Text.string("store.sqliteCannotOpenThe", ["code": "\(code.rawValue)"]))
                }
                db.clearSchemaCache()
            }
        }
        self.mapping = mapping
        try check(verifying: false)
    }

    /// Replaces the in-memory database with a `size`-byte image that `fill` writes into SQLite's buffer, and
    /// checks it.
    private func load(size: Int, verifying: Bool = true, fill: (UnsafeMutableRawPointer) throws(StoreError) -> Void) throws(StoreError) {
        try deserialize(size: size, fill: fill)
        try check(verifying: verifying)
    }

    /// SQLite's `quick_check` of the image just loaded (when `verifying`), that it is a workspace of a schema this
    /// Shopfloor knows, and the schema brought up to date.
    private func check(verifying: Bool) throws(StoreError) {
        try perform {
            try database.read { db in
                let check = verifying ? try String.fetchAll(db, sql: "PRAGMA quick_check") : ["ok"]
                guard check == ["ok"] else {
                    throw StoreError.corruptWorkspace(path: path, reason: check.prefix(3).joined(separator: "; "))
                }
                guard try db.tableExists("meta") else {
                    throw StoreError.notAWorkspace(path: path, reason: Text.string("store.itIsASqlite"))
                }
            }
            if try database.read({ db in try WorkspaceSchema.migrator.hasBeenSuperseded(db) }) {
                throw StoreError.notAWorkspace(path: path,
                    reason: Text.string("store.itWasWrittenBy", ["version": "\(WorkspaceSchema.version)"]))
            }
            if try !database.read({ db in try WorkspaceSchema.migrator.hasCompletedMigrations(db) }) {
                try WorkspaceSchema.migrator.migrate(database)
                migrated = true
            }
        }
    }

    /// Makes the database an image in memory of `size` bytes that `fill` writes into SQLite's own buffer.
    private func deserialize(size: Int, fill: (UnsafeMutableRawPointer) throws(StoreError) -> Void) throws(StoreError) {
        try perform {
            try database.writeWithoutTransaction { db in
                guard let code = try RawSQLite.deserialize(db, size: size, fill: fill) else {
                    throw StoreError.database(path: path, reason: Text.string("store.outOfMemoryFor", ["size": "\(size)"]))
                }
                guard code == .SQLITE_OK else {
                    throw StoreError.corruptWorkspace(path: path, reason: Text.string("store.sqliteCannotOpenThe", ["code": "\(code.rawValue)"]))
                }
                db.clearSchemaCache()
            }
        }
    }

    /// The schema migrations applied to this workspace, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try perform { try database.read { db in try WorkspaceSchema.migrator.appliedMigrations(db) } }
    }

    /// The graph stored in the workspace, checked by the same rules as every write (``OrganizingGraph/violations()``):
    /// a workspace changed outside Shopfloor (a tie to nobody, a self-tie, a headcount of 2⁶³−1) is refused,
    /// every problem listed, instead of being called valid or trapping later on a stored number.
    ///
    /// A workspace whose image carries the stamp of a checked save (and whose later changes keep the rules) is
    /// not checked again, unless `recheck` (`shopfloor check`): its image is byte for byte the one that was
    /// checked (see ``ImageDigest``).
    public func graph(recheck: Bool = false) throws(StoreError) -> OrganizingGraph {
        let graph = try readGraph(useSnapshot: !recheck)
        if checked && !recheck { return graph }
        let problems = graph.violations()
        guard problems.isEmpty else {
            throw .invalid(path: path, diagnostics: problems.map { violation in
                Diagnostic(file: path, field: violation.field,
                    id: violation.id ?? "\(violation.collection.rawValue) #\(violation.index + 1)",
                    message: violation.message + " " + Text.string("workspace.changedOutside"),
                    hint: violation.hint ?? Text.string("workspace.restoreBackup", ["path": "\(path)"]))
            })
        }
        wholeGraphChecked()
        return graph
    }

    /// The whole graph in memory was just checked against every rule: it is known to keep them when its image
    /// is verified (now, or, for a mapped image, when a save compares its digest with its stamp).
    func wholeGraphChecked() {
        checked = imageVerified
        pendingStamp?.rulesKept = true
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
}
