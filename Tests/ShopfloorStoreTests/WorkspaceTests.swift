import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Workspace: SQLite file, schema, encryption at rest")
struct WorkspaceTests {
    @Test("a graph file stored in a workspace reads back as the same graph")
    func storeAndReload() throws {
        let dir = try Scratch.folder()
        let path = dir + "/w.shopfloor"
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let workspace = try Workspace.makeForTest(at: path)
        try workspace.replaceGraph(with: graph, action: "test")
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        #expect(Canonical(try reopened.graph()) == Canonical(graph))
        #expect(try reopened.integrityProblems().isEmpty)
        #expect(Workspace.isWorkspace(path: path))
        #expect(FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test("a plain workspace is an ordinary SQLite file with the schema, foreign keys and indexes",
        .enabled(if: Tool.sqlite3 != nil, "needs the sqlite3 command (apt install sqlite3) to read the file from outside"))
    func plainIsSQLite() throws {
        let dir = try Scratch.folder()
        let path = dir + "/plain.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        let head = try #require(FileHandle(forReadingAtPath: path)).readData(ofLength: 16)
        #expect(Array(head) == SealedImage.sqliteMagic)
        let result = try Subprocess.run(try #require(Tool.sqlite3), [path, "PRAGMA integrity_check; PRAGMA foreign_key_check; "
            + "SELECT count(*) FROM people; SELECT count(*) FROM sqlite_master WHERE type = 'index';"])
        let out = result.stdout.split(separator: "\n")
        #expect(out.first == "ok")
        #expect(out.count == 3)
        #expect(out[1] == "9")
        #expect((Int(out[2]) ?? 0) >= 8)
    }

    @Test("a word this Shopfloor does not know, written by something else, is an error naming table, row and column",
        .enabled(if: Tool.sqlite3 != nil, "needs the sqlite3 command (apt install sqlite3) to change the file from outside"))
    func unknownStoredWord() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.makeForTest(at: path)
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        try workspace.replaceGraph(with: graph, action: "test")
        let tie = try #require(graph.ties.last)
        let update = try Subprocess.run(try #require(Tool.sqlite3),
            [path, "UPDATE ties SET kind = 'telepathy' WHERE position = \(graph.ties.count - 1);"])
        #expect(update.status == 0, "\(update.stderr)")
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        do {
            _ = try reopened.graph()
            Issue.record("a tie of kind 'telepathy' was read")
        } catch {
            #expect(error.description.contains("table 'ties' holds 'telepathy'"), "\(error.description)")
            #expect(error.description.contains("\(tie.a)–\(tie.b)"), "\(error.description)")
            #expect(error.description.contains("kind"))
        }
    }

    @Test("the schema is versioned, and SQLite's own foreign keys refuse a dangling reference")
    func schemaAndForeignKeys() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.makeForTest(at: path)
        #expect(try workspace.appliedMigrations() == ["v1: organizing graph", "v2: headcount upper bound", "v3: history and keys"])
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        try workspace.replaceGraph(with: graph, action: "test")
        // Bypass the model's check: the database itself must refuse a person in a shop that does not exist.
        var draft = GraphDraft(graph)
        draft.people[.init("ayse-k")]?.shop = .init("no-such-shop")
        #expect(throws: (any Error).self) {
            try workspace.database.write { db in try WorkspaceTables.write(draft.graph, into: db) }
        }
        #expect(Canonical(try workspace.graph()) == Canonical(graph))
    }

    @Test("an edit that breaks a reference is refused and changes nothing")
    func rejectedEdit() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) {
            try workspace.edit(action: "workplace remove") { (draft: inout GraphDraft) throws(StoreError) in
                draft.workplaces[.init("anadolu-oto")] = nil
            }
        }
        do {
            try workspace.edit(action: "workplace remove") { (draft: inout GraphDraft) throws(StoreError) in
                draft.workplaces[.init("anadolu-oto")] = nil
            }
        } catch {
            #expect(error.description.contains("workplace remove refused"))
            #expect(error.description.contains("anadolu-oto"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try workspace.graph().workplaces.count == 2)
    }

    @Test("log appends a contact and updates the assessment")
    func logContact() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path)
        let contact = Contact(by: "mehmet-d", with: "fatma-y", date: try #require(Day(parsing: "2026-11-01")),
            channel: .pub, place: "yildiz-cay", outcome: .positive, assessment: .supportive)
        try workspace.edit(action: "log") { (draft: inout GraphDraft) throws(StoreError) in draft.log(contact) }
        let graph = try Workspace.open(at: path, passphrase: { "" }).graph()
        #expect(graph.person("fatma-y")?.assessment == .supportive)
        #expect(graph.contacts.count == 3)
    }

    @Test("an encrypted workspace hides every name, opens only with its passphrase, and detects tampering")
    func encryption() throws {
        let dir = try Scratch.folder()
        let path = dir + "/sealed.shopfloor"
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let workspace = try Workspace.makeForTest(at: path, passphrase: "correct horse battery")
        try workspace.replaceGraph(with: graph, action: "test")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: SealedImage.magic))
        let secrets = graph.people.map(\.name) + ["Lale Sk", "May Day", "SQLite format", "ayse-k", "anadolu-oto", "Kaya"]
        for secret in secrets {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "found \(secret) in the sealed bytes")
        }
        let opened = try Workspace.open(at: path, passphrase: { "correct horse battery" })
        #expect(Canonical(try opened.graph()) == Canonical(graph))
        #expect(throws: StoreError.self) { try Workspace.open(at: path, passphrase: { "wrong horse" }) }
        // Flip one byte in the header, one in the middle and the last one: each must fail to open.
        for offset in [20, bytes.count / 2, bytes.count - 1] {
            var tampered = bytes
            tampered[offset] ^= 0x01
            let copy = dir + "/tampered-\(offset).shopfloor"
            try tampered.write(to: URL(fileURLWithPath: copy))
            do {
                _ = try Workspace.open(at: copy, passphrase: { "correct horse battery" })
                Issue.record("a tampered byte at \(offset) was not detected")
            } catch {
                #expect(error.description.contains("wrong passphrase, or the file was altered") || error.description.contains("damaged"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("rekey seals with a new passphrase; the old one no longer opens it")
    func rekey() throws {
        let path = try Scratch.folder() + "/sealed.shopfloor"
        let workspace = try Workspace.gebzeForTest(at: path, passphrase: "first passphrase")
        try workspace.rekey(to: "second passphrase", parameters: .testing)
        #expect(throws: StoreError.self) { try Workspace.open(at: path, passphrase: { "first passphrase" }) }
        #expect(try Workspace.open(at: path, passphrase: { "second passphrase" }).graph().people.count == 9)
        try workspace.rekey(to: nil, parameters: .testing)
        #expect(try Workspace.open(at: path, passphrase: { "" }).isEncrypted == false)
        // Sealing a plain workspace leaves no plain copy beside it.
        #expect(try workspace.rekey(to: "third passphrase", parameters: .testing))
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        let names = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        for name in names where !name.hasSuffix(".lock") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: (path as NSString).deletingLastPathComponent + "/" + name))
            #expect(bytes.range(of: Data("Ayşe Kaya".utf8)) == nil, "\(name) holds a name in the clear")
        }
    }

    @Test("a file that is not a workspace, and a damaged one, give clear errors")
    func notAWorkspace() throws {
        let dir = try Scratch.folder()
        let path = dir + "/x.shopfloor"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try Workspace.open(at: path, passphrase: { "" }) }
        let real = dir + "/real.shopfloor"
        _ = try Workspace.makeForTest(at: real)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: real))
        bytes = bytes.prefix(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: real))
        #expect(throws: StoreError.self) { try Workspace.open(at: real, passphrase: { "" }) }
        #expect(throws: StoreError.self) { try Workspace.makeForTest(at: dir + "/x.shopfloor") }
    }
}
