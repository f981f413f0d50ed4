import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Sealed log: a contact appended to an encrypted workspace through its index, the image left sealed")
struct SealedLogTests {
    static let passphrase = "correct horse battery"

    static func contact(_ date: String, with: String = "fatma-y", place: String? = "yildiz-cay", notes: String? = nil) throws -> Contact {
        Contact(by: "mehmet-d", with: .init(with), date: try #require(Day(parsing: date)), channel: .pub,
            place: place.map { .init($0) }, outcome: .positive, assessment: .supportive, notes: notes)
    }

    static func append(_ contact: Contact, at path: String, passphrase: String = passphrase) throws -> AppendedLog? {
        try Workspace.appendLog(contact, at: path, passphrase: { passphrase })
    }

    static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test("the index path writes what the whole path writes: the same contact, assessment, numbers and history")
    func sameAsWholePath() throws {
        let dir = try Scratch.folder()
        let indexed = dir + "/indexed.shopfloor", whole = dir + "/whole.shopfloor"
        _ = try Workspace.gebzeForTest(at: indexed, passphrase: Self.passphrase)
        _ = try Workspace.gebzeForTest(at: whole, passphrase: Self.passphrase)
        let contact = try Self.contact("2026-11-04", notes: "kapıda \"çay\" \\ sonra")
        let appended = try #require(try Self.append(contact, at: indexed), "the index path must take a sealed workspace")
        let logged = try Workspace.open(at: whole, forWriting: true, verifying: false, passphrase: { Self.passphrase }).log(contact)
        #expect(appended.logged == logged)
        #expect(logged.added && logged.contacts == 1 && logged.assessment == .supportive)
        let a = try Workspace.open(at: indexed, passphrase: { Self.passphrase })
        let b = try Workspace.open(at: whole, passphrase: { Self.passphrase })
        #expect(Workspace.same(try a.graph(recheck: true), try b.graph(recheck: true)))
        #expect(try a.integrityProblems().isEmpty)
        let (ha, hb) = (try a.history(), try b.history())
        #expect(ha.map(\.seq) == hb.map(\.seq) && ha.map(\.source) == hb.map(\.source) && ha.map(\.summary) == hb.map(\.summary))
        #expect(a.checked, "a contact the index checked keeps the rules: the stamped image stays trusted")
    }

