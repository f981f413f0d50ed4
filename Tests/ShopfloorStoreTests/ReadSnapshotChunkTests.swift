import Foundation
@testable import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A cold read decodes the snapshot on all cores (its people in chunks, its ties and digest beside them) while it
/// takes the image's digest on another (issue 20.1): the contents must not depend on how the work was split, and
/// damage anywhere must still make the snapshot passed over, never trap.
@Suite("Read snapshot decoded on all cores: the same contents however it is split, damage still passed over")
struct ReadSnapshotChunkTests {
    /// A workspace of the Gebze sample with 300 more people (copies of its workers under new ids, some with
    /// notes, tags, Turkish names and no workplace) and ties among them; its path and graph.
    static func bigger() throws -> (path: String, graph: OrganizingGraph) {
        let path = try Scratch.folder() + "/w.shopfloor"
        let base = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        var graph = base
        let models = base.people.filter { !$0.isDanger }
        for i in 0..<300 {
            var person = models[i % models.count]
            person.id = Person.ID("extra-\(i)")
            person.name = i % 3 == 0 ? "Ayşe Yılmaz \(i)" : "Person \(i)"
            if i % 5 == 0 { person.notes = "not \(i) ğüşıöç" }
            if i % 7 == 0 { person.tags = ["young", "t\(i)"] }
            if i % 11 == 0 { (person.workplace, person.shop, person.shift) = (nil, nil, nil) }
            graph.upsert(person)
        }
        for i in 1..<300 where i % 4 != 0 {
            graph.upsert(Tie(Person.ID("extra-\(i - 1)"), Person.ID("extra-\(i)"), kind: i % 2 == 0 ? .friend : .neighbour, strength: 1 + i % 3))
        }
        try Workspace.makeForTest(at: path).replaceGraph(with: graph, action: "test")
        return (path, graph)
    }

    /// The snapshot's bytes and the image digest at its head.
    static func snapshot(_ path: String) throws -> (bytes: Data, digest: Data) {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ReadSnapshot.path(of: path)))
        return (bytes, Data(bytes[(bytes.startIndex + 8)..<(bytes.startIndex + 40)]))
    }

    static func decode(_ bytes: Data, _ digest: Data, chunks: Int?) -> ReadSnapshot.Contents? {
        bytes.withUnsafeBytes { ReadSnapshot.decode($0, digest: digest, chunks: chunks) }
    }

    @Test("one chunk or many, the people, positions, ties, ends and alias digests are the same, and the tables' own")
    func sameInAnyChunks() throws {
        let (path, graph) = try Self.bigger()
        let (bytes, digest) = try Self.snapshot(path)
        let one = try #require(Self.decode(bytes, digest, chunks: 1))
        #expect(one.people == (try ReadSnapshotTests.tables(path, nil)).people)
        #expect(one.people.count == graph.people.count && one.ties.count == graph.ties.count)
        for chunks in [nil, 2, 3, 7, 64, 10_000] {
            let split = try #require(Self.decode(bytes, digest, chunks: chunks), "\(String(describing: chunks)) chunks")
            #expect(split.people == one.people && split.positions == one.positions, "\(String(describing: chunks)) chunks")
            #expect(split.ties == one.ties && split.ends == one.ends)
            #expect(split.aliases?.digests == one.aliases?.digests && split.aliases?.secret == one.aliases?.secret)
            #expect(split.personIndex?.wait()?.indexes(one.people) == true)
        }
    }

    @Test("a changed byte anywhere, a person a chunk cannot read, or a snapshot cut short: passed over in any split")
    func damageInAnyChunk() throws {
        let (path, _) = try Self.bigger()
        let (bytes, digest) = try Self.snapshot(path)
        for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 150)) {
            var changed = bytes
            changed[changed.startIndex + offset] ^= 0x04
            #expect(Self.decode(changed, digest, chunks: 3) == nil, "a byte changed at \(offset)")
        }
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 60)) {
            #expect(Self.decode(bytes.prefix(length), digest, chunks: 4) == nil, "cut at \(length)")
        }
        // A role word no Shopfloor knows, in the last people: the chunks frame it, one cannot read it; the people
        // the other chunks made are let go (the digest is mended so that only the chunk can tell).
        var unknownRole = bytes.dropLast(32)
        let worker = Data([7] + Array("worker".utf8))
        let at = try #require(unknownRole.range(of: worker, options: .backwards))
        unknownRole[at.lowerBound + 1] = UInt8(ascii: "x")
        unknownRole.append(ImageDigest.of(Data(unknownRole)))
        for chunks in [1, 2, 5] { #expect(Self.decode(unknownRole, digest, chunks: chunks) == nil, "\(chunks) chunks") }
        #expect(Self.decode(bytes, Data(repeating: 7, count: 32), chunks: 2) == nil, "another image's digest")
    }

    @Test("a read that goes on to the graph decodes the snapshot while it digests the image: same graph, same trust")
    func prefetchedRead() throws {
        let (path, _) = try Self.bigger()
        let tables = try ReadSnapshotTests.tables(path, nil)
        let opened = try Workspace.open(at: path, readingGraph: true, passphrase: { "" })
        #expect(opened.isMapped && opened.checked && opened.prefetched != nil)
        #expect(Workspace.same(try opened.graph(), tables))
        #expect(opened.readFromSnapshot && opened.prefetched == nil)

        // A contact logged since: the person it assessed is patched into the decoded people.
        let old = try #require(tables.person("extra-7")).assessment
        let new = try #require(Assessment(rawValue: old.rawValue % 5 + 1))
        try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { "" }).log(
            Contact(by: "mehmet-d", with: "extra-7", date: try #require(Day(parsing: "2026-11-02")), channel: .pub,
                place: "yildiz-cay", outcome: .positive, assessment: new))
        let patched = try Workspace.open(at: path, readingGraph: true, passphrase: { "" })
        let graph = try patched.graph()
        #expect(patched.readFromSnapshot && graph.person("extra-7")?.assessment == new)
        #expect(Workspace.same(graph, try ReadSnapshotTests.tables(path, nil)))

        // An image changed by another tool: nothing decoded is kept, the tables are read and checked.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.startIndex + 63] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        let changed = try Workspace.open(at: path, readingGraph: true, passphrase: { "" })
        #expect(!changed.isMapped && !changed.checked && changed.prefetched == nil)
        #expect(Workspace.same(try changed.graph(), try ReadSnapshotTests.tables(path, nil)))
        #expect(!changed.readFromSnapshot)
    }

    @Test("the digest taken through mapped windows equals the digest of the bytes, around a window's edges")
    func digestAcrossWindows() throws {
        let path = try Scratch.folder() + "/bytes"
        let window = ImageDigest.window
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let all = Data((0..<(window + 100)).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        })
        try all.write(to: URL(fileURLWithPath: path))
        let file = try ImageFile(path: path)
        for length in [window - 33, window - 1, window, window + 1, window + 32, window + 63, window + 100] {
            #expect(ImageDigest.of(file, length: length) == ImageDigest.of(all.prefix(length)), "length \(length)")
            #expect(ImageDigest.buffered(file, length: length) == ImageDigest.of(all.prefix(length)), "length \(length)")
        }
    }
}
