import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Reads trust an image only when it is byte for byte the one a checked save stamped (issue 20: a cold command
/// no longer runs every rule on every read), and every other image is checked as before.
@Suite("Workspace stamp: checked once on write, trusted on read only while the image is unchanged")
struct WorkspaceStampTests {
    static func contact(_ date: String) throws -> Contact {
        Contact(by: "mehmet-d", with: "fatma-y", date: try #require(Day(parsing: date)), channel: .pub, place: "yildiz-cay",
            outcome: .positive, assessment: .supportive)
    }

    @Test("a checked save is stamped, and the reopened workspace is trusted, plain and sealed, also after a logged contact")
    func stampedAndTrusted() throws {
        for passphrase in [nil, "stamp test passphrase"] as [String?] {
            let path = try Scratch.folder() + "/w.shopfloor"
            do {
                // The writer goes (and lets go of the write lock) before the next one opens.
                let written = try Workspace.gebzeForTest(at: path, passphrase: passphrase)
                #expect(written.checked)
            }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(bytes.range(of: Data(ChangeJournal.stampMagic)) != nil, "no stamp after the image")
            let reopened = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
            #expect(reopened.checked, "a stamped image must be trusted (\(passphrase == nil ? "plain" : "sealed"))")
            #expect(try reopened.graph().people.count == GraphFile.load(path: Fixture.path("gebze.yaml")).people.count)
            try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { passphrase ?? "" })
                .log(try Self.contact("2026-11-02"))
            let afterLog = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
            #expect(afterLog.checked, "a logged contact keeps the rules")
            #expect(try afterLog.graph().contacts.contains { $0.date.description == "2026-11-02" })
        }
    }

    @Test("an image changed outside Shopfloor is not trusted: every rule runs again")
    func changedImageIsCheckedAgain() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // SQLite's user_version (header bytes 60-63): the database still opens and holds the same graph.
        bytes[bytes.startIndex + 63] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        #expect(!reopened.checked, "a changed image must not be trusted")
        _ = try reopened.graph()
        #expect(reopened.checked, "the rules ran and passed")
    }

    @Test("a damaged stamp is refused, like a damaged change; a sealed one too")
    func damagedStamp() throws {
        for passphrase in [nil, "stamp test passphrase"] as [String?] {
            let path = try Scratch.folder() + "/w.shopfloor"
            _ = try Workspace.gebzeForTest(at: path, passphrase: passphrase)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let stamp = try #require(bytes.range(of: Data(ChangeJournal.stampMagic), options: .backwards))
            bytes[stamp.lowerBound + 12] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.self) { try Workspace.open(at: path, passphrase: { passphrase ?? "" }) }
        }
    }

    @Test("an undo may break a rule later changes rely on: the next read checks everything, the next checked save stamps again")
    func undoIsCheckedAgain() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        do {
            let workspace = try Workspace.gebzeForTest(at: path)
            try workspace.log(try Self.contact("2026-11-03"))
            try workspace.undo()
            #expect(!workspace.checked)
        }
        let reopened = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
        #expect(!reopened.checked)
        let graph = try reopened.graph()
        #expect(reopened.checked)
        try reopened.compact()
        #expect(try Workspace.open(at: path, passphrase: { "" }).checked)
        #expect(graph.contacts.allSatisfy { $0.date.description != "2026-11-03" })
    }

    @Test("the digest sees every byte: one flipped bit anywhere changes it")
    func digestSeesEveryByte() {
        let data = Data((0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let digest = ImageDigest.of(data)
        #expect(digest.count == ImageDigest.size)
        #expect(ImageDigest.of(data) == digest)
        for offset in [0, 1, 31, 32, 500, 990, 999] {
            var changed = data
            changed[offset] ^= 0x10
            #expect(ImageDigest.of(changed) != digest, "a bit flipped at \(offset) went unseen")
        }
        #expect(ImageDigest.of(data.prefix(999)) != digest)
        #expect(ImageDigest.of(Data()) != ImageDigest.of(Data([0])))
    }
}

/// The reader resolves every tie's two people once, by their bytes, for the planner and the rules.
@Suite("Workspace tie ends: resolved while the ties are read")
struct WorkspaceTieEndsTests {
    @Test("the ends a workspace read gives are the people's positions, first of a repeated id, -1 for nobody")
    func positions() {
        var table = PersonPositions(capacity: 2)
        let ids = ["ayse-k", "mehmet-d", "fatma-y", "ayse-k"] + (0..<100).map { "p-\($0)" }
            + ["a-person-with-a-long-id", "a-person-with-a-long-ie", "mehmet-d2", ""]
        for id in ids { Array(id.utf8).withUnsafeBufferPointer { table.append($0) } }
        func position(_ id: String) -> Int32 { Array(id.utf8).withUnsafeBufferPointer { table.position(of: $0) } }
        #expect(position("ayse-k") == 0)
        #expect(position("fatma-y") == 2)
        #expect(position("p-99") == 103)
        #expect(position("ghost") == -1)
        #expect(position("a-person-with-a-long-id") == 104)
        #expect(position("a-person-with-a-long-ie") == 105)
        #expect(position("a-person-with-a-long-if") == -1)
        #expect(position("mehmet-d2") == 106)
        #expect(position("mehmet-d") == 1)
        #expect(position("") == 107)
        #expect(position("mehmet-") == -1)
        #expect(position("p-9") == 13)
    }

    @Test("a graph read from a workspace carries its tie ends; an edit of the ties drops them")
    func graphCarriesEnds() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        let graph = try Workspace.gebzeForTest(at: path).graph()
        let ends = try #require(graph.tieEnds)
        #expect(ends.count == 2 * graph.ties.count)
        for (t, tie) in graph.ties.enumerated() {
            #expect(Int(ends[2 * t]) == graph.index(of: tie.a) && Int(ends[2 * t + 1]) == graph.index(of: tie.b))
        }
        var edited = graph
        edited.upsert(Tie("ayse-k", "mehmet-d", kind: .friend))
        #expect(edited.tieEnds == nil)
        #expect(OrganizingGraph(people: graph.people, ties: graph.ties.array, tieEnds: [0]).tieEnds == nil, "wrong count: ignored")
    }
}