    @Test("the image is not read: a changed byte in it does not stop the append, and every strict read refuses the file")
    func imageNotRead() throws {
        let dir = try Scratch.folder()
        let path = dir + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path, passphrase: Self.passphrase)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[200] ^= 0x01  // inside the sealed image
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try Self.append(try Self.contact("2026-11-04"), at: path) != nil)
        #expect(throws: StoreError.self) { try Workspace.open(at: path, passphrase: { Self.passphrase }) }
    }

    @Test("a changed byte in the index, or a wrong passphrase, is refused by the index path and by every read")
    func tamperedIndex() throws {
        let dir = try Scratch.folder()
        let path = dir + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path, passphrase: Self.passphrase)
        #expect(throws: StoreError.self) { try Self.append(try Self.contact("2026-11-04"), at: path, passphrase: "wrong horse") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var tampered = bytes
        tampered[bytes.count - 40] ^= 0x01  // inside the index, the last record of a fresh save
        let copy = dir + "/tampered.shopfloor"
        try tampered.write(to: URL(fileURLWithPath: copy))
        #expect(throws: StoreError.self) { try Self.append(try Self.contact("2026-11-04"), at: copy) }
        #expect(throws: StoreError.self) { try Workspace.open(at: copy, passphrase: { Self.passphrase }) }
        #expect(try Self.size(copy) == bytes.count, "nothing may be written to a refused file")
    }

    @Test("the index follows the journal: a person added, a setting, a contact logged twice; a removed person falls back")
    func followsJournal() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        do {
            let workspace = try Workspace.gebzeForTest(at: path, passphrase: Self.passphrase)
            try workspace.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
                draft.people["new-w"] = Person(id: "new-w", name: "New Worker", workplace: "anadolu-oto", assessment: .undecided)
            }
            try workspace.set(.language, to: "tr")
        }
        let first = try #require(try Self.append(try Self.contact("2026-11-04", with: "new-w"), at: path))
        #expect(first.logged.added && first.logged.contacts == 1 && first.logged.assessment == .supportive)
        #expect(first.settings.contains { $0.0 == .language && $0.1 == "tr" })
        let size = try Self.size(path)
        let again = try #require(try Self.append(try Self.contact("2026-11-04", with: "new-w"), at: path))
        #expect(!again.logged.added && again.logged.contacts == 1)
        #expect(try Self.size(path) == size, "the same contact twice writes nothing")
        let second = try #require(try Self.append(try Self.contact("2026-11-09", with: "new-w", notes: "x"), at: path))
        #expect(second.logged.contacts == 2 && second.logged.lastContact?.description == "2026-11-09")
        // Rules broken, or a journal the index cannot follow: nothing written, the whole path decides.
        #expect(try Self.append(try Self.contact("2026-11-10", with: "nobody"), at: path) == nil)
        #expect(try Self.append(try Self.contact("2026-11-10", place: "nowhere"), at: path) == nil)
        #expect(try Self.append(Contact(by: "mehmet-d", with: "mehmet-d", date: try #require(Day(parsing: "2026-11-10")), channel: .pub),
            at: path) == nil)
        #expect(try Self.size(path) > size)
        let written = try Self.size(path)
        do {
            let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { Self.passphrase })
            try workspace.edit(action: "person remove") { (draft: inout GraphDraft) throws(StoreError) in
                _ = draft.removePerson("new-w")
            }
        }
        #expect(try Self.size(path) > written)
        #expect(try Self.append(try Self.contact("2026-11-11"), at: path) == nil, "contacts removed since the image: the whole path")
        let graph = try Workspace.open(at: path, passphrase: { Self.passphrase }).graph(recheck: true)
        #expect(graph.person("new-w") == nil && graph.contacts.count == 2)
    }

    @Test("undo reverts a contact the index logged, and history lists it")
    func undoIndexed() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let before = try Workspace.gebzeForTest(at: path, passphrase: Self.passphrase).graph()
        #expect(try Self.append(try Self.contact("2026-11-04"), at: path) != nil)
        let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { Self.passphrase })
        #expect(try workspace.history(limit: 1).first?.source == "log")
        #expect(try workspace.graph().person("fatma-y")?.assessment == .supportive)
        let undone = try workspace.undo()
        #expect(undone.source.contains("log"))
        let after = try Workspace.open(at: path, passphrase: { Self.passphrase }).graph(recheck: true)
        #expect(Workspace.same(after, before))
    }

    @Test("a plain workspace, and a sealed one whose journal must be folded, take the whole path")
    func wholePathWhenNeeded() throws {
        let dir = try Scratch.folder()
        let plain = dir + "/plain.shopfloor"
        _ = try Workspace.gebzeForTest(at: plain)
        #expect(try Self.append(try Self.contact("2026-11-04"), at: plain) == nil)
        let sealed = dir + "/sealed.shopfloor"
        _ = try Workspace.gebzeForTest(at: sealed, passphrase: Self.passphrase)
        var appended = 0
        for day in 0..<(ChangeJournal.maximumRecords + 1) {
            let contact = try Self.contact(Day(daysSinceEpoch: 20_000 + day).description)
            if try Self.append(contact, at: sealed) != nil {
                appended += 1
            } else {
                try Workspace.open(at: sealed, forWriting: true, verifying: false, passphrase: { Self.passphrase }).log(contact)
            }
        }
        #expect(appended == ChangeJournal.maximumRecords, "the record past the journal's limit folds it into a new image")
        let graph = try Workspace.open(at: sealed, passphrase: { Self.passphrase }).graph(recheck: true)
        #expect(graph.contacts.count == 2 + ChangeJournal.maximumRecords + 1)
        #expect(try Self.append(try Self.contact("2030-01-01"), at: sealed) != nil, "the new image has its index")
    }
}
