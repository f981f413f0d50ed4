import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Workspaces on the edges (issue 12.6, 12.9): read as strictly as written, written through links, read whole
/// while a writer saves, scrypt costs bounded, and no rewrite when nothing changes.
@Suite("Workspace edges: strict reads, links, concurrent readers, scrypt bounds, no-op writes")
struct WorkspaceEdgeTests {
    /// The path of a plain test workspace holding the Gebze fixture (closed again, its lock released).
    static func workspace() throws -> String {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        return path
    }

    /// Runs SQL on a plain workspace file from outside Shopfloor.
    static func sqlite(_ path: String, _ sql: String) throws {
        let result = try Subprocess.run(try #require(Tool.sqlite3), [path, sql])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("a tie to nobody, a self-tie and a headcount of 2^63-1 written with sqlite3 are refused when read",
        .enabled(if: Tool.sqlite3 != nil, "needs the sqlite3 command (apt install sqlite3) to change the file from outside"))
    func strictRead() throws {
        let path = try Self.workspace()
        try Self.sqlite(path, """
            PRAGMA foreign_keys = OFF;
            INSERT INTO ties (a, b, kind, strength, position) VALUES ('ayse-k', 'ghost', 'friend', 2, 900);
            INSERT INTO ties (a, b, kind, strength, position) VALUES ('ayse-k', 'ayse-k', 'friend', 2, 901);
            DROP TRIGGER IF EXISTS workplaces_headcount_update;
            UPDATE workplaces SET headcount = 9223372036854775807 WHERE id = 'anadolu-oto';
            """)
        let reopened = try Workspace.open(at: path, passphrase: { "" })
        do {
            _ = try reopened.graph()
            Issue.record("a workspace edited outside Shopfloor was read as valid")
        } catch {
            let text = error.description
            #expect(text.contains("ghost"), "\(text)")
            #expect(text.contains("themselves"), "\(text)")
            #expect(text.contains("9223372036854775807"), "\(text)")
            #expect(text.contains("changed outside Shopfloor"), "\(text)")
        }
    }

    @Test("the schema itself refuses a headcount above the bound",
        .enabled(if: Tool.sqlite3 != nil, "needs the sqlite3 command (apt install sqlite3) to change the file from outside"))
    func schemaBound() throws {
        let path = try Self.workspace()
        let result = try Subprocess.run(try #require(Tool.sqlite3),
            [path, "UPDATE workplaces SET headcount = 9223372036854775807 WHERE id = 'anadolu-oto';"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("headcount above"), "\(result.stderr)")
    }

    @Test("huge headcounts are violations, never an arithmetic trap")
    func hugeHeadcountsDoNotTrap() {
        let plant = Workplace(id: "w", name: "W", headcount: .max,
            shops: [Shop(id: "a", name: "A", headcount: .max), Shop(id: "b", name: "B", headcount: .max)])
        let problems = OrganizingGraph(workplaces: [plant]).violations()
        #expect(problems.filter { $0.field == "headcount" }.count >= 3)
        #expect(problems.contains { $0.message.contains("more than any workplace has") })
    }

    @Test("a workspace reached through a symbolic link is written through to its target")
    func symlinkWriteThrough() throws {
        let target = try Self.workspace()
        let link = (target as NSString).deletingLastPathComponent + "/link.shopfloor"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let workspace = try Workspace.open(at: link, forWriting: true, passphrase: { "" })
        try workspace.edit(action: "test") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["p-new"] = Person(id: "p-new", name: "New")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link was replaced")
        let viaTarget = try Workspace.open(at: target, passphrase: { "" }).graph()
        #expect(viaTarget.person("p-new") != nil, "the target is stale")
        #expect(FileManager.default.fileExists(atPath: target + ".bak"))
    }

    @Test("a reader running while a writer saves always reads a whole workspace")
    func concurrentReader() async throws {
        let path = try Self.workspace()
        let writer = Task.detached {
            let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
            for i in 0..<60 {
                try workspace.edit(action: "test") { (draft: inout GraphDraft) throws(StoreError) in
                    // Growing notes change the file's size on every save.
                    draft.people[Person.ID("p-w\(i)")] = Person(id: .init("p-w\(i)"), name: "W", notes: String(repeating: "x", count: 4000 * i))
                }
            }
        }
        var reads = 0, failures: [String] = []
        while reads < 400 {
            do {
                _ = try Workspace.open(at: path, passphrase: { "" }).graph()
            } catch {
                failures.append(error.description)
            }
            reads += 1
            if reads % 50 == 0 { await Task.yield() }
        }
        try await writer.value
        #expect(failures.isEmpty, "\(failures.count) of \(reads) reads failed: \(failures.first ?? "")")
    }

    @Test("scrypt parameters Shopfloor never writes are refused before a key is derived", arguments: [
        (20, 8, 1), (16, 8, 1), (15, 9, 1), (15, 8, 2), (9, 8, 1),
    ])
    func scryptBounds(logN: Int, r: Int, p: Int) throws {
        let path = try Scratch.folder() + "/sealed.shopfloor"
        _ = try Workspace.makeForTest(at: path, passphrase: "correct horse")
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let at = SealedImage.magic.count + 3
        bytes[at] = UInt8(logN)
        for (offset, value) in [(1, r), (5, p)] {
            for k in 0..<4 { bytes[at + offset + k] = UInt8((value >> (8 * (3 - k))) & 0xFF) }
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try Workspace.open(at: path, passphrase: { "correct horse" })
            Issue.record("parameters N=2^\(logN) r=\(r) p=\(p) were accepted")
        } catch {
            #expect(error.description.contains("no key was derived"), "\(error.description)")
        }
    }

    @Test("the parameters Shopfloor writes still open")
    func scryptWritten() throws {
        let path = try Scratch.folder() + "/sealed.shopfloor"
        _ = try Workspace.gebzeForTest(at: path, passphrase: "correct horse")
        #expect(try Workspace.open(at: path, passphrase: { "correct horse" }).graph().people.count > 0)
    }

    @Test("replacing a graph with the same records does not touch the file or rotate its backup")
    func noOpReplace() throws {
        let path = try Self.workspace()
        let graph = try Workspace.open(at: path, passphrase: { "" }).graph()
        let writable = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let backup = try FileManager.default.attributesOfItem(atPath: path + ".bak")
        #expect(try writable.replaceGraph(with: graph, unlessSameAs: try writable.graph(), action: "test") == false)
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int, "the file was rewritten")
        #expect(try FileManager.default.attributesOfItem(atPath: path + ".bak")[.systemFileNumber] as? Int
            == backup[.systemFileNumber] as? Int, "the backup was rotated")
    }
}
