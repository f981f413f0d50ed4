import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A write that touches a few rows (`log`, `person add`, `tie add`) maps a plain workspace's image instead of
/// reading it whole (issue 16.6): its changes reach the file only as records appended after the image, and a
/// journal folded from the mapping is stamped only when the image was the one stamped.
@Suite("Mapped writes: a plain image mapped, not read, by a small write")
struct MappedWriteTests {
    static func contact(_ day: Int) -> Contact {
        Contact(by: "mehmet-d", with: "fatma-y", date: Day(daysSinceEpoch: 20_000 + day), channel: .pub, outcome: .positive,
            assessment: day % 2 == 0 ? .supportive : .undecided)
    }

    static func writable(_ path: String) throws -> Workspace {
        try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { "" })
    }

    @Test("the image is mapped, left as it was in the file, and the change appended after it")
    func imageLeftAsItWas() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let image = try #require(ImageFile.sqliteLength([UInt8](before.prefix(100)), size: before.count))
        do {
            let workspace = try Self.writable(path)
            #expect(workspace.isMapped)
            try workspace.log(Self.contact(1))
            try workspace.updatePerson("fatma-y", PersonChange(assessment: .leader))
            try workspace.addTie(Tie("mehmet-d", "fatma-y", kind: .friend, strength: 3))
            #expect(try workspace.graph().person("fatma-y")?.assessment == .leader)
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.prefix(image) == before.prefix(image), "a mapped write changed the image in the file")
        #expect(after.count > before.count)
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        #expect(reopened.isMapped, "a read of the stamped image maps it too (the changes are in the journal after it)")
        let graph = try reopened.graph()
        #expect(graph.person("fatma-y")?.assessment == .leader)
        #expect(graph.ties.contains { $0.kind == .friend && Set([$0.a, $0.b]) == ["mehmet-d", "fatma-y"] && $0.strength == 3 })
        #expect(try reopened.history().prefix(3).map(\.source) == ["tie add", "person update", "log"])
        #expect(try reopened.integrityProblems().isEmpty)
    }

    @Test("a journal folded from a mapped stamped image is stamped; from an image changed outside Shopfloor it is not")
    func foldStampsOnlyTheStampedImage() throws {
        for changedOutside in [false, true] {
            let path = try Scratch.folder() + "/w.shopfloor"
            _ = try Workspace.gebzeForTest(at: path)
            if changedOutside {
                var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                // SQLite's user_version (header bytes 60-63): the database still opens and holds the same graph.
                bytes[bytes.startIndex + 63] ^= 0x01
                try bytes.write(to: URL(fileURLWithPath: path))
            }
            do {
                let workspace = try Self.writable(path)
                #expect(workspace.isMapped)
                for day in 0...ChangeJournal.maximumRecords { try workspace.log(Self.contact(day)) }
                #expect(workspace.journal.records == 0, "the journal must have been folded")
            }
            let reopened = try Workspace.open(at: path, passphrase: { "" })
            #expect(reopened.journal.records == 0)
            #expect(reopened.checked == !changedOutside,
                changedOutside ? "an image changed outside must not be stamped" : "the folded image must be stamped and trusted")
            #expect(try reopened.graph().contacts.count == 2 + ChangeJournal.maximumRecords + 1)
            #expect(try reopened.history().filter { $0.source == "log" }.count == ChangeJournal.maximumRecords + 1)
            #expect(try reopened.integrityProblems().isEmpty)
        }
    }

    @Test("an undo in the replayed journal keeps a fold from a mapped image unstamped")
    func undoKeepsTheFoldUnstamped() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        do {
            let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
            try workspace.log(Self.contact(0))
            try workspace.undo()
        }
        do {
            let workspace = try Self.writable(path)
            #expect(workspace.isMapped)
            try workspace.compact()
        }
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        #expect(!reopened.checked, "a journal holding an undo must not be trusted without the rules")
        _ = try reopened.graph()
        #expect(reopened.checked)
    }
}
