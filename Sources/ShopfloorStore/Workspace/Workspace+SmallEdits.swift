import GRDB
import ShopfloorModel

/// Small edits checked by lookups: `person add`, `person update` and `tie add` write their few rows after
/// checking the rules those rows fall under (as ``OrganizingGraph/violations()`` states them), never reading or
/// checking the whole graph. When a rule is broken, the whole-graph path (``edit(action:_:)``) runs instead and
/// refuses the edit with its diagnostics and hints, nothing written.
extension Workspace {
    /// Adds a person: the id is free, and the workplace, shop, shift and home exist (the shop and shift of the
    /// person's workplace, the home a neighbourhood). A shop implies its workplace, as in ``GraphDraft/addPerson(_:_:path:)``.
    public func addPerson(_ id: Person.ID, _ change: PersonChange, action: String = "person add") throws(StoreError) {
        let person: Person? = try perform {
            try database.read { db -> Person? in
                guard try !Self.exists(db, "people", id.rawValue) else { return nil }
                var person = Person(id: id, name: change.name ?? "")
                try change.apply(to: &person) { shop in try Self.owner(of: shop, db) }
                return try Self.referencesHold(person, db) ? person : nil
            }
        }
        guard let person else {
            return try edit(action: action) { (draft: inout GraphDraft) throws(StoreError) in try draft.addPerson(id, change, path: path) }
        }
        try record(action, keepsRules: true) { db in
            try WorkspaceTables.writePeople([(try WorkspaceTables.nextPosition(in: "people", db), person)], db)
        }
    }

    /// Changes a person's fields (an assessment, a shop…): the person exists and their references hold afterwards.
    public func updatePerson(_ id: Person.ID, _ change: PersonChange, action: String = "person update") throws(StoreError) {
        let columns: [(String, (any DatabaseValueConvertible)?)]? = try perform {
            try database.read { db -> [(String, (any DatabaseValueConvertible)?)]? in
                guard let row = try Row.fetchOne(db, sql: "SELECT workplace, shop, shift, home FROM people WHERE id = ?",
                    arguments: [id.rawValue]) else { return nil }
                var person = Person(id: id, name: "", workplace: (row[0] as String?).map { .init($0) }, shop: (row[1] as String?).map { .init($0) },
                    shift: (row[2] as String?).map { .init($0) }, home: (row[3] as String?).map { .init($0) })
                try change.apply(to: &person) { shop in try Self.owner(of: shop, db) }
                guard try Self.referencesHold(person, db) else { return nil }
                return change.columns(of: person)
            }
        }
        guard let columns else {
            return try edit(action: action) { (draft: inout GraphDraft) throws(StoreError) in try draft.updatePerson(id, change, path: path) }
        }
        guard !columns.isEmpty else { return }
        try record(action, keepsRules: true) { db in try Self.update(id, columns, db) }
    }

    /// Adds a tie, or sets the strength of the one of its kind between the same two people (written in the order
    /// given, at the old one's position, as ``GraphDraft/upsert(_:)`` does): both people exist and are two.
    public func addTie(_ tie: Tie, action: String = "tie add") throws(StoreError) {
        let holds: Bool = try perform {
            try database.read { db in
                try tie.a != tie.b && Tie.strengthRange.contains(tie.strength)
                    && Self.exists(db, "people", tie.a.rawValue) && Self.exists(db, "people", tie.b.rawValue)
            }
        }
        guard holds else {
            return try edit(action: action) { (draft: inout GraphDraft) throws(StoreError) in draft.upsert(tie) }
        }
        try record(action, keepsRules: true) { db in try Self.upsert(tie, db) }
    }

    /// Sets `columns` of the person `id` (what ``updatePerson(_:_:action:)`` writes, and a sealed workspace's
    /// ``PendingEdit`` when it is replayed).
    static func update(_ id: Person.ID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ db: Database) throws {
        guard !columns.isEmpty else { return }
        try db.execute(sql: "UPDATE people SET " + columns.map { "\($0.0.quotedDatabaseIdentifier) = ?" }.joined(separator: ", ")
            + " WHERE id = ?", arguments: StatementArguments(columns.map(\.1) + [id.rawValue as (any DatabaseValueConvertible)?]))
    }

    /// Adds `tie`, or sets the strength of the one of its kind between the same two people (what
    /// ``addTie(_:action:)`` writes, and a sealed workspace's ``PendingEdit`` when it is replayed).
    static func upsert(_ tie: Tie, _ db: Database) throws {
        let pair: StatementArguments = [tie.a.rawValue, tie.b.rawValue, tie.kind.rawValue]
        if let position = try Int.fetchOne(db, sql: "SELECT position FROM ties WHERE min(a, b) = min(?1, ?2) AND max(a, b) = max(?1, ?2) AND kind = ?3",
            arguments: pair) {
            try db.execute(sql: "UPDATE ties SET a = ?1, b = ?2, strength = ?3 WHERE position = ?4",
                arguments: [tie.a.rawValue, tie.b.rawValue, tie.strength, position])
        } else {
            try WorkspaceTables.writeTies([(try WorkspaceTables.nextPosition(in: "ties", db), tie)], db)
        }
    }

    private static func exists(_ db: Database, _ table: String, _ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }

    /// The workplace a shop belongs to.
    private static func owner(of shop: String, _ db: Database) throws -> Workplace.ID? {
        try String.fetchOne(db, sql: "SELECT workplace FROM shops WHERE id = ?", arguments: [shop]).map { .init($0) }
    }

    /// The rules of one person's references (``OrganizingGraph/violations()``'s, for people): the workplace exists;
    /// a shop or shift needs the workplace and belongs to it; the home is a neighbourhood; frequented places exist.
    private static func referencesHold(_ person: Person, _ db: Database) throws -> Bool {
        if let w = person.workplace, try !exists(db, "workplaces", w.rawValue) { return false }
        for (table, id) in [("shops", person.shop?.rawValue), ("shifts", person.shift?.rawValue)] {
            guard let id else { continue }
            guard let w = person.workplace, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ? AND workplace = ?)",
                arguments: [id, w.rawValue]) == true else { return false }
        }
        if let home = person.home, try String.fetchOne(db, sql: "SELECT kind FROM places WHERE id = ?", arguments: [home.rawValue])
            != Place.Kind.neighbourhood.rawValue { return false }
        for place in person.frequents where try !exists(db, "places", place.rawValue) { return false }
        return true
    }
}

extension PersonChange {
    /// The columns of `people` this change sets on `person` (the person as the change left it: a shop given alone
    /// sets the workplace it implies), in the order `person update` writes them.
    func columns(of person: Person) -> [(String, (any DatabaseValueConvertible)?)] {
        var set: [(String, (any DatabaseValueConvertible)?)] = []
        if let name { set.append(("name", name)) }
        if workplace != nil || shop != nil { set.append(("workplace", person.workplace?.rawValue)) }
        if let shop { set.append(("shop", shop)) }
        if let shift { set.append(("shift", shift)) }
        if let home { set.append(("home", home)) }
        if let role { set.append(("role", role.rawValue)) }
        if let affiliation { set.append(("affiliation", affiliation.rawValue)) }
        if let assessment { set.append(("assessment", assessment.rawValue)) }
        if let notes { set.append(("notes", notes)) }
        return set
    }
}
