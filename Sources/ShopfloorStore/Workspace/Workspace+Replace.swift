import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

extension Workspace {
    /// Replaces the stored graph after checking it; on any problem nothing changes.
    ///
    /// The graph is checked with ``OrganizingGraph/violations()``, written in one transaction (SQLite checks
    /// foreign keys at commit), then the workspace is saved. `action` names the change in messages.
    public func replaceGraph(with graph: OrganizingGraph, action: String) throws(StoreError) {
        try replaceGraph(with: graph, previous: nil, action: action)
    }

    /// ``replaceGraph(with:action:)`` unless `graph` holds the same records as `stored` (the graph ``graph()``
    /// read under this workspace's write lock): then the file is not touched, not rewritten and its `.bak` not
    /// rotated. Returns whether it was written.
    @discardableResult
    public func replaceGraph(with graph: OrganizingGraph, unlessSameAs stored: OrganizingGraph, action: String) throws(StoreError) -> Bool {
        if Self.same(stored, graph) { return false }
        return try replaceGraph(with: graph, previous: nil, action: action)
    }

    /// ``replaceGraph(with:action:)``, writing only what differs from `previous` when it is given: it must be
    /// the graph the tables hold now, as ``graph()`` read it under this workspace's write lock. Such a change
    /// is recorded row by row (``undo()`` reverts it) unless it adds or removes more than 50,000 records, when
    /// the whole graph is written instead. When nothing differs the file is not touched; returns whether it was
    /// written.
    @discardableResult
    public func replaceGraph(with graph: OrganizingGraph, previous: OrganizingGraph?, action: String) throws(StoreError) -> Bool {
        try replaceGraph(with: graph, previous: previous, action: action, also: nil)
    }

    /// ``replaceGraph(with:previous:action:)`` that also runs `also` in the same transaction (settings a
    /// merge or a bundle keeps beside the graph), recorded with it as one change.
    @discardableResult
    func replaceGraph(
        with graph: OrganizingGraph, previous: OrganizingGraph?, action: String, also: ((Database) throws -> Void)?
    ) throws(StoreError) -> Bool {
        guard lock != nil else { throw .writeFailed(path: path, reason: Text.string("store.theWorkspaceWasOpened")) }
        if let previous, also == nil, Self.same(previous, graph) { return false }
        let problems = graph.violations().map { violation in
            Diagnostic(file: path, field: violation.field, id: violation.id ?? "\(violation.collection.rawValue) #\(violation.index + 1)",
                message: violation.message, hint: violation.hint)
        }
        guard problems.isEmpty else { throw .rejected(path: path, action: action, diagnostics: problems) }
        if let previous, Self.recordCount(previous).distance(to: Self.recordCount(graph)).magnitude <= 50_000 {
            // A few rows change: SQLite's own deferred foreign keys check just those at commit.
            // The whole new graph was checked above: whatever the image was, the result keeps every rule.
            try record(action, keepsRules: true) { db in
                try WorkspaceTables.writeChanges(from: previous, to: graph, into: db)
                try also?(db)
            }
            wholeGraphChecked()
            return true
        }
        // The graph's own invariants cover every reference, so SQLite's row-by-row foreign-key lookups are
        // switched off while the rows go in and checked once, over the whole database, before the commit.
        try perform {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                // Rebuilding the indexes sorts every key. A plain workspace lies on the disk as it is, so its sort
                // may spill to a temporary file (unlinked at once) instead of memory; a sealed one never does,
                // since ids in plain text must not touch the disk.
                if sealing == nil {
                    try db.execute(sql: "PRAGMA temp_store = FILE")
                }
                defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
                try db.inTransaction {
                    try WorkspaceTables.write(graph, into: db)
                    try Workspace.note(db, source: action, summary: "whole graph written: \(graph.people.count) people, "
                        + "\(graph.ties.count) ties, \(graph.contacts.count) contacts", undoable: false)
                    try also?(db)
                    if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                        throw StoreError.database(path: path,
                            reason: Text.string("workspace.brokenReference", ["table": "\(broken[0] as String? ?? "?")",
                                "missing": "\(broken[2] as String? ?? "?")"]))
                    }
                    return .commit
                }
            }
        }
        wholeGraphChecked()
        try save()
        return true
    }

    /// How many records a graph holds, to tell a few rows' change from a bulk write.
    private static func recordCount(_ graph: OrganizingGraph) -> Int {
        graph.workplaces.count + graph.places.count + graph.people.count + graph.cells.count + graph.ties.count + graph.contacts.count
    }
}
