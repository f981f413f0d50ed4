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

/// An encrypted workspace opened through its ``LogIndex`` for one small write, under its write lock: the key
/// derived, the index and the journal after it opened and folded in, the image left sealed.
struct IndexedWorkspace {
    let path: String
    let lock: WriteLock
    let sealing: SealedImage
    /// Where the sealed image ends, and what its records are bound to.
    let imageEnd: Int
    let binding: Data
    let journal: ChangeJournal.Contents
    /// The bytes of the index record (not part of the journal's budget).
    let indexBytes: Int
    var index: LogIndex

    /// The workspace's settings that have a value, in declaration order.
    var settings: [(WorkspaceSetting, String)] {
        WorkspaceSetting.allCases.compactMap { s in index.settings[s.rawValue].map { (s, $0) } }
    }

    /// Opens the encrypted workspace at `path` through its index; nil, having written nothing, when the whole
    /// image is needed: a plain workspace, a file without an index (or of an older format), or a journal the
    /// index cannot follow.
    static func open(at path: String, passphrase: () throws(StoreError) -> String) throws(StoreError) -> IndexedWorkspace? {
        let lock = try WriteLock(path: path)
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
        return IndexedWorkspace(path: path, lock: lock, sealing: sealing, imageEnd: layout.end, binding: binding, journal: journal,
            indexBytes: 8 + indexRecord.payload.count + 16, index: index)
    }

