import GRDB
import ShopfloorModel

/// The versioned SQL schema of a workspace: one table per record kind, foreign keys, indexes.
///
/// Foreign keys are `DEFERRABLE INITIALLY DEFERRED` so that a whole graph can be written in one transaction in
/// any order (places and workplaces refer to each other); SQLite checks them at commit. Every table keeps a
/// `position` so that a graph reads back in the order it was written.
enum WorkspaceSchema {
    /// The newest schema version, stored in the `meta` table as `schema`.
    static let version = 3

    /// The migrations, applied in order by GRDB's `DatabaseMigrator`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: organizing graph") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: headcount upper bound") { db in
            try db.execute(sql: headcountBound)
        }
        migrator.registerMigration("v3: history and keys") { db in
            try db.execute(sql: v3)
        }
        return migrator
    }

    private static let fk = "DEFERRABLE INITIALLY DEFERRED"

    /// Every write recorded as a change (`ops`: the rows before and after, JSON; NULL when the whole graph was
    /// written; `[]` when no row changed), the public keys of the cells or the committee this workspace
    /// exchanges bundles with, and an id that tells this workspace from every other.
    private static let v3 = """
        CREATE TABLE changes (
          seq INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, summary TEXT NOT NULL, ops TEXT,
          undoes INTEGER REFERENCES changes(seq)) STRICT;
        CREATE TABLE known_keys (
          name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL CHECK (role IN ('cell', 'committee')),
          public_key TEXT NOT NULL) STRICT;
        INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace-id', lower(hex(randomblob(16))));
        """

    /// A headcount above ``Workplace/maximumHeadcount`` is refused by the database too (a STRICT table cannot gain a
    /// CHECK without being rebuilt; triggers hold the same rule for every insert and update).
    private static let headcountBound = ["workplaces", "shops"].flatMap { table in
        ["INSERT", "UPDATE OF headcount"].map { event in
            """
            CREATE TRIGGER \(table)_headcount_\(event.hasPrefix("INSERT") ? "insert" : "update") BEFORE \(event) ON \(table)
            WHEN NEW.headcount > \(Workplace.maximumHeadcount)
            BEGIN SELECT RAISE(ABORT, 'headcount above \(Workplace.maximumHeadcount)'); END;
            """
        }
    }.joined(separator: "\n")

    private static let v1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
        CREATE TABLE workplaces (
          id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
          sector TEXT NOT NULL, employer TEXT, headcount INTEGER NOT NULL CHECK (headcount >= 0),
          district TEXT, neighbourhood TEXT REFERENCES places(id) \(fk), latitude REAL, longitude REAL,
          union_name TEXT, union_character TEXT, notes TEXT) STRICT;
        CREATE TABLE places (
          id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
          neighbourhood TEXT REFERENCES places(id) \(fk), workplace TEXT REFERENCES workplaces(id) \(fk),
          district TEXT, latitude REAL, longitude REAL) STRICT;
        CREATE TABLE shops (
          id TEXT PRIMARY KEY NOT NULL, workplace TEXT NOT NULL REFERENCES workplaces(id) ON DELETE CASCADE \(fk),
          position INTEGER NOT NULL, name TEXT NOT NULL, headcount INTEGER NOT NULL CHECK (headcount >= 0)) STRICT;
        CREATE TABLE shifts (
          id TEXT PRIMARY KEY NOT NULL, workplace TEXT NOT NULL REFERENCES workplaces(id) ON DELETE CASCADE \(fk),
          position INTEGER NOT NULL, name TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          gate TEXT REFERENCES places(id) \(fk), days TEXT NOT NULL) STRICT;
        CREATE TABLE people (
          id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
          workplace TEXT REFERENCES workplaces(id) \(fk), shop TEXT REFERENCES shops(id) \(fk),
          shift TEXT REFERENCES shifts(id) \(fk), home TEXT REFERENCES places(id) \(fk), address TEXT,
          role TEXT NOT NULL, affiliation TEXT NOT NULL,
          assessment INTEGER NOT NULL CHECK (assessment BETWEEN 0 AND 5),
          union_member INTEGER NOT NULL, tags TEXT NOT NULL, notes TEXT) STRICT;
        CREATE INDEX people_workplace ON people(workplace, shop, shift);
        CREATE TABLE person_frequents (
          person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE \(fk),
          place TEXT NOT NULL REFERENCES places(id) \(fk), position INTEGER NOT NULL,
          PRIMARY KEY (person, position)) STRICT;
        CREATE INDEX person_frequents_place ON person_frequents(place);
        CREATE TABLE cells (
          id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT,
          workplace TEXT REFERENCES workplaces(id) \(fk), neighbourhood TEXT REFERENCES places(id) \(fk)) STRICT;
        CREATE TABLE cell_members (
          cell TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE \(fk),
          person TEXT NOT NULL REFERENCES people(id) \(fk),
          seat TEXT NOT NULL CHECK (seat IN ('member', 'committee')), position INTEGER NOT NULL,
          PRIMARY KEY (cell, seat, position)) STRICT;
        CREATE INDEX cell_members_person ON cell_members(person);
        CREATE TABLE cell_targets (
          cell TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE \(fk),
          workplace TEXT NOT NULL REFERENCES workplaces(id) \(fk), position INTEGER NOT NULL,
          PRIMARY KEY (cell, position)) STRICT;
        CREATE TABLE ties (
          position INTEGER PRIMARY KEY, a TEXT NOT NULL REFERENCES people(id) \(fk),
          b TEXT NOT NULL REFERENCES people(id) \(fk), kind TEXT NOT NULL,
          strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3)) STRICT;
        CREATE UNIQUE INDEX ties_pair ON ties(min(a, b), max(a, b), kind);
        CREATE INDEX ties_b ON ties(b);
        CREATE TABLE contacts (
          position INTEGER PRIMARY KEY, by TEXT NOT NULL REFERENCES people(id) \(fk),
          "with" TEXT NOT NULL REFERENCES people(id) \(fk), date TEXT NOT NULL, channel TEXT NOT NULL,
          place TEXT REFERENCES places(id) \(fk), outcome TEXT NOT NULL,
          assessment INTEGER CHECK (assessment BETWEEN 0 AND 5), notes TEXT) STRICT;
        CREATE INDEX contacts_with ON contacts("with", date);
        CREATE INDEX contacts_by ON contacts(by, date);
        """
}
