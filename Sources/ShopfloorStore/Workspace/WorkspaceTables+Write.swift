import GRDB
import ShopfloorModel

/// Moves an ``OrganizingGraph`` in and out of a workspace's tables.
enum WorkspaceTables {
    /// Every graph table, children first: the order rows are deleted in.
    static let tables = ["contacts", "ties", "cell_targets", "cell_members", "cells", "person_frequents", "people",
        "shifts", "shops", "places", "workplaces"]

    /// Replaces the graph stored in `db` with `graph`; call inside a transaction.
    ///
    /// Foreign keys are deferred, so SQLite checks every reference when the transaction commits.
    /// - Complexity: O(V + E) statements, each through a cached prepared statement.
    static func write(_ graph: OrganizingGraph, into db: Database) throws {
        for table in tables { try db.execute(sql: "DELETE FROM \(table)") }
        // Secondary indexes are dropped while the rows go in and built again after, in one sorted pass each:
        // several times faster than keeping them up to date row by row (the transaction makes it all-or-nothing).
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('name', ?)", arguments: [graph.name])
        try writeWorkplaces(graph.workplaces.enumerated(), db)
        try writePlaces(graph.places.enumerated(), db)
        try writePeople(graph.people.enumerated(), db)
        try writeCells(graph.cells.enumerated(), db)
        try writeTies(graph.ties.enumerated(), db)
        try writeContacts(graph.contacts.enumerated(), db)
        for index in indexes { try db.execute(sql: index.sql) }
    }

    /// Inserts the ties through SQLite's own binding calls (``RawSQLite/Statement``): ten million rows at
    /// national scale, where GRDB's per-row argument arrays cost more than the insert itself.
    static func writeTies(_ ties: some Sequence<(offset: Int, element: Tie)>, _ db: Database) throws {
        let insert = try RawSQLite.Statement("INSERT INTO ties (position, a, b, kind, strength) VALUES (?, ?, ?, ?, ?)", in: db)
        for (i, t) in ties {
            insert.bind(i, at: 1)
            insert.bind(t.a.rawValue, at: 2)
            insert.bind(t.b.rawValue, at: 3)
            insert.bind(t.kind.rawValue, at: 4)
            insert.bind(t.strength, at: 5)
            try insert.execute()
        }
    }