    /// Seals and appends the change made of `ops` (checked by the caller: it keeps every rule), exactly as
    /// ``Workspace/record(_:undoes:keepsRules:_:)`` appends it; false, having written nothing, when the journal is
    /// due to be folded into a new image (the caller then opens the whole image).
    ///
    /// With an `edit` instead of `ops`, the change's rows are made when the journal is replayed (``PendingEdit``);
    /// `summary` tells what it will change until then.
    func append(_ ops: [RowChange]?, edit: PendingEdit? = nil, summary: String? = nil, action: String) throws(StoreError) -> Bool {
        let change = RecordedChange(seq: index.nextSeq, at: Workspace.timestamp(), source: action,
            summary: summary ?? Workspace.summary(of: ops ?? []), undoes: nil, ops: ops, keepsRules: true, edit: edit)
        let payload: Data
        do { payload = try JSONEncoder.sorted.encode(change) } catch { return false }
        guard journal.records.count < ChangeJournal.maximumRecords,
              ChangeJournal.appends(payload: payload.count, journal: journal.end - indexBytes, image: imageEnd) else { return false }
        let offset = imageEnd + journal.end
        try ChangeJournal.append(ChangeJournal.frame(try sealing.sealRecord(payload, at: offset, image: binding)), to: path, at: offset)
        return true
    }
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
        guard var opened = try IndexedWorkspace.open(at: path, passphrase: passphrase) else { return nil }
        defer { withExtendedLifetime(opened.lock) {} }
        let index = opened.index
        guard contact.by != contact.with, index.person(contact.by.rawValue) != nil, let met = index.person(contact.with.rawValue),
              contact.place.map({ index.hasPlace($0.rawValue) }) ?? true else { return nil }
        if index.has(contact) {
            return AppendedLog(logged: LoggedContact(added: false, assessment: Assessment(rawValue: met.assessment) ?? .unassessed,
                contacts: met.contacts, lastContact: met.last.map(Day.init(daysSinceEpoch:))), settings: opened.settings)
        }
        guard let ops = try logOps(contact, position: index.nextContact, columns: index.contactColumns, assessment: met.assessment, path: path),
              try opened.append(ops, action: action) else { return nil }
        opened.index.add(contact, position: index.nextContact)
        let now = opened.index.person(contact.with.rawValue) ?? met
        return AppendedLog(logged: LoggedContact(added: true, assessment: Assessment(rawValue: now.assessment) ?? .unassessed,
            contacts: now.contacts, lastContact: now.last.map(Day.init(daysSinceEpoch:))), settings: opened.settings)
    }

    /// Adds a person to the encrypted workspace at `path` without decrypting its image, as ``addPerson(_:_:action:)``
    /// adds one (the same row, the same recorded change): the id is free, and the workplace, shop, shift and home
    /// exist (the shop and shift of the person's workplace, the home a neighbourhood), checked against the image's
    /// ``LogIndex`` and the journal after it. Returns the workspace's settings (its language).
    ///
    /// Returns nil, having written nothing, whenever the whole image is needed (as ``appendLog(_:at:action:passphrase:)``;
    /// also an index written before it held workplaces, or a journal that changed workplaces, shops or shifts, or
    /// removed a person): the caller then opens the workspace and adds the person there.
    public static func appendPersonAdd(
        _ id: Person.ID, _ change: PersonChange, at path: String, action: String = "person add",
        passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> [(WorkspaceSetting, String)]? {
        guard let opened = try IndexedWorkspace.open(at: path, passphrase: passphrase) else { return nil }
        defer { withExtendedLifetime(opened.lock) {} }
        let index = opened.index
        guard let structure = index.structure, let position = index.nextPerson, index.person(id.rawValue) == nil else { return nil }
        var person = Person(id: id, name: change.name ?? "")
        change.apply(to: &person) { shop in structure.shops[shop].map { Workplace.ID($0) } }
        guard referencesHold(person, in: structure), let ops = try personOps(person, position: position, columns: index.personColumns, path: path),
              try opened.append(ops, action: action) else { return nil }
        return opened.settings
    }

    /// The bytes of the encrypted workspace's sealed index (``LogIndex``, what every write through it reads and
    /// decrypts) and of its sealed image; nil for a plain file or one without an index (for the benchmark).
    public static func sealedIndexSize(at path: String) throws(StoreError) -> (index: Int, image: Int)? {
        let file = try ImageFile(path: path)
        guard file.head.starts(with: SealedImage.magic) else { return nil }
        let layout = try SealedImage.layout(try file.bytes(at: 0, count: 512), size: file.size, path: path)
        guard let index = try ChangeJournal.read(try file.tail(from: layout.end), from: 0, path: path).index else { return nil }
        return (index.payload.count, layout.end)
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
        let scratch: DatabaseQueue
        do { scratch = try DatabaseQueue() } catch { throw .database(path: path, reason: "\(error)") }
        guard let row = try insertedRow(values, key: position, columns: columns, scratch, path: path) else { return nil }
        var ops = [RowChange(t: "contacts", k: row.key, o: nil, n: row.object)]
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

    /// The row `person add` writes, as ``ChangeCapture`` would record it (``WorkspaceTables/writePeople(_:_:)``'s
    /// values). Nil when the table has a column `person add` does not know.
    private static func personOps(_ p: Person, position: Int64, columns: [String], path: String) throws(StoreError) -> [RowChange]? {
        let values: [String: (any DatabaseValueConvertible)?] = [
            "id": p.id.rawValue, "position": position, "name": p.name, "workplace": p.workplace?.rawValue, "shop": p.shop?.rawValue,
            "shift": p.shift?.rawValue, "home": p.home?.rawValue, "address": p.address, "role": p.role.rawValue,
            "affiliation": p.affiliation.rawValue, "assessment": p.assessment.rawValue, "union_member": p.unionMember,
            "tags": WorkspaceTables.encodeList(p.tags), "notes": p.notes,
        ]
        let scratch: DatabaseQueue
        do { scratch = try DatabaseQueue() } catch { throw .database(path: path, reason: "\(error)") }
        guard let row = try insertedRow(values, key: p.id.rawValue, columns: columns, scratch, path: path) else { return nil }
        return [RowChange(t: "people", k: row.key, o: nil, n: row.object)]
    }

    /// A row's key (`json_array` of its one key column) and the row (`json_object` of `columns` in order, each
    /// value as `values` has it), made by SQLite as ``ChangeCapture``'s triggers make them; nil when a column has
    /// no value here (a column this Shopfloor does not know).
    private static func insertedRow(
        _ values: [String: (any DatabaseValueConvertible)?], key: any DatabaseValueConvertible, columns: [String],
        _ scratch: DatabaseQueue, path: String
    ) throws(StoreError) -> (key: String, object: String)? {
        guard !columns.isEmpty, columns.allSatisfy({ values.keys.contains($0) }) else { return nil }
        let object = "json_object(" + columns.enumerated().map { "'\($0.element)', ?\($0.offset + 2)" }.joined(separator: ", ") + ")"
        var arguments: [(any DatabaseValueConvertible)?] = [key]
        for column in columns { arguments.append(values[column] ?? nil) }
        let row: [String] = try scratchRead(scratch, path: path) { db in
            let row = try Row.fetchOne(db, sql: "SELECT json_array(?1), \(object)", arguments: StatementArguments(arguments))
            return [row?[0] ?? "", row?[1] ?? ""]
        }
        return (row[0], row[1])
    }

    private static func scratchRead<T>(_ queue: DatabaseQueue, path: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch { throw .database(path: path, reason: "\(error)") }
    }
}
