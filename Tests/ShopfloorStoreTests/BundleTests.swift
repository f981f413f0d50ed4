import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A committee with the district sample, its key, and the keys of two cells.
struct BundleSetup {
    let dir: String
    let committee: Workspace
    let committeeKey = KeyPair.generate()
    let mbKey = KeyPair.generate()
    let dkKey = KeyPair.generate()
    let graph: OrganizingGraph

    init() throws {
        dir = try Scratch.folder()
        committee = try Workspace.makeForTest(at: dir + "/committee.shopfloor")
        graph = try GraphFile.load(path: PackageRoot.path("Graphs/district.yaml"))
        try committee.replaceGraph(with: graph, action: "import")
        try committee.setCellKey("mb-cell", to: mbKey.publicKey)
        try committee.setCellKey("dk-cell", to: dkKey.publicKey)
    }

    /// The bundle for `cell`, workers under aliases.
    func bundleOut(_ cell: Cell.ID = "mb-cell") throws -> Data {
        let part = try CellPart.of(try committee.graph(), cell: cell, planPeople: [], revealNames: false,
            aliasSecret: try committee.aliasSecret(), path: committee.path)
        return try committee.bundleOut(cell: cell, part: part, namesRevealed: false, key: committeeKey)
    }

    /// The mb-cell's workspace made from a fresh bundle.
    func cellWorkspace(_ name: String = "mb") throws -> Workspace {
        try Workspace.create(fromBundle: try bundleOut(), bundlePath: "mb.bundle", at: dir + "/\(name).shopfloor",
            passphrase: "cell passphrase", key: mbKey, committeeKey: committeeKey.publicKey, parameters: .testing).workspace
    }
}

@Suite("Bundles: keys, a cell's part, reports back, merge and refusals")
struct BundleTests {
    @Test("fingerprints are six words of a fixed list of 256 distinct words, the same for the same key")
    func fingerprints() throws {
        #expect(Set(FingerprintWords.words).count == 256)
        let key = KeyPair.generate().publicKey
        #expect(key.fingerprint.split(separator: " ").count == 6)
        #expect(key.fingerprint == FingerprintWords.of(key.raw))
        #expect(key.fingerprint != KeyPair.generate().publicKey.fingerprint)
        let path = try Scratch.folder() + "/k.pub"
        try Data(key.fileText.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try PublicKey.load(path: path) == key)
    }

