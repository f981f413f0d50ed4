import Foundation
import GRDB
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// `person update` and `tie add` on an encrypted workspace check the edit against the image's index and append it
/// sealed, the image never decrypted (issue 16.6); replayed, it makes the rows and the change the whole path makes.
@Suite("Sealed person update and tie add: appended through the index, replayed as the whole path writes them")
struct SealedEditTests {
    static let passphrase = SealedPersonAddTests.passphrase
    static func key() -> String { passphrase }

    /// A sealed Gebze workspace at `indexed` and a copy of it at `whole`.
    static func pair() throws -> (indexed: String, whole: String) {
        let dir = try Scratch.folder()
        let indexed = dir + "/indexed.shopfloor", whole = dir + "/whole.shopfloor"
        _ = try Workspace.gebzeForTest(at: indexed, passphrase: passphrase)
        try FileManager.default.copyItem(atPath: indexed, toPath: whole)
        return (indexed, whole)
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Both workspaces hold the same graph, the same newest change (rows and summary) and a clean image.
    static func expectSame(_ indexed: String, _ whole: String, changes: Int) throws {
        let a = try Workspace.open(at: indexed, passphrase: key)
        let b = try Workspace.open(at: whole, passphrase: key)
        #expect(Workspace.same(try a.graph(recheck: true), try b.graph(recheck: true)))
        #expect(try SealedPersonAddTests.newestOps(a) == (try SealedPersonAddTests.newestOps(b)))
        #expect(try a.history(limit: changes).map(\.summary) == (try b.history(limit: changes).map(\.summary)))
        #expect(try a.history(limit: changes).map(\.source) == (try b.history(limit: changes).map(\.source)))
        #expect(a.checked, "an edit the index checked keeps the rules: the stamped image stays trusted")
        #expect(try a.integrityProblems().isEmpty)
    }

    @Test("person update through the index writes what the whole path writes, the image untouched, and undo reverts it",
        arguments: [
            ("fatma-y", PersonChange(assessment: .supportive)),
            ("hasan-b", PersonChange(name: "Hasan B.", workplace: "anadolu-oto", shop: "ao-paint", shift: "ao-c", notes: "kapıda \"çay\"")),
            ("fatma-y", PersonChange(shop: "ao-paint")),
            ("hasan-b", PersonChange(home: "kirazli", role: .foreman, affiliation: .informer)),
            ("ayse-k", PersonChange(workplace: "anadolu-oto", shift: "ao-c")),
        ] as [(Person.ID, PersonChange)])
    func personUpdate(_ id: Person.ID, _ change: PersonChange) throws {
        let (indexed, whole) = try Self.pair()
        let start = try Workspace.open(at: indexed, passphrase: Self.key).graph()
        let before = try Self.bytes(indexed)
        #expect(try Workspace.appendPersonUpdate(id, change, at: indexed, passphrase: Self.key) != nil,
            "the index path must take a sealed workspace")
        let after = try Self.bytes(indexed)
        #expect(after.count > before.count && after.prefix(before.count) == before, "only a record appended after the file")
        // A second update that needs the person's workplace as the first left it (folded from the journal).
        let second = PersonChange(shift: id == "hasan-b" && change.workplace == nil ? nil : "ao-a", assessment: .opposed)
        #expect(try Workspace.appendPersonUpdate(id, second, at: indexed, passphrase: Self.key) != nil)
        do {
            let writable = try Workspace.open(at: whole, forWriting: true, verifying: false, passphrase: Self.key)
            try writable.updatePerson(id, change)
            try writable.updatePerson(id, second)
        }
        try Self.expectSame(indexed, whole, changes: 2)
        let original = try Workspace.open(at: whole, passphrase: Self.key).graph()
        do {
            let writable = try Workspace.open(at: indexed, forWriting: true, passphrase: Self.key)
            try writable.undo()
            try writable.undo()
        }
        let undone = try Workspace.open(at: indexed, passphrase: Self.key).graph(recheck: true)
        #expect(undone.person(id) == start.person(id), "two undos put every field back")
        #expect(original.person(id) != start.person(id))
    }

    @Test("tie add through the index adds a tie or re-weighs one, as the whole path does, and undo reverts it",
        arguments: [
            Tie("can-t", "hasan-b", kind: .friend, strength: 2),
            Tie("fatma-y", "ayse-k", kind: .friend, strength: 1),
            Tie("mehmet-d", "ayse-k", kind: .neighbour, strength: 2),
        ])
    func tieAdd(_ tie: Tie) throws {
        let (indexed, whole) = try Self.pair()
        let start = try Workspace.open(at: indexed, passphrase: Self.key).graph()
        let before = try Self.bytes(indexed)
        #expect(try Workspace.appendTieAdd(tie, at: indexed, passphrase: Self.key) != nil, "the index path must take a sealed workspace")
        #expect(try Self.bytes(indexed).prefix(before.count) == before)
        let next = Tie("elif-s", "zeynep-a", kind: .union, strength: 3)
        #expect(try Workspace.appendTieAdd(next, at: indexed, passphrase: Self.key) != nil)
        do {
            let writable = try Workspace.open(at: whole, forWriting: true, verifying: false, passphrase: Self.key)
            try writable.addTie(tie)
            try writable.addTie(next)
        }
        try Self.expectSame(indexed, whole, changes: 2)
        let opened = try Workspace.open(at: indexed, passphrase: Self.key)
        #expect(try opened.graph().ties.contains(tie))
        do {
            let writable = try Workspace.open(at: indexed, forWriting: true, passphrase: Self.key)
            try writable.undo()
            try writable.undo()
        }
        #expect(try Workspace.open(at: indexed, passphrase: Self.key).graph(recheck: true).ties == start.ties)
    }

