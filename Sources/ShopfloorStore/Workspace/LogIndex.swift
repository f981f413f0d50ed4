import Crypto
import Foundation
import GRDB
import ShopfloorModel

/// What `log` needs to check and record one contact in an encrypted workspace without decrypting its image:
/// keyed hashes of the ids of its people (with each one's assessment, number of contacts and latest contact)
/// and places, keyed hashes of its contacts (an entry logged twice is kept once), the next change number and
/// contact position, the columns of the contact table and the workspace's settings; since version 2 also what
/// `person add` checks and writes a person with (``Structure``, the next person position, the people table's
/// columns); since version 3 each person's workplace, shop and shift, what `person update` checks a change against.
///
/// A save of an encrypted workspace writes it after the image (and its stamp) as one record sealed with the
/// workspace's key, bound to the image and its offset like the journal's records (``ChangeJournal``), so it is
/// always the index of the very image before it. The hashes are HMAC-SHA256 under a key derived from the
/// workspace's key, cut to 16 bytes: inside the seal they hide nothing more, they keep every entry one size so
/// that a lookup is a binary search. The journal's records after the image are folded in by ``fold(_:)``.
struct LogIndex {
    /// One person's entry.
    struct Person: Equatable {
        var assessment: Int
        var contacts: Int
        /// The latest contact's day (days since 1970-01-01), nil when there was none.
        var last: Int?
    }

    /// What `person add` checks a new person's references against: the workplaces, each shop's and shift's
    /// workplace, the neighbourhoods (their ids as they are: the index is sealed as a whole).
    struct Structure {
        var workplaces: Set<String> = []
        var shops: [String: String] = [:]
        var shifts: [String: String] = [:]
        var neighbourhoods: Set<String> = []
        /// The ids in the order the index lists them (each person's references are positions in these).
        var lists: [[String]] = [[], [], []]
    }

    /// A person's workplace, shop and shift.
    struct References: Equatable {
        var workplace: String?
        var shop: String?
        var shift: String?
    }

    static let version: UInt8 = 3
    /// The columns of `people` that ``References`` holds, in its order.
    static let referenceColumns = ["workplace", "shop", "shift"]
    /// An entry: the id's keyed hash, the assessment, the number of contacts, the latest day; since version 3 the
    /// positions of the workplace, shop and shift in ``Structure/lists`` (``none`` for none).
    private static func personSize(_ version: UInt8) -> Int { version >= 3 ? 16 + 1 + 4 + 4 + 12 : 16 + 1 + 4 + 4 }
    private static let none = UInt32.max
    private static let noDay = Int32.min

    var nextSeq: Int64
    var nextContact: Int64
    /// The columns of the `contacts` table in order, as ``ChangeCapture`` records its rows.
    var contactColumns: [String]
    /// The `meta` rows of ``WorkspaceSetting``s.
    var settings: [String: String]
    /// The next position in the `people` table; nil for an index of version 1, or when the journal removed a person.
    var nextPerson: Int64?
    /// The columns of the `people` table in order.
    var personColumns: [String] = []
    /// ``Structure`` as the image has it (nil for an index of version 1), read when first needed.
    private var structureBytes: Data?
    /// Whether the journal left workplaces, shops and shifts as the image has them.
    private var structureFollowed = true
    /// Neighbourhoods the journal added (true) or removed (false).
    private var changedNeighbourhoods: [String: Bool] = [:]
    /// ``Structure`` read once, when first needed.
    private var parsedStructure: Structure?
    /// The references the journal set since the image: a column present is set (nil for none).
    private var changedReferences: [Data: [String: String?]] = [:]
    private let hasher: KeyedHasher
    private let personSize: Int
    private let referencesKept: Bool
    private var people: Data
    private var places: Data
    private var contacts: Data
    /// What the journal changed since the image: a person's entry, nil once removed.
    private var changedPeople: [Data: Person?] = [:]
    private var changedPlaces: [Data: Bool] = [:]
    private var addedContacts: Set<Data> = []

    /// The sorted entries of the three lists and the rest, as ``build(_:key:)`` wrote them; nil when `bytes` is not
    /// an index this version reads (the caller then opens the whole image).
    init?(_ bytes: Data, key: SymmetricKey) {
        var reader = IndexReader(bytes: bytes)
        guard let version = reader.u8(), (1...Self.version).contains(version), let seq = reader.u64(), let contact = reader.u64(),
              let columns = reader.strings() else { return nil }
        guard let settingCount = reader.u32() else { return nil }
        var settings: [String: String] = [:]
        for _ in 0..<settingCount {
            guard let name = reader.string(), let value = reader.string() else { return nil }
            settings[name] = value
        }
        guard let people = reader.list(Self.personSize(version)), let places = reader.list(16), let contacts = reader.list(16) else { return nil }
        if version >= 2 {
            guard let next = reader.u64(), let personColumns = reader.strings(), let structure = reader.take(bytes.count - reader.at)
            else { return nil }
            (nextPerson, self.personColumns, structureBytes) = (Int64(bitPattern: next), personColumns, structure)
        }
        guard reader.atEnd else { return nil }
        (nextSeq, nextContact, contactColumns, self.settings) = (Int64(bitPattern: seq), Int64(bitPattern: contact), columns, settings)
        (self.people, self.places, self.contacts) = (people, places, contacts)
        hasher = KeyedHasher(key: key)
        (personSize, referencesKept) = (Self.personSize(version), version >= 3)
    }

