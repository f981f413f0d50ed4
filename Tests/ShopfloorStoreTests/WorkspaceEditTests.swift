import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Edits write only the rows that changed; these tests hold them to what a full rewrite would store.
@Suite("Workspace edits write only what changed, and store exactly the edited graph")
struct WorkspaceEditTests {
    /// Every record list of the graph, in order.
    static func expectSame(_ stored: OrganizingGraph, _ expected: OrganizingGraph, after step: String) {
        #expect(stored.name == expected.name, "\(step): name")
        #expect(stored.workplaces == expected.workplaces, "\(step): workplaces")
        #expect(stored.places == expected.places, "\(step): places")
        #expect(stored.people == expected.people, "\(step): people (in order)")
        #expect(stored.cells == expected.cells, "\(step): cells")
        #expect(stored.ties == expected.ties, "\(step): ties (in order)")
        #expect(stored.contacts == expected.contacts, "\(step): contacts")
    }

    @Test("a run of edits of every kind: each reopened workspace holds the draft's graph, in order, intact")
    func editsMatchTheDraft() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let day = try #require(Day(year: 2026, month: 11, day: 20))
        let edits: [(String, (inout GraphDraft) -> Void)] = [
            ("add a person", { $0.people["new-1"] = Person(id: "new-1", name: "Yeni Kişi", home: "kirazli") }),
            ("update a person", { $0.people["fatma-y"]?.assessment = .leader }),
            ("add a tie", { $0.upsert(Tie("new-1", "fatma-y", kind: .friend)) }),
            ("change a tie's strength", { draft in
                if let tie = draft.graph.ties.first { draft.upsert(Tie(tie.a, tie.b, kind: tie.kind, strength: tie.strength == 3 ? 1 : 3)) }
            }),
            ("log a contact", { _ = $0.log(Contact(by: "elif-s", with: "new-1", date: day, channel: .home, outcome: .positive,
                assessment: .supportive)) }),
            ("add a cell", { $0.cells["kirazli-2"] = Cell(id: "kirazli-2", kind: .street, neighbourhood: "kirazli",
                members: ["new-1", "fatma-y"]) }),
            ("remove a person with ties, seats and contacts", { _ = $0.removePerson("elif-s") }),
            ("rename the graph", { $0.name = "Gebze, after the edits" }),
            ("add a place and a person after it", { draft in
                draft.places["tepe"] = Place(id: "tepe", kind: .neighbourhood, name: "Tepe")
                draft.people["new-2"] = Person(id: "new-2", name: "İkinci", home: "tepe")
            }),
        ]
        for (step, change) in edits {
            var expected = GraphDraft(try workspace.graph())
            change(&expected)
            try workspace.edit(action: step) { (draft: inout GraphDraft) throws(StoreError) in change(&draft) }
            let reopened = try Workspace.open(at: path, passphrase: { "" })
            Self.expectSame(try reopened.graph(), expected.graph, after: step)
            #expect(try reopened.integrityProblems().isEmpty, "\(step)")
        }
    }

    @Test("an edit that breaks a rule changes no row and no byte")
    func refusedEditChangesNothing() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) {
            try workspace.edit(action: "bad") { (draft: inout GraphDraft) throws(StoreError) in
                draft.people["fatma-y"]?.shop = "no-such-shop"
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try workspace.graph().person("fatma-y")?.shop == "ao-body")
    }

    @Test("any new graph comes out right from the change writer: ties reordered, dropped, changed and added")
    func arbitraryListChanges() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.makeForTest(at: path)
        let old = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        try workspace.replaceGraph(with: old, action: "test")
        var ties = Array(old.ties.reversed().dropFirst())
        ties[0].strength = ties[0].strength == 3 ? 1 : 3
        ties.insert(Tie(old.people[0].id, old.people[old.people.count - 1].id, kind: .union, strength: 1), at: 1)
        let new = OrganizingGraph(name: old.name, workplaces: old.workplaces, people: old.people, cells: old.cells,
            places: old.places, ties: ties, contacts: Array(old.contacts.reversed()))
        #expect(new.violations().isEmpty)
        try workspace.replaceGraph(with: new, previous: old, action: "test")
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        Self.expectSame(try reopened.graph(), new, after: "reorder")
        #expect(try reopened.integrityProblems().isEmpty)
    }
}
