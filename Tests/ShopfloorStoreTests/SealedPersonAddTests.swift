import Foundation
import GRDB
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// `person add` on an encrypted workspace checks the new person against the image's index and appends its
/// change sealed, the image never decrypted (issue 16.6), writing exactly what the whole path writes.
@Suite("Sealed person add: a person appended to an encrypted workspace through its index, the image left sealed")
struct SealedPersonAddTests {
    static let passphrase = "correct horse battery"

    static func add(_ id: Person.ID, _ change: PersonChange, at path: String) throws -> [(WorkspaceSetting, String)]? {
        try Workspace.appendPersonAdd(id, change, at: path, passphrase: { passphrase })
    }

    /// The rows the newest change recorded, as the journal holds them.
    static func newestOps(_ workspace: Workspace) throws -> String? {
        try workspace.database.read { db in try String.fetchOne(db, sql: "SELECT ops FROM changes ORDER BY seq DESC LIMIT 1") }
    }

    @Test("the index path writes the row and the change the whole path writes, leaves the image alone, and undo reverts it",
        arguments: [
            PersonChange(name: "Yeni", shop: "ao-paint", shift: "ao-a", home: "kirazli", assessment: .undecided),
            PersonChange(),
            PersonChange(name: "Depo", workplace: "marmara-depo", role: .worker, affiliation: .member, notes: "kapıda \"çay\""),
        ])
    func sameAsWholePath(_ change: PersonChange) throws {
        let dir = try Scratch.folder()
        let indexed = dir + "/indexed.shopfloor", whole = dir + "/whole.shopfloor"
        _ = try Workspace.gebzeForTest(at: indexed, passphrase: Self.passphrase)
        try FileManager.default.copyItem(atPath: indexed, toPath: whole)
        let before = try Data(contentsOf: URL(fileURLWithPath: indexed))
        #expect(try Self.add("new-w", change, at: indexed) != nil, "the index path must take a sealed workspace")
        let after = try Data(contentsOf: URL(fileURLWithPath: indexed))
        #expect(after.count > before.count && after.prefix(before.count) == before, "only a record appended after the file")
        // A second person through the index: the journal's first person folded into the index (its position).
        #expect(try Self.add("new-2", PersonChange(shop: "ao-body"), at: indexed) != nil)
        do {
            let writable = try Workspace.open(at: whole, forWriting: true, verifying: false, passphrase: { Self.passphrase })
            try writable.addPerson("new-w", change)
            try writable.addPerson("new-2", PersonChange(shop: "ao-body"))
        }
        let a = try Workspace.open(at: indexed, passphrase: { Self.passphrase })
        let b = try Workspace.open(at: whole, passphrase: { Self.passphrase })
        #expect(Workspace.same(try a.graph(recheck: true), try b.graph(recheck: true)))
        #expect(try a.graph().person("new-2")?.workplace == "anadolu-oto")
        #expect(try Self.newestOps(a) == (try Self.newestOps(b)))
        #expect(try a.history(limit: 2).map(\.summary) == (try b.history(limit: 2).map(\.summary)))
        #expect(try a.history(limit: 2).map(\.source) == ["person add", "person add"])
        #expect(a.checked, "a person the index checked keeps the rules: the stamped image stays trusted")
        #expect(try a.integrityProblems().isEmpty)
        do {
            // The writer goes (and lets go of the write lock) before the next one opens.
            let writable = try Workspace.open(at: indexed, forWriting: true, passphrase: { Self.passphrase })
            try writable.undo()
            #expect(try writable.graph().person("new-2") == nil)
        }
        // A person removed since the image (the undo): the index cannot tell the next position, the whole path runs.
        #expect(try Self.add("new-3", PersonChange(), at: indexed) == nil)
    }

    @Test("whatever breaks a rule, or a journal the index cannot follow, leaves the file untouched for the whole path")
    func fallsBack() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path, passphrase: Self.passphrase)
        let refused: [(Person.ID, PersonChange)] = [
            ("ayse-k", PersonChange(name: "taken")),
            ("n1", PersonChange(workplace: "nowhere")),
            ("n2", PersonChange(workplace: "marmara-depo", shop: "ao-body")),
            ("n3", PersonChange(workplace: "marmara-depo", shift: "ao-a")),
            ("n4", PersonChange(shift: "ao-a")),
            ("n5", PersonChange(home: "yildiz-cay")),
            ("n6", PersonChange(home: "nowhere")),
        ]
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for (id, change) in refused {
            #expect(try Self.add(id, change, at: path) == nil, "\(id) must go to the whole path")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(id): nothing written")
        }
        // A workplace changed in the journal: the index no longer knows the workplaces.
        try Workspace.open(at: path, forWriting: true, passphrase: { Self.passphrase }).edit(action: "workplace add") {
            (draft: inout GraphDraft) throws(StoreError) in
            draft.workplaces["yeni-is"] = Workplace(id: "yeni-is", name: "Yeni", kind: .factory, sector: "metal", headcount: 10)
        }
        #expect(try Self.add("n7", PersonChange(workplace: "marmara-depo"), at: path) == nil)
    }
}