    /// Inserts workplaces (at the given positions) with their shops and shifts.
    static func writeWorkplaces(_ workplaces: some Sequence<(offset: Int, element: Workplace)>, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO workplaces (id, position, name, kind, sector, employer, headcount, district, neighbourhood,
              latitude, longitude, union_name, union_character, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let shop = try db.cachedStatement(sql:
            "INSERT INTO shops (id, workplace, position, name, headcount) VALUES (?, ?, ?, ?, ?)")
        let shift = try db.cachedStatement(sql: """
            INSERT INTO shifts (id, workplace, position, name, start, "end", gate, days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, w) in workplaces {
            try insert.execute(arguments: [w.id.rawValue, i, w.name, w.kind.rawValue, w.sector, w.employer,
                w.headcount, w.district, w.neighbourhood?.rawValue, w.location?.latitude, w.location?.longitude,
                w.union?.name, w.union?.character.rawValue, w.notes])
            for (s, item) in w.shops.enumerated() {
                try shop.execute(arguments: [item.id.rawValue, w.id.rawValue, s, item.name, item.headcount])
            }
            for (s, item) in w.shifts.enumerated() {
                try shift.execute(arguments: [item.id.rawValue, w.id.rawValue, s, item.name, item.start.minutes,
                    item.end.minutes, item.gate?.rawValue, item.days.map(\.rawValue).joined(separator: ",")])
            }
        }
    }

    /// Inserts people (at the given positions) with the places they frequent.
    static func writePeople(_ people: some Sequence<(offset: Int, element: Person)>, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO people (id, position, name, workplace, shop, shift, home, address, role, affiliation,
              assessment, union_member, tags, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let frequents = try db.cachedStatement(sql:
            "INSERT INTO person_frequents (person, place, position) VALUES (?, ?, ?)")
        for (i, p) in people {
            try insert.execute(arguments: [p.id.rawValue, i, p.name, p.workplace?.rawValue, p.shop?.rawValue,
                p.shift?.rawValue, p.home?.rawValue, p.address, p.role.rawValue, p.affiliation.rawValue,
                p.assessment.rawValue, p.unionMember, encodeList(p.tags), p.notes])
            for (f, place) in p.frequents.enumerated() {
                try frequents.execute(arguments: [p.id.rawValue, place.rawValue, f])
            }
        }
    }

    /// Inserts cells (at the given positions) with their seats and targets.
    static func writeCells(_ cells: some Sequence<(offset: Int, element: Cell)>, _ db: Database) throws {
        let insert = try db.cachedStatement(sql:
            "INSERT INTO cells (id, position, kind, name, workplace, neighbourhood) VALUES (?, ?, ?, ?, ?, ?)")
        let seat = try db.cachedStatement(sql:
            "INSERT INTO cell_members (cell, person, seat, position) VALUES (?, ?, ?, ?)")
        let target = try db.cachedStatement(sql:
            "INSERT INTO cell_targets (cell, workplace, position) VALUES (?, ?, ?)")
        for (i, c) in cells {
            try insert.execute(arguments: [c.id.rawValue, i, c.kind.rawValue, c.name, c.workplace?.rawValue,
                c.neighbourhood?.rawValue])
            for (m, person) in c.members.enumerated() {
                try seat.execute(arguments: [c.id.rawValue, person.rawValue, "member", m])
            }
            for (m, person) in c.committee.enumerated() {
                try seat.execute(arguments: [c.id.rawValue, person.rawValue, "committee", m])
            }
            for (t, workplace) in c.targets.enumerated() {
                try target.execute(arguments: [c.id.rawValue, workplace.rawValue, t])
            }
        }
    }

    /// Inserts places at the given positions.
    static func writePlaces(_ places: some Sequence<(offset: Int, element: Place)>, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO places (id, position, kind, name, neighbourhood, workplace, district, latitude, longitude)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, p) in places {
            try insert.execute(arguments: [p.id.rawValue, i, p.kind.rawValue, p.name, p.neighbourhood?.rawValue,
                p.workplace?.rawValue, p.district, p.location?.latitude, p.location?.longitude])
        }
    }

    /// Inserts contact-log entries at the given positions.
    static func writeContacts(_ contacts: some Sequence<(offset: Int, element: Contact)>, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO contacts (position, by, "with", date, channel, place, outcome, assessment, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, c) in contacts {
            try insert.execute(arguments: [i, c.by.rawValue, c.with.rawValue, c.date.description, c.channel.rawValue,
                c.place?.rawValue, c.outcome.rawValue, c.assessment?.rawValue, c.notes])
        }
    }

    /// An index on `people(position)`, so that ``nextPosition(in:_:)`` of a person is one lookup instead of a pass over
    /// every person (a million rows read through a mapped image for one `person add`). Not a schema migration: a
    /// save adds it (``Workspace/save()``), so a workspace gains it at its next whole-image write, and a file without
    /// it is read and written as before.
    static let peoplePositionIndex = "CREATE INDEX IF NOT EXISTS people_position ON people(position)"

    /// The position after the last row of a table (0 when it is empty).
    static func nextPosition(in table: String, _ db: Database) throws -> Int {
        // `max(position)` alone, so that SQLite reads it from the end of an index on `position` (``peoplePositionIndex``).
        try Int.fetchOne(db, sql: "SELECT max(position) FROM \(table)").map { $0 + 1 } ?? 0
    }

    /// Tags are free words; they are stored one per line (a tag cannot contain a line break).
    static func encodeList(_ words: [String]) -> String { words.joined(separator: "\n") }

    static func decodeList(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