    /// The index of the database `db` holds, in the form ``init(_:key:)`` reads (of an older `version`, for tests
    /// that an index written before reads on).
    static func build(_ db: Database, key: SymmetricKey, version: UInt8 = version) throws -> Data {
        let hasher = KeyedHasher(key: key)
        var out = IndexWriter()
        out.u8(version)
        out.u64(UInt64(bitPattern: try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) + 1 FROM changes") ?? 1))
        out.u64(UInt64(bitPattern: Int64(try WorkspaceTables.nextPosition(in: "contacts", db))))
        let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('contacts') ORDER BY cid")
        out.u32(columns.count)
        for column in columns { out.string(column) }
        let names = WorkspaceSetting.allCases.map(\.rawValue)
        let settings = try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN (\(names.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(names))
        out.u32(settings.count)
        for row in settings {
            out.string(row["key"])
            out.string(row["value"])
        }
        var seen: [String: (count: Int, last: String?)] = [:]
        let met = try Row.fetchCursor(db, sql: #"SELECT "with", count(*), max(date) FROM contacts GROUP BY "with""#)
        while let row = try met.next() { seen[row[0]] = (row[1], row[2]) }
        let workplaces = try String.fetchAll(db, sql: "SELECT id FROM workplaces ORDER BY id")
        let owned = try ["shops", "shifts"].map { table in
            try Row.fetchAll(db, sql: "SELECT id, workplace FROM \(table) ORDER BY id").map { ($0[0] as String, $0[1] as String) }
        }
        let positions = [workplaces, owned[0].map(\.0), owned[1].map(\.0)].map { ids in
            Dictionary(ids.enumerated().map { ($0.element, UInt32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        }
        var people: [Data] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, assessment, workplace, shop, shift FROM people")
        while let row = try rows.next() {
            let id: String = row[0]
            var entry = hasher.hash(.person, [id])
            let numbers = seen[id]
            entry.append(UInt8(clamping: row[1] as Int))
            entry.append(contentsOf: IndexWriter.bytes(UInt32(clamping: numbers?.count ?? 0)))
            let day = numbers?.last.flatMap(Day.init(parsing:)).map { Int32(clamping: $0.daysSinceEpoch) } ?? noDay
            entry.append(contentsOf: IndexWriter.bytes(UInt32(bitPattern: day)))
            for (column, known) in positions.enumerated() where version >= 3 {
                // A reference to nothing (a file changed by another tool) is stored as none; `person update`
                // then checks what it changes against the index and SQLite checks the rest when it is replayed.
                let reference = (row[2 + column] as String?).map { known[$0] ?? Self.none } ?? Self.none
                entry.append(contentsOf: IndexWriter.bytes(reference))
            }
            people.append(entry)
        }
        out.list(people)
        out.list(try String.fetchAll(db, sql: "SELECT id FROM places").map { hasher.hash(.place, [$0]) })
        var contacts: [Data] = []
        let logged = try Row.fetchCursor(db, sql: #"SELECT by, "with", date, channel, place, outcome, assessment, notes FROM contacts"#)
        while let row = try logged.next() {
            contacts.append(hasher.hash(.contact, [row[0], row[1], row[2], row[3], row[4], row[5],
                (row[6] as Int?).map(String.init), row[7]]))
        }
        out.list(contacts)
        out.u64(UInt64(bitPattern: Int64(try WorkspaceTables.nextPosition(in: "people", db))))
        out.strings(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('people') ORDER BY cid"))
        out.strings(workplaces)
        for pairs in owned { out.strings(pairs.flatMap { [$0.0, $0.1] }) }
        out.strings(try String.fetchAll(db, sql: "SELECT id FROM places WHERE kind = ? ORDER BY id", arguments: [Place.Kind.neighbourhood.rawValue]))
        return out.data
    }

    /// The workplaces, shops, shifts and neighbourhoods, as the image has them and the journal left them; nil
    /// for an index of version 1, or when the journal changed a workplace, shop or shift.
    var structure: Structure? {
        guard structureFollowed, let bytes = structureBytes, var structure = parsedStructure ?? Self.structure(bytes) else { return nil }
        for (id, isNeighbourhood) in changedNeighbourhoods {
            if isNeighbourhood { structure.neighbourhoods.insert(id) } else { structure.neighbourhoods.remove(id) }
        }
        return structure
    }

    private static func structure(_ bytes: Data) -> Structure? {
        var reader = IndexReader(bytes: bytes)
        guard let workplaces = reader.strings(), let shops = reader.strings(), let shifts = reader.strings(),
              let neighbourhoods = reader.strings(), reader.atEnd, shops.count % 2 == 0, shifts.count % 2 == 0 else { return nil }
        func owners(_ pairs: [String]) -> [String: String] {
            Dictionary(stride(from: 0, to: pairs.count, by: 2).map { (pairs[$0], pairs[$0 + 1]) }, uniquingKeysWith: { $1 })
        }
        let ids = [shops, shifts].map { pairs in stride(from: 0, to: pairs.count, by: 2).map { pairs[$0] } }
        return Structure(workplaces: Set(workplaces), shops: owners(shops), shifts: owners(shifts), neighbourhoods: Set(neighbourhoods),
            lists: [workplaces, ids[0], ids[1]])
    }

    /// Reads ``Structure`` once, for the lookups that follow (``references(of:)``).
    mutating func loadStructure() {
        if parsedStructure == nil, let bytes = structureBytes { parsedStructure = Self.structure(bytes) }
    }

    /// The workplace, shop and shift of the person with this id as the image has them and the journal left them;
    /// nil when there is no such person or the index cannot tell (an index before version 3, a journal that changed
    /// workplaces, shops or shifts). Call ``loadStructure()`` first.
    func references(of id: String) -> References? {
        guard person(id) != nil, structureFollowed else { return nil }
        let key = hasher.hash(.person, [id])
        let patch = changedReferences[key] ?? [:]
        var references = References()
        if patch.count < Self.referenceColumns.count {
            guard referencesKept, let lists = parsedStructure?.lists, let at = Self.search(people, size: personSize, for: key) else { return nil }
            var read: [String?] = []
            for (column, list) in lists.enumerated() {
                let position = people.withUnsafeBytes { raw in IndexReader.u32(raw, at + 25 + 4 * column) }
                guard position == Self.none || Int(position) < list.count else { return nil }
                read.append(position == Self.none ? nil : list[Int(position)])
            }
            references = References(workplace: read[0], shop: read[1], shift: read[2])
        }
        if let value = patch["workplace"] { references.workplace = value }
        if let value = patch["shop"] { references.shop = value }
        if let value = patch["shift"] { references.shift = value }
        return references
    }

    /// The entry of the person with this id, nil when there is none.
    func person(_ id: String) -> Person? {
        let key = hasher.hash(.person, [id])
        if let changed = changedPeople[key] { return changed }
        guard let at = Self.search(people, size: personSize, for: key) else { return nil }
        return people.withUnsafeBytes { raw in
            let day = Int32(bitPattern: IndexReader.u32(raw, at + 21))
            return Person(assessment: Int(raw[at + 16]), contacts: Int(IndexReader.u32(raw, at + 17)),
                last: day == Self.noDay ? nil : Int(day))
        }
    }

    /// Whether a place with this id exists.
    func hasPlace(_ id: String) -> Bool {
        let key = hasher.hash(.place, [id])
        return changedPlaces[key] ?? (Self.search(places, size: 16, for: key) != nil)
    }

    /// Whether this very contact was logged before.
    func has(_ contact: Contact) -> Bool {
        let key = Self.hash(contact, hasher)
        return addedContacts.contains(key) || Self.search(contacts, size: 16, for: key) != nil
    }

    /// Records a contact (as the journal's record of it will): the person met gets one more contact.
    mutating func add(_ contact: Contact, position: Int64) {
        addedContacts.insert(Self.hash(contact, hasher))
        let key = hasher.hash(.person, [contact.with.rawValue])
        if var entry = person(contact.with.rawValue) {
            entry.contacts += 1
            entry.last = max(entry.last ?? .min, contact.date.daysSinceEpoch)
            if let assessment = contact.assessment { entry.assessment = assessment.rawValue }
            changedPeople[key] = entry
        }
        nextContact = max(nextContact, position + 1)
    }

    /// Folds one change of the journal into the index; false when the index cannot follow it (a contact
    /// removed or changed, a whole graph written): then `log` opens the whole image.
    mutating func fold(_ change: RecordedChange) -> Bool {
        nextSeq = max(nextSeq, change.seq + 1)
        if let edit = change.edit { return fold(edit) }
        guard let ops = change.ops else { return false }
        for op in ops {
            guard let key = Self.firstKey(op.k) else { return false }
            switch op.t {
            case "people":
                let id = hasher.hash(.person, [key])
                guard let row = op.n else {
                    changedPeople[id] = .some(nil)
                    changedReferences[id] = nil
                    nextPerson = nil
                    continue
                }
                guard let new = Self.object(row) else { return false }
                setReferences(of: id, new, whole: op.o == nil)
                if let position = new["position"] as? Int, let next = nextPerson { nextPerson = max(next, Int64(position) + 1) }
                var entry = op.o == nil ? Person(assessment: 0, contacts: 0, last: nil) : person(key)
                guard entry != nil else { return false }
                if let assessment = new["assessment"] as? Int { entry?.assessment = assessment }
                changedPeople[id] = .some(entry)
            case "places":
                if op.o == nil || op.n == nil { changedPlaces[hasher.hash(.place, [key])] = op.n != nil }
                changedNeighbourhoods[key] = op.n.flatMap(Self.object)?["kind"] as? String == Place.Kind.neighbourhood.rawValue
            case "workplaces", "shops", "shifts":
                structureFollowed = false
            case "contacts":
                guard op.o == nil, let new = op.n.flatMap(Self.object), let row = Self.contact(new),
                      let position = new["position"] as? Int else { return false }
                add(row, position: Int64(position))
            case "meta":
                guard WorkspaceSetting(rawValue: key) != nil else { continue }
                settings[key] = op.n.flatMap(Self.object)?["value"] as? String
            default:
                continue
            }
        }
        return true
    }

    /// Folds a ``PendingEdit``: a person's assessment and references as `person update` set them (a tie changes
    /// nothing the index holds).
    mutating func fold(_ edit: PendingEdit) -> Bool {
        guard let id = edit.person else { return edit.tie != nil }
        guard var entry = person(id) else { return false }
        var set: [String: Any] = [:]
        for column in edit.set ?? [] { set[column.c] = column.s ?? column.i.map { $0 as Any } ?? NSNull() }
        if let assessment = set["assessment"] as? Int { entry.assessment = assessment }
        let key = hasher.hash(.person, [id])
        changedPeople[key] = .some(entry)
        setReferences(of: key, set, whole: false)
        return true
    }

    /// Records the references a row (whole, or the columns an update set) gives a person.
    private mutating func setReferences(of key: Data, _ row: [String: Any], whole: Bool) {
        var patch = whole ? [:] : changedReferences[key] ?? [:]
        for column in Self.referenceColumns where whole || row.keys.contains(column) {
            patch[column] = .some(row[column] as? String)
        }
        changedReferences[key] = patch
    }

    private static func hash(_ c: Contact, _ hasher: KeyedHasher) -> Data {
        hasher.hash(.contact, [c.by.rawValue, c.with.rawValue, c.date.description, c.channel.rawValue, c.place?.rawValue,
            c.outcome.rawValue, c.assessment.map { String($0.rawValue) }, c.notes])
    }

    /// A contact row's JSON (as ``ChangeCapture`` records it) as a contact; nil when a value does not read.
    private static func contact(_ row: [String: Any]) -> Contact? {
        guard let by = row["by"] as? String, let with = row["with"] as? String,
              let date = (row["date"] as? String).flatMap(Day.init(parsing:)),
              let channel = (row["channel"] as? String).flatMap(Contact.Channel.init(rawValue:)),
              let outcome = (row["outcome"] as? String).flatMap(Contact.Outcome.init(rawValue:)) else { return nil }
        var assessment: Assessment?
        if let value = row["assessment"] as? Int {
            guard let read = Assessment(rawValue: value) else { return nil }
            assessment = read
        }
        return Contact(by: .init(by), with: .init(with), date: date, channel: channel,
            place: (row["place"] as? String).map { .init($0) }, outcome: outcome, assessment: assessment,
            notes: row["notes"] as? String)
    }

    private static func object(_ json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    /// The first value of a row's key (`["p-0001"]`), as text.
    private static func firstKey(_ json: String) -> String? {
        guard let values = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [Any], let first = values.first else {
            return nil
        }
        return first as? String ?? "\(first)"
    }

    /// The offset of the entry starting with `key` in a sorted list of `size`-byte entries.
    private static func search(_ list: Data, size: Int, for key: Data) -> Int? {
        list.withUnsafeBytes { raw -> Int? in
            key.withUnsafeBytes { wanted -> Int? in
                var low = 0, high = raw.count / size
                while low < high {
                    let middle = (low + high) / 2
                    let order = memcmp(raw.baseAddress! + middle * size, wanted.baseAddress!, 16)
                    if order == 0 { return middle * size }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
    }
}