    @Test("whatever breaks a rule, or a person the index cannot tell, leaves the file untouched for the whole path")
    func fallsBack() throws {
        let (path, _) = try Self.pair()
        let refused: [(Person.ID, PersonChange)] = [
            ("nobody", PersonChange(name: "x")),
            ("hasan-b", PersonChange(workplace: "nowhere")),
            ("hasan-b", PersonChange(shift: "ao-a")),
            ("hasan-b", PersonChange(workplace: "marmara-depo", shop: "ao-body")),
            ("fatma-y", PersonChange(workplace: "marmara-depo")),
            ("fatma-y", PersonChange(home: "yildiz-cay")),
            ("mehmet-d", PersonChange(shop: "no-shop")),
        ]
        let ties = [Tie("ayse-k", "ayse-k", kind: .friend), Tie("ayse-k", "nobody", kind: .friend), Tie("ayse-k", "can-t", kind: .friend, strength: 4)]
        let before = try Self.bytes(path)
        for (id, change) in refused {
            #expect(try Workspace.appendPersonUpdate(id, change, at: path, passphrase: Self.key) == nil, "\(id) \(change)")
            #expect(try Self.bytes(path) == before, "\(id): nothing written")
        }
        for tie in ties {
            #expect(try Workspace.appendTieAdd(tie, at: path, passphrase: Self.key) == nil, "\(tie)")
            #expect(try Self.bytes(path) == before, "\(tie): nothing written")
        }
        // A change that sets nothing writes nothing, through the index.
        #expect(try Workspace.appendPersonUpdate("fatma-y", PersonChange(), at: path, passphrase: Self.key) != nil)
        #expect(try Self.bytes(path) == before)
        // A change that sets what is there already is appended (the index does not hold every field), but when it is
        // replayed nothing is recorded, as the whole path records nothing.
        let changes = try Workspace.open(at: path, passphrase: Self.key).history().count
        #expect(try Workspace.appendPersonUpdate("fatma-y", PersonChange(name: "Fatma Yılmaz"), at: path, passphrase: Self.key) != nil)
        #expect(try Workspace.appendTieAdd(Tie("ayse-k", "mehmet-d", kind: .neighbour, strength: 1), at: path, passphrase: Self.key) != nil)
        #expect(try Workspace.open(at: path, passphrase: Self.key).history().count == changes)
        // Moved by the whole path (a whole row in the journal): the index follows the person's new workplace.
        try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: Self.key)
            .updatePerson("hasan-b", PersonChange(workplace: "anadolu-oto"))
        #expect(try Workspace.appendPersonUpdate("hasan-b", PersonChange(shift: "ao-c"), at: path, passphrase: Self.key) != nil)
        #expect(try Workspace.appendPersonUpdate("hasan-b", PersonChange(shop: "ao-body"), at: path, passphrase: Self.key) != nil)
        #expect(try Workspace.open(at: path, passphrase: Self.key).graph(recheck: true).person("hasan-b")?.shift == "ao-c")
        // A person removed in the journal: the index knows they are gone, the whole path names the problem.
        do {
            let writable = try Workspace.open(at: path, forWriting: true, passphrase: Self.key)
            try writable.edit(action: "person remove") { (draft: inout GraphDraft) throws(StoreError) in _ = draft.removePerson("mehmet-d") }
        }
        #expect(try Workspace.appendPersonUpdate("mehmet-d", PersonChange(assessment: .supportive), at: path, passphrase: Self.key) == nil)
    }

    @Test("an index of version 2 still reads (log and person add use it); person update needs version 3's references")
    func olderIndex() throws {
        let workspace = try Workspace.gebzeForTest(at: try Scratch.folder() + "/w.shopfloor", passphrase: Self.passphrase)
        let key = try #require(workspace.sealing?.key)
        let (older, newer) = try workspace.database.read { db in
            (try LogIndex.build(db, key: key, version: 2), try LogIndex.build(db, key: key))
        }
        #expect(older.count < newer.count)
        var v2 = try #require(LogIndex(older, key: key))
        var v3 = try #require(LogIndex(newer, key: key))
        v2.loadStructure()
        v3.loadStructure()
        #expect(v2.person("fatma-y")?.assessment == 3 && v2.nextPerson == v3.nextPerson && v2.structure != nil)
        #expect(v2.references(of: "fatma-y") == nil)
        #expect(v3.references(of: "fatma-y") == LogIndex.References(workplace: "anadolu-oto", shop: "ao-body", shift: "ao-a"))
        #expect(v3.references(of: "mehmet-d") == LogIndex.References())
        #expect(v3.references(of: "hasan-b") == LogIndex.References(workplace: "marmara-depo"))
        #expect(v3.references(of: "nobody") == nil)
    }

    @Test("a save indexes people by position, and the next position is read from that index")
    func peoplePositionIndex() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        func plan(_ workspace: Workspace) throws -> String {
            try workspace.database.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT max(position) FROM people").map { $0["detail"] as String }
                    .joined(separator: "; ")
            }
        }
        do {
            let workspace = try Workspace.gebzeForTest(at: path)
            let detail = try plan(workspace)
            #expect(detail.contains("people_position"), "\(detail)")
            // A file saved before the index existed gains it at its next whole-image write.
            try workspace.database.write { db in try db.execute(sql: "DROP INDEX people_position") }
            #expect(try !plan(workspace).contains("people_position"))
            try workspace.compact()
        }
        let reopened = try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { "" })
        #expect(try plan(reopened).contains("people_position"))
        try reopened.addPerson("yeni", PersonChange(name: "Yeni"))
        let graph = try Workspace.open(at: path, passphrase: { "" }).graph(recheck: true)
        #expect(graph.people.last?.id == "yeni" && graph.people.count == 10)
    }
}
