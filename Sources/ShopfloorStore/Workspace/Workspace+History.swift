import Foundation
import GRDB
import ShopfloorText

/// Where a workspace file's image ends and its journal of changes starts and ends.
struct JournalPosition {
    var start = 0
    var end = 0
    /// Records appended since the image was written.
    var records = 0
    /// False for files whose image length is not known (a sealed file of format 1, a plain image whose
    /// header does not say its size): their next write saves the whole image.
    var canAppend = false
    /// What sealed records are bound to: the tag that ends the sealed image (empty for plain files).
    var binding = Data()
    /// The bytes of the image's log index (``LogIndex``) after the image: not part of the journal's budget.
    var index = 0
}

/// One recorded change as the journal and the `changes` table hold it.
struct RecordedChange: Codable {
    var seq: Int64
    var at: String
    var source: String
    var summary: String
    var undoes: Int64?
    /// The rows changed; nil when the change rewrote the whole graph (it cannot be undone).
    var ops: [RowChange]?
    /// True when the change keeps every rule of the model on a graph that kept them (a checked edit, a logged
    /// contact, keys and settings): a stamped image plus such changes is read without checking the rules again.
    var keepsRules: Bool?
    /// A small edit of an encrypted workspace appended without its image (`ops` nil in the journal): its rows are
    /// made and recorded when the journal is replayed (``PendingEdit``).
    var edit: PendingEdit?
}

/// One entry of a workspace's history: what changed, when, and by which command or bundle.
public struct ChangeEntry: Codable, Hashable, Sendable {
    /// The change's number, counting from 1 in the order the changes were made.
    public var seq: Int
    /// When, in UTC (ISO 8601).
    public var at: String
    /// Which command (`person add`, `log`, …) or which cell's bundle made it.
    public var source: String
    /// What changed, counted by table.
    public var summary: String
    /// The change this one undid, if it is an undo.
    public var undoes: Int?
    /// Whether the change was undone later.
    public var undone: Bool
}

