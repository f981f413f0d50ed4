import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

extension KillDuringWriteTests {
    static let sealedEnvironment = ["SHOPFLOOR_PASSPHRASE": "kill test passphrase"]

    /// `person update` on an encrypted workspace checks the change against the sealed index and appends it, the
    /// image never decrypted: killed at random and right as the record goes in, the workspace opens strictly and
    /// holds the old or the new person (name, shop and workplace together, never apart), the history agreeing.
    @Test("12 SIGKILLs during person update through a sealed workspace's index (its image never decrypted): the old or the new version",
        .timeLimit(.minutes(10)))
    func killDuringIndexedPersonUpdates() throws {
        try indexedEditLoop("person-update-indexed",
            probe: { path in
                try Workspace.appendPersonUpdate("w2999", PersonChange(shop: "ao-body"), at: path,
                    passphrase: { Self.sealedEnvironment["SHOPFLOOR_PASSPHRASE"] ?? "" }) != nil
            },
            arguments: { path, i in ["person", "update", path, "w\(i)", "--name", "K \(i)", "--shop", "ao-body", "--role", "foreman"] },
            version: { graph, i in
                let person = graph.person(.init("w\(i)"))
                let isNew = person?.name == "K \(i)"
                let whole = isNew ? person?.shop == "ao-body" && person?.workplace == "anadolu-oto" && person?.role == .foreman
                    : person?.shop == nil && person?.workplace == "marmara-depo" && person?.role == .worker
                return (isNew, whole)
            })
    }

    /// `tie add` on an encrypted workspace, through the sealed index: the tie whole or absent, the history agreeing.
    @Test("12 SIGKILLs during tie add through a sealed workspace's index (its image never decrypted): the old or the new version",
        .timeLimit(.minutes(10)))
    func killDuringIndexedTieAdds() throws {
        try indexedEditLoop("tie-add-indexed",
            probe: { path in
                try Workspace.appendTieAdd(Tie("w1", "w2", kind: .friend), at: path,
                    passphrase: { Self.sealedEnvironment["SHOPFLOOR_PASSPHRASE"] ?? "" }) != nil
            },
            arguments: { path, i in ["tie", "add", path, "w\(i)", "ayse-k", "--kind", "union", "--strength", "3"] },
            version: { graph, i in
                let ties = graph.ties.filter { $0.a.rawValue == "w\(i)" || $0.b.rawValue == "w\(i)" }
                let isNew = !ties.isEmpty
                return (isNew, !isNew || ties == [Tie(.init("w\(i)"), "ayse-k", kind: .union, strength: 3)])
            })
    }

    /// Makes a sealed workspace of workers, checks that the edit takes the index path (`probe` on a copy; the CLI
    /// edits a copy whose image is damaged, and only appends to the file), then runs the CLI with `arguments` 12 times, killing it at random (even runs) or
    /// right as the file grows (odd runs); after each kill the workspace must open strictly, pass SQLite's and the
    /// model's checks, and hold the old or the new version (`version`: whether it is the new one, and whether the
    /// record is whole), with one more change in the history exactly when it is the new one.
    func indexedEditLoop(
        _ tag: String, probe: (String) throws -> Bool, arguments: (String, Int) -> [String],
        version: (OrganizingGraph, Int) -> (isNew: Bool, whole: Bool)
    ) throws {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        let env = Self.sealedEnvironment
        let passphrase = env["SHOPFLOOR_PASSPHRASE"] ?? ""
        let dir = try Scratch.folder(tag)
        let path = dir + "/crash.shopfloor"
        try Self.workspaceWithWorkers(at: path, in: dir, sealed: true, environment: env)
        let copy = dir + "/probe.shopfloor"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try probe(copy), "the edit must take the index path on this workspace")
        // The command itself takes it: with a byte of its sealed image changed, the whole path would refuse the
        // file (its seal fails); the index path does not read the image, and the edit goes in.
        var damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        damaged[1000] ^= 0x01
        try damaged.write(to: URL(fileURLWithPath: copy))
        #expect(try CLI.run(arguments(copy, 2999), environment: env).status == 0, "the command must not open the image")
        #expect(throws: StoreError.self) { try Workspace.open(at: copy, passphrase: { passphrase }) }
        let image = try Data(contentsOf: URL(fileURLWithPath: path))
        let clock = Date()
        #expect(try CLI.run(arguments(path, 2999), environment: env).status == 0)
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        let grown = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(grown.count > image.count && grown.prefix(image.count) == image, "the command only appends: the image stays sealed")
        var generator = SystemRandomNumberGenerator()
        var killed = 0, sawOld = 0, sawNew = 0
        for i in 0..<12 {
            let history = try Workspace.open(at: path, passphrase: { passphrase }).history().count
            if try Self.runAndKill(binary, arguments(path, i), environment: env, atRandom: i % 2 == 0, microseconds: microseconds,
                path: path, dir: dir, using: &generator).killed { killed += 1 }
            let reopened = try Workspace.open(at: path, passphrase: { passphrase })
            #expect(try reopened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try reopened.graph(recheck: true)
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let (isNew, whole) = version(after, i)
            #expect(whole, "iteration \(i): neither the old nor the new version")
            #expect(try reopened.history().count == history + (isNew ? 1 : 0), "iteration \(i): the history and the graph disagree")
            if isNew { sawNew += 1 } else { sawOld += 1 }
        }
        print("\(tag) kill test: 12 runs (an edit takes \(microseconds / 1000) ms), \(killed) killed; "
            + "old version \(sawOld)×, new \(sawNew)×; every check passed")
        #expect(killed > 0)
    }
}
