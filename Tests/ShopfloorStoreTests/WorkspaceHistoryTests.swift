import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Workspace history: every write a change, small ones appended, undo")
struct WorkspaceHistoryTests {
    static func contact(_ date: String, notes: String? = nil) throws -> Contact {
        Contact(by: "mehmet-d", with: "fatma-y", date: try #require(Day(parsing: date)), channel: .pub, place: "yildiz-cay",
            outcome: .positive, assessment: .supportive, notes: notes)
    }

    static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test("a logged contact is appended (the image is not rewritten), read back on open, and listed in the history")
    func logAppends() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let image = try Data(contentsOf: URL(fileURLWithPath: path))
        let logged = try workspace.log(try Self.contact("2026-11-01"))
        #expect(logged.added && logged.contacts == 1 && logged.assessment == .supportive)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.starts(with: image), "the image before the journal must stay byte for byte")
        #expect(after.count - image.count < 4096)
        let again = try workspace.log(try Self.contact("2026-11-01"))
        #expect(!again.added)
        #expect(try Self.size(path) == after.count, "the same contact twice writes nothing")
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        let graph = try reopened.graph()
        #expect(graph.contacts.count == 3)
        #expect(graph.person("fatma-y")?.assessment == .supportive)
        #expect(try reopened.integrityProblems().isEmpty)
        let newest = try #require(try reopened.history(limit: 1).first)
        #expect(newest.source == "log")
        #expect(newest.summary.contains("contacts: 1 added"), "\(newest.summary)")
        #expect(newest.summary.contains("people: 1 changed"), "\(newest.summary)")
    }

    @Test("undo reverts the newest change, is recorded itself, and goes one change further back each time")
    func undoSteps() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let original = try workspace.graph()
        try workspace.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["new-w"] = Person(id: "new-w", name: "New Worker", workplace: "anadolu-oto")
        }
        try workspace.log(try Self.contact("2026-11-02"))
        try workspace.edit(action: "person remove") { (draft: inout GraphDraft) throws(StoreError) in
            draft.removePerson("ayse-k")
        }
        #expect(try workspace.graph().person("ayse-k") == nil)
        let first = try workspace.undo()
        #expect(first.undoes != nil && first.source.contains("person remove"))
        #expect(try Workspace.open(at: path, passphrase: { "" }).graph().person("ayse-k") == original.person("ayse-k"))
        try workspace.undo()
        try workspace.undo()
        let back = try Workspace.open(at: path, passphrase: { "" })
        #expect(Canonical(try back.graph()) == Canonical(original))
        let history = try back.history()
        #expect(history.prefix(3).allSatisfy { $0.undoes != nil })
        #expect(history.filter(\.undone).count == 3)
        // The import that filled the workspace rewrote the whole graph: it cannot be undone.
        #expect(throws: StoreError.self) { try back.undo() }
    }

    @Test("a setting is a recorded change: listed, kept on reopening, and undone")
    func settingIsAChange() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let before = try workspace.history().count
        try workspace.set(.timeZone, to: "Europe/Berlin")
        let newest = try #require(try workspace.history(limit: 1).first)
        #expect(newest.source == "setting time-zone")
        #expect(try workspace.history().count == before + 1)
        #expect(try Workspace.open(at: path, passphrase: { "" }).setting(.timeZone) == "Europe/Berlin")
        try workspace.undo()
        #expect(try Workspace.open(at: path, passphrase: { "" }).setting(.timeZone) == nil)
    }

    @Test("undo refuses a change whose rows were changed since, and changes nothing")
    func undoDrift() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        try workspace.log(try Self.contact("2026-11-03"))
        // A change the history does not know (as another tool would make it) under the recorded one.
        try workspace.perform { try workspace.database.write { db in try db.execute(sql: "UPDATE people SET assessment = 5 WHERE id = 'fatma-y'") } }
        do {
            try workspace.undo()
            Issue.record("undo over a changed row went through")
        } catch {
            #expect(error.description.contains("was changed since"), "\(error.description)")
        }
        #expect(try workspace.graph().contacts.count == 3)
    }

    @Test("a sealed workspace's journal holds no name in the clear; a changed byte in it is refused")
    func sealedJournal() throws {
        let dir = try Scratch.folder()
        let path = dir + "/sealed.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path, passphrase: "correct horse battery")
        let image = try Self.size(path)
        try workspace.log(try Self.contact("2026-11-04", notes: "Gizli not Yıldız"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > image && bytes.count - image < 4096)
        for secret in ["Gizli not", "fatma-y", "mehmet-d", "contacts"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "found \(secret) in the sealed journal")
        }
        let reopened = try Workspace.open(at: path, passphrase: { "correct horse battery" })
        #expect(try reopened.graph().contacts.contains { $0.notes == "Gizli not Yıldız" })
        for offset in [image + 10, bytes.count - 20] {
            var tampered = bytes
            tampered[offset] ^= 0x01
            let copy = dir + "/tampered-\(offset).shopfloor"
            try tampered.write(to: URL(fileURLWithPath: copy))
            #expect(throws: StoreError.self) { try Workspace.open(at: copy, passphrase: { "correct horse battery" }) }
        }
    }

    @Test("a record cut short by a killed writer is not part of the workspace, and the next write cuts it off")
    func tornRecord() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        var image = 0
        do {
            // The first writer goes (and lets go of the write lock) before the second opens.
            let workspace = try Workspace.gebzeForTest(at: path)
            image = try Self.size(path)
            try workspace.log(try Self.contact("2026-11-05"))
        }
        let full = try Self.size(path)
        #expect(truncate(path, off_t(full - 7)) == 0)
        let reopened = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
        #expect(try reopened.graph().contacts.count == 2)
        try reopened.log(try Self.contact("2026-11-06"))
        let last = try Workspace.open(at: path, passphrase: { "" })
        #expect(try last.graph().contacts.map(\.date.description).contains("2026-11-06"))
        #expect(try last.graph().contacts.count == 3)
        #expect(try Self.size(path) - image < full - image + 200)
    }

    @Test("a long journal is folded into a new image, and the history stays whole")
    func compaction() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        for day in 0..<(ChangeJournal.maximumRecords + 3) {
            try workspace.log(Contact(by: "mehmet-d", with: "fatma-y", date: Day(daysSinceEpoch: 20000 + day), channel: .pub,
                outcome: .neutral))
        }
        #expect(workspace.journal.records < ChangeJournal.maximumRecords)
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        #expect(try reopened.graph().contacts.count == 2 + ChangeJournal.maximumRecords + 3)
        #expect(try reopened.history().filter { $0.source == "log" }.count == ChangeJournal.maximumRecords + 3)
        #expect(try reopened.integrityProblems().isEmpty)
    }
}
