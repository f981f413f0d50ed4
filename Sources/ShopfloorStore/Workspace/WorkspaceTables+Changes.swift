import GRDB
import ShopfloorModel

/// Writing only what an edit changed: a person added or updated touches a few rows, not the whole workspace.
extension WorkspaceTables {
    /// Makes the tables, which hold `old`, hold `new`, writing only the records that differ; call inside a
    /// transaction.
    ///
    /// A changed workplace, place, person or cell is deleted with its child rows and inserted again at the
    /// position it had; a new one goes after the last position; a removed one is deleted (positions only order
    /// the rows, so gaps are harmless). Ties and the contact log are lists: unchanged they are left alone,
    /// grown at the end only the new entries are inserted, otherwise the list is written again.
    static func writeChanges(from old: OrganizingGraph, to new: OrganizingGraph, into db: Database) throws {
        if old.name != new.name {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('name', ?)", arguments: [new.name])
        }
        try sync(old.workplaces, new.workplaces, table: "workplaces", children: [("shops", "workplace"), ("shifts", "workplace")],
            id: \.id.rawValue, inOld: { old.index(of: $0.id) }, inNew: { new.index(of: $0.id) != nil },
            db, write: writeWorkplaces)
        try sync(old.places, new.places, table: "places", children: [],
            id: \.id.rawValue, inOld: { old.index(of: $0.id) }, inNew: { new.index(of: $0.id) != nil },
            db, write: writePlaces)
        try sync(old.people, new.people, table: "people", children: [("person_frequents", "person")],
            id: \.id.rawValue, inOld: { old.index(of: $0.id) }, inNew: { new.index(of: $0.id) != nil },
            db, write: writePeople)
        try sync(old.cells, new.cells, table: "cells", children: [("cell_members", "cell"), ("cell_targets", "cell")],
            id: \.id.rawValue, inOld: { old.index(of: $0.id) }, inNew: { new.index(of: $0.id) != nil },
            db, write: writeCells)
        try syncList(old.ties.array, new.ties.array, table: "ties",
            sameEntry: { a, b in a.kind == b.kind && min(a.a, a.b) == min(b.a, b.b) && max(a.a, a.b) == max(b.a, b.b) },
            db, write: writeTies)
        try syncList(old.contacts, new.contacts, table: "contacts", db, write: writeContacts)
    }

    /// Brings one table of records with ids (and its child tables) from `old` to `new`.
    private static func sync<R: Equatable>(
        _ old: [R], _ new: [R], table: String, children: [(table: String, column: String)],
        id: (R) -> String, inOld: (R) -> Int?, inNew: (R) -> Bool, _ db: Database,
        write: ([(offset: Int, element: R)], Database) throws -> Void
    ) throws {
        if old == new { return }
        var next = try nextPosition(in: table, db)
        var rows: [(offset: Int, element: R)] = []
        var gone: [String] = []
        for record in new {
            guard let i = inOld(record) else {
                rows.append((next, record))
                next += 1
                continue
            }
            guard old[i] != record else { continue }
            let position = try Int.fetchOne(db, sql: "SELECT position FROM \(table) WHERE id = ?", arguments: [id(record)])
            rows.append((position ?? next, record))
            if position == nil { next += 1 }
            gone.append(id(record))
        }
        for record in old where !inNew(record) { gone.append(id(record)) }
        for key in gone {
            for child in children { try db.execute(sql: "DELETE FROM \(child.table) WHERE \(child.column) = ?", arguments: [key]) }
            try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [key])
        }
        try write(rows, db)
    }

    /// Brings a positional list (ties, the contact log) from `old` to `new`, which an edit makes by removing
    /// entries, changing some in place (`sameEntry` says an entry is the same one, changed) and appending.
    ///
    /// Old and new are walked side by side with the rows' positions: an old entry that is not the next new one
    /// is deleted (or, if it is the same entry changed, rewritten at its position); new entries left at the end
    /// are inserted after the last position. Any `new` comes out right; an edit's comes out in a few rows.
    private static func syncList<R: Equatable>(
        _ old: [R], _ new: [R], table: String, sameEntry: ((R, R) -> Bool)? = nil, _ db: Database,
        write: ([(offset: Int, element: R)], Database) throws -> Void
    ) throws {
        if old == new { return }
        let next = try nextPosition(in: table, db)
        var rewrite: [(offset: Int, element: R)] = []
        var deleted: [Int] = []
        var j = 0
        if !(new.count >= old.count && new.starts(with: old)) {
            let positions = try Int.fetchCursor(db, sql: "SELECT position FROM \(table) ORDER BY position")
            for entry in old {
                guard let position = try positions.next() else { break }
                if j < new.count, new[j] == entry {
                    j += 1
                } else if j < new.count, sameEntry?(entry, new[j]) == true {
                    deleted.append(position)
                    rewrite.append((position, new[j]))
                    j += 1
                } else {
                    deleted.append(position)
                }
            }
        } else {
            j = old.count
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE position = ?")
        for position in deleted { try delete.execute(arguments: [position]) }
        try write(rewrite + new[j...].enumerated().map { (next + $0.offset, $0.element) }, db)
    }
}
