import GRDB
import ShopfloorModel
import ShopfloorText

/// What `log` did, and the contacted person's numbers after it.
public struct LoggedContact: Sendable, Hashable {
    /// False when the very same contact was logged before (nothing was written).
    public var added: Bool
    /// The person's assessment now.
    public var assessment: Assessment
    /// How many contacts the person has had.
    public var contacts: Int
    /// The date of the person's latest contact.
    public var lastContact: Day?
}

extension Workspace {
    /// Logs one contact and, when it carries an assessment, sets the person's assessment to it: a few rows,
    /// checked on their own (the people and the place exist, nobody meets themself), never the whole graph.
    ///
    /// The very same entry logged twice is kept once. On any problem nothing changes.
    @discardableResult
    public func log(_ contact: Contact, action: String = "log") throws(StoreError) -> LoggedContact {
        let problems: [Diagnostic] = try perform {
            try database.read { db in try self.problems(of: contact, db) }
        }
        guard problems.isEmpty else { throw .rejected(path: path, action: action, diagnostics: problems) }
        // Its rows are checked above: the people and the place exist, nobody meets themself.
        let added = try record(action, keepsRules: true) { db -> Bool in
            let same = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM contacts WHERE by = ? AND "with" = ? AND date = ? AND channel = ?
                  AND place IS ? AND outcome = ? AND assessment IS ? AND notes IS ?)
                """, arguments: row(contact)) ?? false
            guard !same else { return false }
            try WorkspaceTables.writeContacts([(try WorkspaceTables.nextPosition(in: "contacts", db), contact)], db)
            if let assessment = contact.assessment {
                try db.execute(sql: "UPDATE people SET assessment = ? WHERE id = ? AND assessment != ?",
                    arguments: [assessment.rawValue, contact.with.rawValue, assessment.rawValue])
            }
            return true
        }
        return try perform {
            try database.read { db in
                let numbers = try Row.fetchOne(db, sql: """
                    SELECT (SELECT assessment FROM people WHERE id = ?1) AS assessment,
                      (SELECT count(*) FROM contacts WHERE "with" = ?1) AS contacts,
                      (SELECT max(date) FROM contacts WHERE "with" = ?1) AS last
                    """, arguments: [contact.with.rawValue])
                return LoggedContact(added: added, assessment: Assessment(rawValue: numbers?["assessment"] ?? 0) ?? .unassessed,
                    contacts: numbers?["contacts"] ?? 0, lastContact: (numbers?["last"] as String?).flatMap(Day.init(parsing:)))
            }
        }
    }

    private func row(_ contact: Contact) -> StatementArguments {
        [contact.by.rawValue, contact.with.rawValue, contact.date.description, contact.channel.rawValue,
         contact.place?.rawValue, contact.outcome.rawValue, contact.assessment?.rawValue, contact.notes]
    }

    /// The model's rules for one contact (as ``OrganizingGraph/violations()`` states them), checked by lookups.
    private func problems(of contact: Contact, _ db: Database) throws -> [Diagnostic] {
        let label = "\(contact.date) \(contact.by)→\(contact.with)"
        var out: [Diagnostic] = []
        for (field, end) in [("by", contact.by), ("with", contact.with)]
        where try !Bool(fetchOne: db, "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", end.rawValue) {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM people")
            out.append(Diagnostic(file: path, field: field, id: label, message: Text.string("store.personDoesNotExist", ["end": "\(end)"]),
                hint: Suggestion.hint(for: end.rawValue, among: ids, noun: "person")))
        }
        if contact.by == contact.with {
            out.append(Diagnostic(file: path, field: "with", id: label, message: Text.string("store.aContactOfWith", ["by": "\(contact.by)"]),
                hint: Text.string("store.nameThePersonMet")))
        }
        if let place = contact.place, try !Bool(fetchOne: db, "SELECT EXISTS (SELECT 1 FROM places WHERE id = ?)", place.rawValue) {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM places")
            out.append(Diagnostic(file: path, field: "place", id: label, message: Text.string("store.placeDoesNotExist", ["place": "\(place)"]),
                hint: Suggestion.hint(for: place.rawValue, among: ids, noun: "place")))
        }
        return out
    }
}

private extension Bool {
    /// A yes/no query with one argument.
    init(fetchOne db: Database, _ sql: String, _ argument: String) throws {
        self = try Bool.fetchOne(db, sql: sql, arguments: [argument]) ?? false
    }
}