    @Test("a private key file opens only with its passphrase and holds the key sealed")
    func keyFile() throws {
        let pair = KeyPair.generate()
        let path = try Scratch.folder() + "/k.key"
        let bytes = try pair.sealed(passphrase: "key passphrase", parameters: .testing)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try KeyPair.open(path: path, passphrase: { "key passphrase" }).publicKey == pair.publicKey)
        #expect(throws: StoreError.self) { try KeyPair.open(path: path, passphrase: { "wrong passphrase" }) }
        #expect(bytes.range(of: pair.agreement.rawRepresentation) == nil)
        #expect(bytes.range(of: pair.signing.rawRepresentation) == nil)
    }

    @Test("a cell's workspace holds its part, its members named, the informers and management of its target marked avoid")
    func cellPart() throws {
        let setup = try BundleSetup()
        let cell = try setup.cellWorkspace()
        let part = try cell.graph()
        let mb = try #require(setup.graph.cell("mb-cell"))
        #expect(part.cells.map(\.id) == ["mb-cell"])
        #expect(part.workplaces.map(\.id) == ["marmara-boru"])
        for member in mb.members { #expect(part.person(member)?.name == setup.graph.person(member)?.name) }
        let danger = setup.graph.people.filter { $0.workplace == "marmara-boru" && $0.isDanger }
        #expect(!danger.isEmpty)
        #expect(part.people.filter { $0.tags.contains(CellPart.avoidTag) }.count == danger.count)
        #expect(part.people.allSatisfy { $0.workplace == nil || $0.workplace == "marmara-boru" })
        #expect(part.places.allSatisfy { $0.workplace == nil || $0.workplace == "marmara-boru" })
        #expect(cell.isEncrypted)
    }

    @Test("a report merges: new people under the cell's prefix, contacts, a conflict listed then decided; twice changes nothing")
    func mergeFlow() throws {
        let setup = try BundleSetup()
        let cell = try setup.cellWorkspace()
        let part = try cell.graph()
        let member = try #require(setup.graph.cell("mb-cell")?.members.first)
        let worker = try #require(part.people.first { $0.workplace == "marmara-boru" && !$0.isDanger
            && !(setup.graph.cell("mb-cell")?.members.contains($0.id) ?? true) })
        try cell.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["yeni-1"] = Person(id: "yeni-1", name: "Yeni İşçi", workplace: "marmara-boru", assessment: .supportive)
        }
        try cell.log(Contact(by: member, with: "yeni-1", date: Day(daysSinceEpoch: 20500), channel: .pub, outcome: .positive))
        try cell.edit(action: "person update") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people[worker.id]?.assessment = .leader
        }
        let back = try cell.bundleBack(key: setup.mbKey)
        #expect(back.summary.newPeople == 1 && back.summary.contacts == 1 && back.summary.changedFields == 1)
        // Meanwhile the committee changed the same worker's assessment: a conflict. The real id behind the alias:
        let redaction = Redaction(aliases: PersonAliases(graph: try setup.committee.graph(), key: AliasKey(secret: try setup.committee.aliasSecret())))
        let real = try #require(setup.graph.people.first { redaction.alias($0.id) == worker.id }?.id)
        try setup.committee.edit(action: "person update") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people[real]?.assessment = .opposed
        }
        let first = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: nil)
        #expect(first.newPeople == ["mb-cell-yeni-1"])
        #expect(first.contacts == 1)
        #expect(first.conflicts.count == 1)
        #expect(first.conflicts.first?.committee == "4" && first.conflicts.first?.cell == "1")
        var graph = try setup.committee.graph()
        #expect(graph.person(real)?.assessment == .opposed)
        #expect(graph.person("mb-cell-yeni-1")?.name == "Yeni İşçi")
        #expect(graph.contacts.contains { $0.with == "mb-cell-yeni-1" && $0.by == member })
        let decided = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: .cell)
        #expect(decided.conflicts.first?.decided == "cell")
        graph = try setup.committee.graph()
        #expect(graph.person(real)?.assessment == .leader)
        let changes = try setup.committee.history().count
        let again = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: .cell)
        #expect(again.alreadyMerged)
        #expect(try setup.committee.history().count == changes)
        #expect(try setup.committee.history(limit: 1).first?.source.contains("merge of cell mb-cell") == true)
    }

    /// Each refusal leaves the committee's workspace byte for byte as it was.
    func expectRefused(_ setup: BundleSetup, _ bytes: Data, containing words: String, key: KeyPair? = nil) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: setup.committee.path))
        do {
            _ = try setup.committee.merge(bytes, bundlePath: "x.bundle", key: key ?? setup.committeeKey, prefer: .cell)
            Issue.record("a bundle that should be refused (\(words)) was merged")
        } catch {
            #expect(error.description.contains(words), "\(error.description)")
            #expect(error.description.contains("nothing was changed"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.committee.path)) == before)
    }

    @Test("refused with nothing changed: another recipient, a tampered byte, an unknown signer, a replay, another committee")
    func refusals() throws {
        let setup = try BundleSetup()
        let cell = try setup.cellWorkspace()
        let member = try #require(setup.graph.cell("mb-cell")?.members)
        try cell.log(Contact(by: member[0], with: member[1], date: Day(daysSinceEpoch: 20501), channel: .pub, outcome: .positive))
        let older = try cell.bundleBack(key: setup.mbKey).data
        try cell.log(Contact(by: member[0], with: member[2], date: Day(daysSinceEpoch: 20502), channel: .pub, outcome: .positive))
        let newer = try cell.bundleBack(key: setup.mbKey).data

        // For another recipient: a bundle out for mb-cell opened with dk-cell's key.
        do {
            _ = try Workspace.create(fromBundle: try setup.bundleOut(), bundlePath: "mb.bundle", at: setup.dir + "/dk.shopfloor",
                passphrase: "p", key: setup.dkKey, committeeKey: setup.committeeKey.publicKey, parameters: .testing)
            Issue.record("a bundle for mb-cell opened with dk-cell's key")
        } catch {
            #expect("\(error)".contains("for another recipient"), "\("\(error)")")
        }
        #expect(!FileManager.default.fileExists(atPath: setup.dir + "/dk.shopfloor"))
        try expectRefused(setup, newer, containing: "for another recipient", key: setup.dkKey)

        // A tampered byte anywhere: header, ciphertext, signature.
        for offset in [30, newer.count / 2, newer.count - 1] {
            var tampered = newer
            tampered[offset] ^= 0x20
            try expectRefused(setup, tampered, containing: "altered")
        }

        // An unknown signer: a well-formed report signed by a key the committee does not store.
        let stranger = KeyPair.generate()
        let forged = try BundleEnvelope.seal(Data("{}".utf8), kind: .back, from: stranger, to: setup.committeeKey.publicKey)
        try expectRefused(setup, forged, containing: "unknown key")

        // A replay: the older report after the newer one.
        #expect(try setup.committee.merge(newer, bundlePath: "newer", key: setup.committeeKey, prefer: nil).contacts == 2)
        try expectRefused(setup, older, containing: "older than one already merged")

        // Another committee workspace with the same keys: the report names the first one.
        let other = try Workspace.makeForTest(at: setup.dir + "/other.shopfloor")
        try other.replaceGraph(with: setup.graph, action: "import")
        try other.setCellKey("mb-cell", to: setup.mbKey.publicKey)
        let before = try Data(contentsOf: URL(fileURLWithPath: other.path))
        do {
            _ = try other.merge(newer, bundlePath: "newer", key: setup.committeeKey, prefer: nil)
            Issue.record("a report for another committee workspace was merged")
        } catch {
            #expect(error.description.contains("different committee workspace"), "\(error.description)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other.path)) == before)
    }
}
