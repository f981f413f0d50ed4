import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

extension KillDuringWriteTests {
    /// `person add` on an encrypted workspace checks the person against the sealed index and appends its change,
    /// the image never decrypted. Killed at random and right as the record goes in: every time the old version or
    /// the new one, the history agreeing with the people.
    @Test("12 SIGKILLs during person add through a sealed workspace's index (its image never decrypted): the old or the new version",
        .timeLimit(.minutes(10)))
    func killDuringIndexedPersonAdds() throws {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        let passphrase = "kill test passphrase"
        let env = ["SHOPFLOOR_PASSPHRASE": passphrase]
        let dir = try Scratch.folder("person-add-indexed")
        let path = dir + "/crash.shopfloor"
        try Self.workspaceWithWorkers(at: path, in: dir, sealed: true, environment: env)
        let probe = dir + "/probe.shopfloor"
        try FileManager.default.copyItem(atPath: path, toPath: probe)
        #expect(try Workspace.appendPersonAdd("probe", PersonChange(shop: "ao-body"), at: probe, passphrase: { passphrase }) != nil,
            "person add must take the index path on this workspace")
        let clock = Date()
        #expect(try CLI.run(["person", "add", path, "timing", "--shop", "ao-body"], environment: env).status == 0)
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        var generator = SystemRandomNumberGenerator()
        var killed = 0, sawOld = 0, sawNew = 0
        for i in 0..<12 {
            let opened = try Workspace.open(at: path, passphrase: { passphrase })
            let (before, history) = (try opened.graph(), try opened.history().count)
            let arguments = ["person", "add", path, "k-\(i)", "--name", "K \(i)", "--shop", "ao-body", "--home", "kirazli"]
            if try Self.runAndKill(binary, arguments, environment: env, atRandom: i % 2 == 0, microseconds: microseconds, path: path,
                dir: dir, using: &generator).killed { killed += 1 }
            let reopened = try Workspace.open(at: path, passphrase: { passphrase })
            #expect(try reopened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try reopened.graph(recheck: true)
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let added = after.people.count - before.people.count
            #expect(added == 0 || added == 1, "iteration \(i): \(added) people added")
            let isNew = after.person(.init("k-\(i)"))?.workplace == "anadolu-oto"
            #expect(isNew == (added == 1), "iteration \(i): neither the old nor the new version")
            #expect(try reopened.history().count == history + added, "iteration \(i): the history and the people disagree")
            if isNew { sawNew += 1 } else { sawOld += 1 }
        }
        print("indexed person add kill test: 12 runs (a person add takes \(microseconds / 1000) ms), \(killed) killed; "
            + "old version \(sawOld)×, new \(sawNew)×; every check passed")
        #expect(killed > 0)
    }
}
