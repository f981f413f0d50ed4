import Crypto
import Foundation
import GRDB
import ShopfloorModel

/// What `log` appended to an encrypted workspace without opening its image: the contact's numbers and the
/// workspace's settings (its language), which the command would otherwise read from the image.
public struct AppendedLog: Sendable {
    /// What `log` did, as ``Workspace/log(_:action:)`` tells it.
    public var logged: LoggedContact
    /// The workspace's settings that have a value, in declaration order.
    public var settings: [(WorkspaceSetting, String)]
}

extension Workspace {
    /// Logs one contact in the encrypted workspace at `path` without decrypting its image: the passphrase's key
    /// opens the image's ``LogIndex`` and the journal after it (a few kilobytes to megabytes), the contact is
    /// checked against them (the people and the place exist, nobody meets themself), and the change is sealed
    /// and appended to the journal as ``log(_:action:)`` appends it, under the workspace's write lock.
    ///
    /// Returns nil, having written nothing, whenever the whole image is needed: a plain workspace (its image is
    /// read straight into memory), a file without an index, a journal the index cannot follow (a contact removed
    /// since the image), a contact that breaks a rule (the whole path names the problem with its hints) or a
    /// journal full enough to be folded into a new image. The caller then opens the workspace and logs there.
    public static func appendLog(
        _ contact: Contact, at path: String, action: String = "log", passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> AppendedLog? {
        let lock = try WriteLock(path: path)
        defer { withExtendedLifetime(lock) {} }
        AtomicFile.removeStaleTemporaries(of: path)
        guard access(path, F_OK) == 0 else { throw .fileNotFound(path: path) }
        let file = try ImageFile(path: path)
        guard file.head.starts(with: SealedImage.magic) else { return nil }
        let layout = try SealedImage.layout(try file.bytes(at: 0, count: 512), size: file.size, path: path)
        guard layout.format == 2 else { return nil }
        let journal = try ChangeJournal.read(try file.tail(from: layout.end), from: 0, path: path)
        guard let indexRecord = journal.index else { return nil }
        let binding = Data(try file.bytes(at: layout.end - 16, count: 16))
        let sealing = SealedImage(parameters: layout.parameters, salt: layout.salt,
            key: try SealedImage.derive(passphrase: try passphrase(), salt: layout.salt, parameters: layout.parameters))
        let opened = try sealing.openRecord(indexRecord.payload, at: layout.end + indexRecord.offset, image: binding, path: path)
        guard var index = LogIndex(opened, key: sealing.key) else { return nil }
        for record in journal.records {
            let payload = try sealing.openRecord(record.payload, at: layout.end + record.offset, image: binding, path: path)
            guard let change = try? JSONDecoder().decode(RecordedChange.self, from: payload), index.fold(change) else { return nil }
        }
        let settings = WorkspaceSetting.allCases.compactMap { s in index.settings[s.rawValue].map { (s, $0) } }
        guard contact.by != contact.with, index.person(contact.by.rawValue) != nil, let met = index.person(contact.with.rawValue),
              contact.place.map({ index.hasPlace($0.rawValue) }) ?? true else { return nil }
        if index.has(contact) {
            return AppendedLog(logged: LoggedContact(added: false, assessment: Assessment(rawValue: met.assessment) ?? .unassessed,
                contacts: met.contacts, lastContact: met.last.map(Day.init(daysSinceEpoch:))), settings: settings)
        }
        guard let ops = try logOps(contact, position: index.nextContact, columns: index.contactColumns, assessment: met.assessment, path: path)
        else { return nil }
        let change = RecordedChange(seq: index.nextSeq, at: timestamp(), source: action, summary: summary(of: ops),
            undoes: nil, ops: ops, keepsRules: true)
        let payload: Data
        do { payload = try JSONEncoder.sorted.encode(change) } catch { return nil }
        let indexBytes = 8 + indexRecord.payload.count + 16
        guard journal.records.count < ChangeJournal.maximumRecords,
              ChangeJournal.appends(payload: payload.count, journal: journal.end - indexBytes, image: layout.end) else { return nil }
        let offset = layout.end + journal.end
        try ChangeJournal.append(ChangeJournal.frame(try sealing.sealRecord(payload, at: offset, image: binding)), to: path, at: offset)
        index.add(contact, position: index.nextContact)
        let now = index.person(contact.with.rawValue) ?? met
        return AppendedLog(logged: LoggedContact(added: true, assessment: Assessment(rawValue: now.assessment) ?? .unassessed,
            contacts: now.contacts, lastContact: now.last.map(Day.init(daysSinceEpoch:))), settings: settings)
    }

    /// Derives the key of the encrypted workspace at `path` from `passphrase`, and does nothing else: the cost
    /// every command on an encrypted workspace pays once, by design, against guessing (for the benchmark).
    public static func deriveKey(at path: String, passphrase: String) throws(StoreError) {
        let file = try ImageFile(path: path)
        let layout = try SealedImage.layout(try file.bytes(at: 0, count: 512), size: file.size, path: path)
        _ = try SealedImage.derive(passphrase: passphrase, salt: layout.salt, parameters: layout.parameters)
    }

    /// The rows `log` writes, as ``ChangeCapture`` would record them: the contact at `position` (its JSON made
    /// by SQLite's own `json_object`, column by column as the table has them) and, when the contact changes the
    /// person's `assessment`, that one column of the person's row. Nil when the table has a column `log` does
    /// not know.
    private static func logOps(
        _ contact: Contact, position: Int64, columns: [String], assessment: Int, path: String
    ) throws(StoreError) -> [RowChange]? {
        let values: [String: (any DatabaseValueConvertible)?] = [
            "position": position, "by": contact.by.rawValue, "with": contact.with.rawValue, "date": contact.date.description,
            "channel": contact.channel.rawValue, "place": contact.place?.rawValue, "outcome": contact.outcome.rawValue,
            "assessment": contact.assessment?.rawValue, "notes": contact.notes,
        ]
        guard !columns.isEmpty, columns.allSatisfy({ values.keys.contains($0) }) else { return nil }
        let scratch: DatabaseQueue
        do { scratch = try DatabaseQueue() } catch { throw .database(path: path, reason: "\(error)") }
        let object = "json_object(" + columns.enumerated().map { "'\($0.element)', ?\($0.offset + 2)" }.joined(separator: ", ") + ")"
        var arguments: [(any DatabaseValueConvertible)?] = [position]
        for column in columns { arguments.append(values[column] ?? nil) }
        let rows: [String] = try scratchRead(scratch, path: path) { db in
            let row = try Row.fetchOne(db, sql: "SELECT json_array(?1), \(object)", arguments: StatementArguments(arguments))
            return [row?[0] ?? "", row?[1] ?? ""]
        }
        var ops = [RowChange(t: "contacts", k: rows[0], o: nil, n: rows[1])]
        if let new = contact.assessment?.rawValue, new != assessment {
            let person: [String] = try scratchRead(scratch, path: path) { db in
                let row = try Row.fetchOne(db, sql: "SELECT json_array(?), json_object('assessment', ?), json_object('assessment', ?)",
                    arguments: [contact.with.rawValue, assessment, new])
                return [row?[0] ?? "", row?[1] ?? "", row?[2] ?? ""]
            }
            ops.append(RowChange(t: "people", k: person[0], o: person[1], n: person[2], p: true))
        }
        return ops
    }

    private static func scratchRead<T>(_ queue: DatabaseQueue, path: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch { throw .database(path: path, reason: "\(error)") }
    }
}
