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
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('name', ?)", arguments: [graph.name])
        try writeWorkplaces(graph.workplaces, db)
        let places = try db.cachedStatement(sql: """
            INSERT INTO places (id, position, kind, name, neighbourhood, workplace, district, latitude, longitude)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, p) in graph.places.enumerated() {
            try places.execute(arguments: [p.id.rawValue, i, p.kind.rawValue, p.name, p.neighbourhood?.rawValue,
                p.workplace?.rawValue, p.district, p.location?.latitude, p.location?.longitude])
        }
        try writePeople(graph.people, db)
        try writeCells(graph.cells, db)
        let ties = try db.cachedStatement(sql: "INSERT INTO ties (position, a, b, kind, strength) VALUES (?, ?, ?, ?, ?)")
        for (i, t) in graph.ties.enumerated() {
            try ties.execute(arguments: [i, t.a.rawValue, t.b.rawValue, t.kind.rawValue, t.strength])
        }
        let contacts = try db.cachedStatement(sql: """
            INSERT INTO contacts (position, by, "with", date, channel, place, outcome, assessment, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, c) in graph.contacts.enumerated() {
            try contacts.execute(arguments: [i, c.by.rawValue, c.with.rawValue, c.date.description, c.channel.rawValue,
                c.place?.rawValue, c.outcome.rawValue, c.assessment?.rawValue, c.notes])
        }
    }

    private static func writeWorkplaces(_ workplaces: [Workplace], _ db: Database) throws {
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
        for (i, w) in workplaces.enumerated() {
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

    private static func writePeople(_ people: [Person], _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO people (id, position, name, workplace, shop, shift, home, address, role, affiliation,
              assessment, union_member, tags, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let frequents = try db.cachedStatement(sql:
            "INSERT INTO person_frequents (person, place, position) VALUES (?, ?, ?)")
        for (i, p) in people.enumerated() {
            try insert.execute(arguments: [p.id.rawValue, i, p.name, p.workplace?.rawValue, p.shop?.rawValue,
                p.shift?.rawValue, p.home?.rawValue, p.address, p.role.rawValue, p.affiliation.rawValue,
                p.assessment.rawValue, p.unionMember, encodeList(p.tags), p.notes])
            for (f, place) in p.frequents.enumerated() {
                try frequents.execute(arguments: [p.id.rawValue, place.rawValue, f])
            }
        }
    }

    private static func writeCells(_ cells: [Cell], _ db: Database) throws {
        let insert = try db.cachedStatement(sql:
            "INSERT INTO cells (id, position, kind, name, workplace, neighbourhood) VALUES (?, ?, ?, ?, ?, ?)")
        let seat = try db.cachedStatement(sql:
            "INSERT INTO cell_members (cell, person, seat, position) VALUES (?, ?, ?, ?)")
        let target = try db.cachedStatement(sql:
            "INSERT INTO cell_targets (cell, workplace, position) VALUES (?, ?, ?)")
        for (i, c) in cells.enumerated() {
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

    /// Tags are free words; they are stored one per line (a tag cannot contain a line break).
    static func encodeList(_ words: [String]) -> String { words.joined(separator: "\n") }

    static func decodeList(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
