import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Small edits checked by lookups: person add, person update, tie add write what the whole-graph path writes")
struct SmallEditTests {
    /// One edit made both ways: by lookups on one copy of the sample, through the whole graph on another.
    struct Edit {
        var name: String
        var lookups: (Workspace) throws -> Void
        var whole: (inout GraphDraft, String) throws(StoreError) -> Void
    }

    static var edits: [Edit] { [
        Edit(name: "person add, a shop implying its workplace", lookups: { try $0.addPerson("new-w", PersonChange(name: "Yeni", shop: "ao-paint", shift: "ao-a", home: "kirazli", assessment: .undecided)) },
            whole: { (draft: inout GraphDraft, path: String) throws(StoreError) in try draft.addPerson("new-w", PersonChange(name: "Yeni", shop: "ao-paint", shift: "ao-a", home: "kirazli", assessment: .undecided), path: path) }),
        Edit(name: "person add, nothing but an id", lookups: { try $0.addPerson("bare", PersonChange()) },
            whole: { (draft: inout GraphDraft, path: String) throws(StoreError) in try draft.addPerson("bare", PersonChange(), path: path) }),
        Edit(name: "person update, an assessment", lookups: { try $0.updatePerson("fatma-y", PersonChange(assessment: .supportive)) },
            whole: { (draft: inout GraphDraft, path: String) throws(StoreError) in try draft.updatePerson("fatma-y", PersonChange(assessment: .supportive), path: path) }),
        Edit(name: "person update, a shop and shift and notes", lookups: { try $0.updatePerson("hasan-b", PersonChange(shop: "ao-body", shift: "ao-c", notes: "n")) },
            whole: { (draft: inout GraphDraft, path: String) throws(StoreError) in try draft.updatePerson("hasan-b", PersonChange(shop: "ao-body", shift: "ao-c", notes: "n"), path: path) }),
        Edit(name: "tie add, a new one", lookups: { try $0.addTie(Tie("elif-s", "zeynep-a", kind: .friend, strength: 2)) },
            whole: { (draft: inout GraphDraft, _: String) throws(StoreError) in draft.upsert(Tie("elif-s", "zeynep-a", kind: .friend, strength: 2)) }),
        Edit(name: "tie add, an existing one re-weighed, its ends the other way round", lookups: { try $0.addTie(Tie("fatma-y", "ayse-k", kind: .coworker, strength: 3)) },
            whole: { (draft: inout GraphDraft, _: String) throws(StoreError) in draft.upsert(Tie("fatma-y", "ayse-k", kind: .coworker, strength: 3)) }),
    ] }

    @Test("the same graph, history and undo", arguments: 0..<6)
    func sameAsWholePath(_ n: Int) throws {
        let edit = Self.edits[n]
        let dir = try Scratch.folder()
        let a = try Workspace.gebzeForTest(at: dir + "/lookups.shopfloor")
        let b = try Workspace.gebzeForTest(at: dir + "/whole.shopfloor")
        let before = try a.graph()
        try edit.lookups(a)
        try b.edit(action: "x") { (draft: inout GraphDraft) throws(StoreError) in try edit.whole(&draft, b.path) }
        let (ga, gb) = (try Workspace.open(at: a.path, passphrase: { "" }), try Workspace.open(at: b.path, passphrase: { "" }))
        #expect(Workspace.same(try ga.graph(recheck: true), try gb.graph(recheck: true)), "\(edit.name)")
        #expect(try ga.history(limit: 1).first?.summary == (try gb.history(limit: 1).first?.summary), "\(edit.name)")
        #expect(ga.checked, "\(edit.name): a checked small edit keeps the stamped image trusted")
        try a.undo()
        #expect(Workspace.same(try Workspace.open(at: a.path, passphrase: { "" }).graph(recheck: true), before), "\(edit.name): undo")
    }

    @Test("a broken rule is refused as the whole path refuses it, and nothing is written")
    func refusals() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let refused: [(String, (Workspace) throws -> Void)] = [
            ("id taken", { try $0.addPerson("fatma-y", PersonChange()) }),
            ("unknown shop", { try $0.addPerson("x", PersonChange(shop: "ao-nowhere")) }),
            ("a shop of another workplace", { try $0.addPerson("x", PersonChange(workplace: "marmara-depo", shop: "ao-body")) }),
            ("a shift without a workplace", { try $0.addPerson("x", PersonChange(shift: "ao-a")) }),
            ("a home that is no neighbourhood", { try $0.addPerson("x", PersonChange(home: "yildiz-cay")) }),
            ("unknown workplace", { try $0.updatePerson("fatma-y", PersonChange(workplace: "nowhere")) }),
            ("unknown person", { try $0.updatePerson("nobody", PersonChange(assessment: .leader)) }),
            ("a tie to nobody", { try $0.addTie(Tie("fatma-y", "nobody", kind: .friend, strength: 1)) }),
            ("a tie to oneself", { try $0.addTie(Tie("fatma-y", "fatma-y", kind: .friend, strength: 1)) }),
        ]
        for (name, edit) in refused {
            #expect(throws: StoreError.self, "\(name)") { try edit(workspace) }
        }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == size)
        #expect(try workspace.history(limit: 1).first?.source == "test")
    }
}
