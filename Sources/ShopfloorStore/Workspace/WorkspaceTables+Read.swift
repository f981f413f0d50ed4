import GRDB
import ShopfloorModel
import ShopfloorText

/// Reading a graph back from a workspace's tables, in the order it was written.
extension WorkspaceTables {
    /// Reads the whole graph stored in `db`.
    ///
    /// A value the schema allows but the model does not know (a word from a newer Shopfloor) is an error that
    /// names the table, the row id and the column. With a `snapshot` of the people and ties these tables hold
    /// (``ReadSnapshot``, brought up to date by ``patch(_:updatedPeople:_:path:)``), the people and ties are
    /// taken from it; the other records, few, always come from the tables (their columns by position: a column
    /// found by its name cost a lowercased copy of the name per value, a tenth of a second at a million people).
    /// - Complexity: O(V + E).
    static func read(from db: Database, path: String, snapshot: ReadSnapshot.Contents? = nil) throws -> OrganizingGraph {
        var reader = RowReader(path: path)
        let name = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'name'") ?? ""
        var shops: [String: [Shop]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT workplace, id, name, headcount FROM shops ORDER BY workplace, position") {
            let workplace: String = row[0]
            shops[workplace, default: []].append(Shop(id: .init(row[1]), name: row[2], headcount: row[3]))
        }
        var shifts: [String: [Shift]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, workplace, name, start, "end", gate, days FROM shifts ORDER BY workplace, position
            """) {
            let id: String = row[0]
            let days = try (row[6] as String).split(separator: ",").map {
                try reader.word(String($0), Weekday.self, table: "shifts", id: id, column: "days")
            }
            let start = try reader.time(row[3], table: "shifts", id: id, column: "start")
            let end = try reader.time(row[4], table: "shifts", id: id, column: "end")
            shifts[row[1], default: []].append(Shift(id: .init(id), name: row[2], start: start, end: end,
                gate: (row[5] as String?).map { .init($0) }, days: days))
        }
        var workplaces: [Workplace] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, name, kind, sector, employer, headcount, district, neighbourhood, latitude, longitude, union_name,
              union_character, notes FROM workplaces ORDER BY position
            """) {
            let id: String = row[0]
            var union: Union?
            if let character: String = row[11] {
                union = Union(name: row[10],
                    character: try reader.word(character, Union.Character.self, table: "workplaces", id: id, column: "union_character"))
            }
            workplaces.append(Workplace(id: .init(id), name: row[1],
                kind: try reader.word(row[2], Workplace.Kind.self, table: "workplaces", id: id, column: "kind"),
                sector: row[3], employer: row[4], headcount: row[5], district: row[6],
                neighbourhood: (row[7] as String?).map { .init($0) }, location: location(row, at: 8),
                union: union, shops: shops[id] ?? [], shifts: shifts[id] ?? [], notes: row[12]))
        }
        var places: [Place] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, kind, name, neighbourhood, workplace, district, latitude, longitude FROM places ORDER BY position
            """) {
            let id: String = row[0]
            places.append(Place(id: .init(id),
                kind: try reader.word(row[1], Place.Kind.self, table: "places", id: id, column: "kind"),
                name: row[2], neighbourhood: (row[3] as String?).map { .init($0) },
                workplace: (row[4] as String?).map { .init($0) }, district: row[5],
                location: location(row, at: 6)))
        }
        let people: [Person], ties: TieList, tieEnds: [Int32]
        if let snapshot {
            (people, ties, tieEnds) = (snapshot.people, snapshot.ties, snapshot.ends)
        } else {
            var positions = PersonPositions(capacity: 0)
            people = try readPeople(db, &reader, positions: &positions)
            let (values, ends) = try readTies(db, &reader, people: positions)
            (ties, tieEnds) = (TieList(values), ends)
        }
        let cells = try readCells(db, &reader)
        var contacts: [Contact] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT by, "with", date, channel, place, outcome, assessment, notes FROM contacts ORDER BY position
            """) {
            let by: String = row[0], with: String = row[1]
            let label = "\(by)→\(with)"
            guard let date = Day(parsing: row[2]) else {
                throw reader.corrupt(table: "contacts", id: label, column: "date", value: row[2])
            }
            contacts.append(Contact(by: .init(by), with: .init(with), date: date,
                channel: try reader.word(row[3], Contact.Channel.self, table: "contacts", id: label, column: "channel"),
                place: (row[4] as String?).map { .init($0) },
                outcome: try reader.word(row[5], Contact.Outcome.self, table: "contacts", id: label, column: "outcome"),
                assessment: (row[6] as Int?).flatMap { Assessment(rawValue: $0) }, notes: row[7]))
        }
        return OrganizingGraph(name: name, workplaces: workplaces, people: people, cells: cells, places: places,
            tieList: ties, contacts: contacts, tieEnds: tieEnds, personIndex: snapshot?.personIndex?.wait())
    }

    /// Puts the people the journal changed since the snapshot was made into it, read from the table, each at its
    /// place (found by its row position); false when one cannot be placed so (the tables are read instead).
    static func patch(_ snapshot: inout ReadSnapshot.Contents, updatedPeople: [String], _ db: Database, path: String) throws -> Bool {
        var reader = RowReader(path: path)
        for id in updatedPeople {
            var positions = PersonPositions(capacity: 1)
            guard let position = try Int64.fetchOne(db, sql: "SELECT position FROM people WHERE id = ?", arguments: [id]),
                let person = try readPeople(db, &reader, positions: &positions, only: id).first
            else { return false }
            var low = 0, high = snapshot.positions.count
            while low < high {
                let middle = (low + high) / 2
                if snapshot.positions[middle] < position { low = middle + 1 } else { high = middle }
            }
            guard low < snapshot.positions.count, snapshot.positions[low] == position, snapshot.people[low].id == person.id
            else { return false }
            snapshot.people[low] = person
        }
        return true
    }

    /// The people in their order (or the one person `only` names); `positions` gets every id, in the same order.
    private static func readPeople(
        _ db: Database, _ reader: inout RowReader, positions: inout PersonPositions, only: String? = nil
    ) throws -> [Person] {
        let filter = only == nil ? "" : "WHERE person = ?"
        var frequents: [String: [Place.ID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person, place FROM person_frequents \(filter) ORDER BY person, position",
            arguments: only.map { [$0] } ?? []) {
            frequents[row["person"], default: []].append(.init(row["place"]))
        }
        var people: [Person] = []
        positions = PersonPositions(capacity: only == nil ? try Int.fetchOne(db, sql: "SELECT count(*) FROM people") ?? 0 : 1)
        // Through SQLite's own column calls, as the ties are: GRDB's row objects cost more than the rows (a sixth
        // of a cold `plan reach` at 100,000 people). Each distinct role and affiliation word is parsed once.
        let rows = try RawSQLite.Statement("""
            SELECT id, name, workplace, shop, shift, home, address, role, affiliation, assessment, union_member, tags, notes
            FROM people \(only == nil ? "" : "WHERE id = ?1") ORDER BY position
            """, in: db)
        if let only { rows.bind(only, at: 1) }
        defer { rows.reset() }
        var roles: [(text: String, role: Role)] = []
        var affiliations: [(text: String, affiliation: Affiliation)] = []
        while try rows.step() {
            positions.append(rows.bytes(0))
            let id = rows.text(0)
            guard let assessment = Assessment(rawValue: rows.int(9)) else {
                throw reader.corrupt(table: "people", id: id, column: "assessment", value: "\(rows.int(9))")
            }
            let roleWord = rows.text(7), affiliationWord = rows.text(8)
            let role: Role
            if let known = roles.first(where: { $0.text == roleWord }) { role = known.role } else {
                role = try reader.word(roleWord, Role.self, table: "people", id: id, column: "role")
                roles.append((roleWord, role))
            }
            let affiliation: Affiliation
            if let known = affiliations.first(where: { $0.text == affiliationWord }) { affiliation = known.affiliation } else {
                affiliation = try reader.word(affiliationWord, Affiliation.self, table: "people", id: id, column: "affiliation")
                affiliations.append((affiliationWord, affiliation))
            }
            people.append(Person(id: .init(id), name: rows.text(1), workplace: rows.optionalText(2).map { .init($0) },
                shop: rows.optionalText(3).map { .init($0) }, shift: rows.optionalText(4).map { .init($0) },
                home: rows.optionalText(5).map { .init($0) }, address: rows.optionalText(6),
                role: role, affiliation: affiliation, assessment: assessment, unionMember: rows.int(10) != 0,
                frequents: frequents.isEmpty ? [] : frequents[id] ?? [],
                tags: decodeList(rows.text(11)), notes: rows.optionalText(12)))
        }
        return people
    }

    private static func readCells(_ db: Database, _ reader: inout RowReader) throws -> [Cell] {
        var members: [String: [Person.ID]] = [:]
        var committee: [String: [Person.ID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT cell, person, seat FROM cell_members ORDER BY cell, seat, position") {
            if (row[2] as String) == "committee" {
                committee[row[0], default: []].append(.init(row[1]))
            } else {
                members[row[0], default: []].append(.init(row[1]))
            }
        }
        var targets: [String: [Workplace.ID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT cell, workplace FROM cell_targets ORDER BY cell, position") {
            targets[row[0], default: []].append(.init(row[1]))
        }
        var cells: [Cell] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, kind, name, workplace, neighbourhood FROM cells ORDER BY position") {
            let id: String = row[0]
            cells.append(Cell(id: .init(id),
                kind: try reader.word(row[1], Cell.Kind.self, table: "cells", id: id, column: "kind"),
                name: row[2], workplace: (row[3] as String?).map { .init($0) },
                neighbourhood: (row[4] as String?).map { .init($0) }, targets: targets[id] ?? [],
                members: members[id] ?? [], committee: committee[id] ?? []))
        }
        return cells
    }

    /// The coordinates in the row's columns `column` (latitude) and `column + 1` (longitude), when both are set.
    private static func location(_ row: Row, at column: Int) -> Coordinates? {
        guard let latitude: Double = row[column], let longitude: Double = row[column + 1] else { return nil }
        return Coordinates(latitude: latitude, longitude: longitude)
    }
}

/// Turns stored words back into vocabulary values, failing with the table, row and column at fault.
struct RowReader {
    let path: String

    func word<V: Vocabulary>(
        _ text: String, _ type: V.Type, table: String, id: @autoclosure () -> String, column: String
    ) throws(StoreError) -> V {
        // Stored words are canonical: try the exact word before the forgiving parse.
        guard let value = V(rawValue: text) ?? V(word: text) else { throw corrupt(table: table, id: id(), column: column, value: text) }
        return value
    }

    func time(_ minutes: Int, table: String, id: String, column: String) throws(StoreError) -> TimeOfDay {
        guard let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60), minutes >= 0 else {
            throw corrupt(table: table, id: id, column: column, value: "\(minutes)")
        }
        return time
    }

    func corrupt(table: String, id: String, column: String, value: String) -> StoreError {
        .invalid(path: path, diagnostics: [Diagnostic(file: path, field: column, id: id,
            message: Text.string("store.tableHoldsWhichThis", ["table": "\(table)", "value": "\(value)"]),
            hint: Text.string("store.theWorkspaceMayCome", ["path": "\(path)"]))])
    }
}
