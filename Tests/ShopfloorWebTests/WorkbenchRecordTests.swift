import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorWeb
import Testing

@Suite("Workbench records")
struct WorkbenchRecordTests {
    func stored(_ f: WorkbenchFixture) throws -> (contacts: Int, assessment: Int?) {
        let graph = try Workspace.open(at: f.workspace, passphrase: { "" }).graph()
        return (graph.contacts.count, graph.person("p-1061")?.assessment.rawValue)
    }

    @Test("logging a contact writes the workspace (with a backup) and the page shows it")
    func logContact() throws {
        let f = try WorkbenchFixture()
        let before = try stored(f)
        let response = f.post("/record/contact", ["by": "p-1172", "with": "p-1061", "channel": "gate", "date": "2026-11-20",
            "outcome": "positive", "assessment": "2", "notes": "met at the gate"])
        #expect(response.status == 303)
        #expect(response.header("Location")?.hasPrefix("/people/p-1061") == true)
        let after = try stored(f)
        #expect(after.contacts == before.contacts + 1)
        #expect(after.assessment == 2)
        #expect(FileManager.default.fileExists(atPath: f.workspace + ".bak"))
        #expect(f.get("/people/p-1061").page.contains("2026-11-20"))
        let newest = try Workspace.open(at: f.workspace, passphrase: { "" }).history(limit: 1).first
        #expect(newest?.source == "workbench: log", "the history names the workbench as the writer: \(String(describing: newest))")
    }

    @Test("a refused form changes nothing and names the problem next to its field")
    func fieldErrors() throws {
        let f = try WorkbenchFixture()
        let before = try stored(f)
        let unknown = f.post("/record/contact", ["by": "p-1172", "with": "p-9999", "channel": "gate", "outcome": "positive"])
        #expect(unknown.status == 422)
        #expect(f.body(unknown).contains("id=\"error-contact-with\""))
        let badDate = f.post("/record/contact", ["by": "p-1172", "with": "p-1061", "channel": "gate", "outcome": "positive",
            "date": "2026-02-30"])
        #expect(f.body(badDate).contains("id=\"error-contact-date\""))
        let missing = f.post("/record/contact", ["with": "p-1061", "channel": "gate", "outcome": "positive"])
        #expect(f.body(missing).contains("id=\"error-contact-by\""))
        let taken = f.post("/record/person", ["mode": "add", "id": "p-1061", "name": "X"])
        #expect(f.body(taken).contains("id=\"error-person-id\""))
        let badShop = f.post("/record/person", ["mode": "add", "id": "p-7000", "shop": "no-such-shop"])
        #expect(f.body(badShop).contains("id=\"error-person-shop\""))
        let badStrength = f.post("/record/tie", ["a": "p-1061", "b": "p-1172", "kind": "friend", "strength": "9"])
        #expect(f.body(badStrength).contains("id=\"error-tie-strength\""))
        #expect(try stored(f).contacts == before.contacts)
    }

    @Test("people, ties and cell members are added through the same store calls as the CLI")
    func edits() throws {
        let f = try WorkbenchFixture()
        #expect(f.post("/record/person", ["mode": "add", "id": "p-7001", "name": "Test Kişi", "shop": "km-body",
            "affiliation": "sympathizer", "assessment": "2"]).status == 303)
        #expect(f.post("/record/tie", ["a": "p-7001", "b": "p-1172", "kind": "friend", "strength": "3"]).status == 303)
        #expect(f.post("/record/member", ["cell": "arapcesme-street", "person": "p-7001"]).status == 303)
        #expect(f.post("/record/person", ["mode": "update", "id": "p-7001", "assessment": "1"]).status == 303)
        let graph = try Workspace.open(at: f.workspace, passphrase: { "" }).graph()
        let person = try #require(graph.person("p-7001"))
        #expect(person.workplace?.rawValue == "korfez-motor" && person.assessment.rawValue == 1)
        #expect(graph.ties.contains { Set([$0.a, $0.b]) == Set(["p-7001", "p-1172"]) && $0.strength == 3 })
        #expect(graph.cell("arapcesme-street")?.members.contains("p-7001") == true)
        #expect(f.get("/cells/arapcesme-street").page.contains("/people/p-7001"))
    }

    @Test("a second writer gets the store's clear 'another command is writing' error; nothing is changed")
    func secondWriter() throws {
        let f = try WorkbenchFixture()
        let before = try stored(f)
        let holder = try Workspace.open(at: f.workspace, forWriting: true, passphrase: { "" })
        let response = f.post("/record/contact", ["by": "p-1172", "with": "p-1061", "channel": "gate", "outcome": "positive"])
        withExtendedLifetime(holder) {}
        #expect(response.status == 422)
        #expect(f.body(response).contains("another shopfloor command is writing this workspace"))
        #expect(try stored(f).contacts == before.contacts)
    }

    @Test("a change made from outside (the CLI) shows on the next page")
    func outsideWrite() throws {
        let f = try WorkbenchFixture()
        #expect(!f.get("/people/p-1061").page.contains("2026-01-05"))
        let day = try #require(Day(parsing: "2026-01-05"))
        try Workspace.open(at: f.workspace, forWriting: true, passphrase: { "" }).edit(action: "log") { draft in
            draft.log(Contact(by: "p-1172", with: "p-1061", date: day, channel: .pub))
        }
        #expect(f.get("/people/p-1061").page.contains("2026-01-05"))
    }
}