extension Workspace {
    /// Records a change that touches no row of the graph (a workspace created, a passphrase changed).
    static func note(_ db: Database, source: String, summary: String, undoable: Bool = true) throws {
        try db.execute(sql: "INSERT INTO changes (at, source, summary, ops) VALUES (?, ?, ?, ?)",
            arguments: [timestamp(), source, summary, undoable ? "[]" : nil])
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// Runs `body` in one transaction, records the rows it changed as one change made by `source`, and
    /// writes the change to the file (appended to the journal, or the whole image when that is cheaper).
    /// A body that changes nothing records nothing.
    ///
    /// `keepsRules` says that the change cannot break a rule of the model on a graph that keeps them all (the
    /// caller checked what it writes); otherwise (the default) the next read checks the whole graph again.
    @discardableResult
    func record<T>(
        _ source: String, undoes: Int64? = nil, keepsRules: Bool = false, _ body: (Database) throws -> T
    ) throws(StoreError) -> T {
        guard isWritable else { throw .writeFailed(path: path, reason: Text.string("store.theWorkspaceWasOpened")) }
        let (result, change): (T, RecordedChange?) = try perform {
            try database.write { db in
                let shapes = try self.tableShapes(db)
                try ChangeCapture.start(db, shapes: shapes)
                let result = try body(db)
                let ops = try ChangeCapture.finish(db, shapes: shapes)
                guard !ops.isEmpty else { return (result, nil) }
                let change = RecordedChange(seq: 0, at: Workspace.timestamp(), source: source,
                    summary: Workspace.summary(of: ops), undoes: undoes, ops: ops, keepsRules: keepsRules ? true : nil)
                return (result, try Workspace.insert(change, db))
            }
        }
        if !keepsRules, change != nil {
            checked = false
            pendingStamp?.rulesKept = false
        }
        if let change { try persist(change) }
        return result
    }

    func tableShapes(_ db: Database) throws -> TableShapes {
        if let shapes { return shapes }
        let made = try TableShapes(db)
        shapes = made
        return made
    }

    /// Stores a change in the `changes` table; returns it with its number.
    private static func insert(_ change: RecordedChange, _ db: Database) throws -> RecordedChange {
        var stored = change
        let ops = try change.ops.map { String(decoding: try JSONEncoder.sorted.encode($0), as: UTF8.self) }
        if change.seq > 0 {
            try db.execute(sql: "INSERT INTO changes (seq, at, source, summary, ops, undoes) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [change.seq, change.at, change.source, change.summary, ops, change.undoes])
        } else {
            try db.execute(sql: "INSERT INTO changes (at, source, summary, ops, undoes) VALUES (?, ?, ?, ?, ?)",
                arguments: [change.at, change.source, change.summary, ops, change.undoes])
            stored.seq = db.lastInsertedRowID
        }
        return stored
    }

    /// "people: 1 added; contacts: 1 added, 1 changed"
    static func summary(of ops: [RowChange]) -> String {
        var tables: [String] = []
        var counts: [String: (added: Int, changed: Int, removed: Int)] = [:]
        for op in ops {
            if counts[op.t] == nil { tables.append(op.t) }
            var count = counts[op.t] ?? (0, 0, 0)
            if op.o == nil { count.added += 1 } else if op.n == nil { count.removed += 1 } else { count.changed += 1 }
            counts[op.t] = count
        }
        return tables.map { table in
            let c = counts[table] ?? (0, 0, 0)
            let parts = [(c.added, "added"), (c.changed, "changed"), (c.removed, "removed")].filter { $0.0 > 0 }
            return "\(table): " + parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        }.joined(separator: "; ")
    }

    /// Writes a recorded change to the file: one record appended to the journal, or, when the journal is long
    /// or the change large, the whole image.
    private func persist(_ change: RecordedChange) throws(StoreError) {
        let payload: Data
        do { payload = try JSONEncoder.sorted.encode(change) } catch {
            throw .database(path: path, reason: Text.string("store.cannotEncodeTheChange", ["error": "\(error)"]))
        }
        guard journal.canAppend, journal.records < ChangeJournal.maximumRecords,
              ChangeJournal.appends(payload: payload.count, journal: journal.end - journal.start - journal.index, image: journal.start)
        else { return try save() }
        let body = try sealing.map { s throws(StoreError) in try s.sealRecord(payload, at: journal.end, image: journal.binding) } ?? payload
        let record = ChangeJournal.frame(body)
        try ChangeJournal.append(record, to: path, at: journal.end)
        journal.end += record.count
        journal.records += 1
    }

    /// Folds the journal into a new image: the whole file is written once (atomically, the previous file kept
    /// as `<path>.bak`); later writes append to an empty journal.
    public func compact() throws(StoreError) {
        guard isWritable else { throw .writeFailed(path: path, reason: Text.string("store.theWorkspaceWasOpened")) }
        try save()
    }

    /// Applies the journal's changes to the image just loaded, in one transaction. Returns whether every one
    /// of them keeps the model's rules (``RecordedChange/keepsRules``).
    func replay(_ payloads: [Data]) throws(StoreError) -> Bool {
        guard !payloads.isEmpty else { return true }
        let keepRules = try perform {
            try database.write { db in
                let shapes = try self.tableShapes(db)
                var keepRules = true
                for payload in payloads {
                    var change = try JSONDecoder().decode(RecordedChange.self, from: payload)
                    if let edit = change.edit {
                        // Made by the statements the whole path runs, and recorded as it records them.
                        try ChangeCapture.start(db, shapes: shapes)
                        try edit.apply(db)
                        let ops = try ChangeCapture.finish(db, shapes: shapes)
                        (change.ops, change.edit) = (ops, nil)
                        // An edit that set what was there already is not recorded, as the whole path records nothing.
                        guard !ops.isEmpty else { continue }
                        change.summary = Workspace.summary(of: ops)
                    } else {
                        try ChangeCapture.apply(change.ops ?? [], db, shapes: shapes)
                    }
                    _ = try Workspace.insert(change, db)
                    keepRules = keepRules && change.keepsRules == true
                }
                return keepRules
            }
        }
        journal.records = payloads.count
        return keepRules
    }

    /// The recorded changes, newest first (`limit` of them, or all).
    public func history(limit: Int? = nil) throws(StoreError) -> [ChangeEntry] {
        try perform {
            try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT seq, at, source, summary, undoes,
                      EXISTS (SELECT 1 FROM changes u WHERE u.undoes = c.seq) AS undone
                    FROM changes c ORDER BY seq DESC LIMIT ?
                    """, arguments: [limit ?? -1]).map { row in
                    ChangeEntry(seq: row["seq"], at: row["at"], source: row["source"], summary: row["summary"],
                        undoes: row["undoes"], undone: row["undone"])
                }
            }
        }
    }

    /// Reverts the newest change that is not an undo and was not undone yet (changes that touch no row, such
    /// as a passphrase change, are passed over); the revert is itself recorded. Returns the entry it made.
    ///
    /// Refused, with nothing changed, when that change rewrote the whole graph (an import into an empty
    /// workspace, `generate`) or a row it wrote was changed since.
    @discardableResult
    public func undo() throws(StoreError) -> ChangeEntry {
        let target: RecordedChange? = try perform {
            try database.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT seq, at, source, summary, ops FROM changes c
                    WHERE undoes IS NULL AND (ops IS NULL OR ops != '[]')
                      AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.undoes = c.seq)
                    ORDER BY seq DESC LIMIT 1
                    """) else { return nil }
                let ops = try (row["ops"] as String?).map { try JSONDecoder().decode([RowChange].self, from: Data($0.utf8)) }
                return RecordedChange(seq: row["seq"], at: row["at"], source: row["source"], summary: row["summary"], ops: ops)
            }
        }
        guard let target else { throw .undoRefused(path: path, reason: Text.string("store.thereIsNoChange")) }
        guard let ops = target.ops else {
            throw .undoRefused(path: path, reason: Text.string("store2.changeRewroteTheWhole", ["seq": "\(target.seq)", "source": "\(target.source)", "at": "\(target.at)", "path": "\(path)"]))
        }
        // Putting rows back may break a rule that later changes rely on: the next read checks the whole graph.
        try record("undo of change \(target.seq) (\(target.source))", undoes: target.seq, keepsRules: false) { db in
            let shapes = try self.tableShapes(db)
            if let drift = try ChangeCapture.firstDrift(of: ops, db, shapes: shapes) {
                throw StoreError.undoRefused(path: path, reason: Text.string("store2.changeCannotBeUndone", ["seq": "\(target.seq)", "source": "\(target.source)", "t": "\(drift.t)", "k": "\(drift.k)"]))
            }
            try ChangeCapture.apply(ops.reversed().map(\.inverted), db, shapes: shapes)
        }
        guard let made = try history(limit: 1).first else {
            throw .undoRefused(path: path, reason: Text.string("store.changeChangedNothingTo", ["seq": "\(target.seq)"]))
        }
        return made
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys: the same change always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
