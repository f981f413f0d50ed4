import Foundation
import GRDB
@testable import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A read takes the people and ties from the snapshot saved beside the workspace only while it was made from the
/// very image opened (issue 20.1), and gives the same graph the tables give.
@Suite("Read snapshot: the same people and ties as the tables, trusted only for the image it was made from")
struct ReadSnapshotTests {
    static let passphrases: [String?] = [nil, "snapshot test passphrase"]

    /// The graph as the tables hold it (the snapshot passed over).
    static func tables(_ path: String, _ passphrase: String?) throws -> OrganizingGraph {
        let workspace = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
        let graph = try workspace.graph(recheck: true)
        #expect(!workspace.readFromSnapshot, "a full check reads the tables")
        return graph
    }

    /// Opens the workspace and reads its graph: whether it came from the snapshot, and whether it is the tables' graph.
    static func read(_ path: String, _ passphrase: String?) throws -> (graph: OrganizingGraph, fromSnapshot: Bool) {
        let workspace = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
        let graph = try workspace.graph()
        let tables = try Self.tables(path, passphrase)
        #expect(Workspace.same(graph, tables), "the graph read differs from the tables' (\(path))")
        #expect(graph.tieEnds == tables.tieEnds)
        return (graph, workspace.readFromSnapshot)
    }

    static func contact(_ assessment: Assessment) throws -> Contact {
        Contact(by: "mehmet-d", with: "fatma-y", date: try #require(Day(parsing: "2026-11-02")), channel: .pub,
            place: "yildiz-cay", outcome: .positive, assessment: assessment)
    }

    @Test("a checked save leaves a snapshot and a read takes the same graph from it, plain and sealed (no id in plain text)")
    func sameGraph() throws {
        for passphrase in Self.passphrases {
            let path = try Scratch.folder() + "/w.shopfloor"
            do { _ = try Workspace.gebzeForTest(at: path, passphrase: passphrase) }
            #expect(try Self.read(path, passphrase).fromSnapshot, "a stamped image is read from its snapshot")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: ReadSnapshot.path(of: path)))
            #expect((bytes.range(of: Data("fatma-y".utf8)) != nil) == (passphrase == nil), "ids sealed only when encrypted")
        }
    }

    @Test("a contact logged since: the person it assessed is read again, the rest still from the snapshot")
    func journalUpdate() throws {
        for passphrase in Self.passphrases {
            let path = try Scratch.folder() + "/w.shopfloor"
            let before = try Workspace.gebzeForTest(at: path, passphrase: passphrase).graph()
            let old = try #require(before.person("fatma-y")).assessment
            let new = try #require(Assessment(rawValue: old.rawValue % 5 + 1))
            try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { passphrase ?? "" }).log(try Self.contact(new))
            let (graph, fromSnapshot) = try Self.read(path, passphrase)
            #expect(fromSnapshot)
            #expect(graph.person("fatma-y")?.assessment == new)
        }
    }

    @Test("a person added or a tie added since: the tables are read")
    func journalInsert() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { "" }).addPerson("new-w", PersonChange(name: "Yeni"))
        var (graph, fromSnapshot) = try Self.read(path, nil)
        #expect(!fromSnapshot)
        #expect(graph.person("new-w") != nil)
        try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { "" })
            .addTie(Tie("elif-s", "zeynep-a", kind: .friend, strength: 2))
        (graph, fromSnapshot) = try Self.read(path, nil)
        #expect(!fromSnapshot)
        #expect(graph.ties.contains { $0.a == "elif-s" && $0.b == "zeynep-a" })
    }

    @Test("an image changed by another tool is read from its tables and checked in full")
    func changedImage() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "UPDATE people SET name = 'Changed Elsewhere' WHERE id = 'fatma-y'") }
            try other.close()
        }
        let opened = try Workspace.open(at: path, passphrase: { "" })
        #expect(!opened.checked, "a changed image is not trusted")
        let graph = try opened.graph()
        #expect(!opened.readFromSnapshot)
        #expect(graph.person("fatma-y")?.name == "Changed Elsewhere")
    }

    @Test("a damaged snapshot, or another workspace's, is passed over")
    func damagedOrForeign() throws {
        for passphrase in Self.passphrases {
            let dir = try Scratch.folder()
            let path = dir + "/w.shopfloor", other = dir + "/other.shopfloor"
            let graph = try Workspace.gebzeForTest(at: path, passphrase: passphrase).graph()
            var smaller = graph
            smaller.upsert(Tie("elif-s", "zeynep-a", kind: .friend, strength: 2))
            try Workspace.makeForTest(at: other, passphrase: passphrase).replaceGraph(with: smaller, action: "test")
            let snapshot = URL(fileURLWithPath: ReadSnapshot.path(of: path))
            var bytes = try Data(contentsOf: snapshot)
            bytes[bytes.startIndex + bytes.count / 2] ^= 0x20
            try bytes.write(to: snapshot)
            #expect(try !Self.read(path, passphrase).fromSnapshot, "a changed byte")
            try FileManager.default.removeItem(at: snapshot)
            try FileManager.default.copyItem(atPath: ReadSnapshot.path(of: other), toPath: snapshot.path)
            #expect(try !Self.read(path, passphrase).fromSnapshot, "another workspace's snapshot")
            try FileManager.default.removeItem(at: snapshot)
            #expect(try !Self.read(path, passphrase).fromSnapshot, "no snapshot")
        }
    }

    @Test("a write in the same process is read back from the tables, never from the snapshot it made stale")
    func writeThenRead() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { "" })
        let graph = try workspace.graph()
        #expect(workspace.readFromSnapshot)
        var changed = graph
        changed.upsert(Tie("elif-s", "zeynep-a", kind: .friend, strength: 2))
        try workspace.replaceGraph(with: changed, previous: graph, action: "test")
        let again = try workspace.graph()
        #expect(!workspace.readFromSnapshot)
        #expect(again.ties.count == graph.ties.count + 1)
    }
}

@Suite("Read snapshot: the alias digests it carries")
struct ReadSnapshotAliasTests {
    @Test("the digests read with the people are the key's own, taken only for that very list of people")
    func aliasDigests() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        let opened = try Workspace.open(at: path, passphrase: { "" })
        let graph = try opened.graph()
        let known = try opened.aliasKey(), computed = AliasKey(secret: try opened.aliasSecret())
        let digests = try #require(known.knownDigests(of: graph.people), "the snapshot's digests are offered")
        #expect(digests == graph.people.map { computed.digest($0.id.rawValue) })
        let (a, b) = (PersonAliases(graph: graph, key: known), PersonAliases(graph: graph, key: computed))
        #expect(graph.people.allSatisfy { a.alias($0.id) == b.alias($0.id) })
        var changed = graph
        changed.upsert(Person(id: "someone-new", name: "New"))
        #expect(known.knownDigests(of: changed.people) == nil, "another list of people computes its own")
    }
}
