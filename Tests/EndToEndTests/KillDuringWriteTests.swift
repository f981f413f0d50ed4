import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// Kills the `shopfloor` binary with SIGKILL at random moments while it writes a workspace, then opens and
/// checks the workspace: it must always be the previous or the next version, never damaged.
@Suite("Crash safety: SIGKILL during writes")
struct KillDuringWriteTests {
    /// The store tests' small sample graph.
    static let fixture = PackageRoot.path("Tests/ShopfloorStoreTests/Fixtures/gebze.yaml")

    /// Whether a temporary file beside the workspace shows that a save is under way.
    static func saving(in dir: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).contains { $0.contains(".tmp-") }
    }

    @Test("60 random SIGKILLs during imports and edits never leave a damaged plain workspace", .timeLimit(.minutes(10)))
    func killDuringWrites() throws {
        try killLoop(iterations: 60, passphrase: nil)
    }

    @Test("12 random SIGKILLs never leave a damaged encrypted workspace", .timeLimit(.minutes(10)))
    func killDuringSealedWrites() throws {
        try killLoop(iterations: 12, passphrase: "kill test passphrase")
    }

    @Test("30 SIGKILLs during contacts appended to a plain workspace's journal: every record whole or absent",
        .timeLimit(.minutes(10)))
    func killDuringAppends() throws {
        try appendLoop(iterations: 30, passphrase: nil)
    }

    @Test("12 SIGKILLs during contacts appended to a sealed workspace's journal: every record whole or absent",
        .timeLimit(.minutes(10)))
    func killDuringSealedAppends() throws {
        try appendLoop(iterations: 12, passphrase: "kill test passphrase")
    }

    @Test("12 SIGKILLs during contacts a sealed workspace's index checks (its image never decrypted): every record whole or absent",
        .timeLimit(.minutes(10)))
    func killDuringIndexedSealedAppends() throws {
        try appendLoop(iterations: 12, passphrase: "kill test passphrase", throughIndex: true)
    }

    @Test("24 SIGKILLs during person add and tie add checked by lookups: every time the old or the new version",
        .timeLimit(.minutes(10)))
    func killDuringSmallEdits() throws {
        let (binary, dir, path) = try Self.workersFixture("small-edits")
        let clock = Date()
        #expect(try CLI.run(["person", "add", path, "timing", "--shop", "ao-body"]).status == 0)
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        var generator = SystemRandomNumberGenerator()
        var killed = 0, sawOld = 0, sawNew = 0
        for i in 0..<24 {
            let opened = try Workspace.open(at: path, passphrase: { "" })
            let (before, history) = (try opened.graph(), try opened.history().count)
            let isTie = i % 2 == 1
            let arguments = isTie ? ["tie", "add", path, "w\(i)", "ayse-k", "--kind", "friend", "--strength", "2"]
                : ["person", "add", path, "k-\(i)", "--name", "K \(i)", "--shop", "ao-body", "--home", "kirazli"]
            if try Self.runAndKill(binary, arguments, atRandom: i % 4 < 2, microseconds: microseconds, path: path, dir: dir,
                using: &generator).killed { killed += 1 }
            let reopened = try Workspace.open(at: path, passphrase: { "" })
            #expect(try reopened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try reopened.graph(recheck: true)
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let added = isTie ? after.ties.count - before.ties.count : after.people.count - before.people.count
            #expect(added == 0 || added == 1, "iteration \(i): \(added) records added")
            let isNew = isTie ? after.ties.contains { $0.a.rawValue == "w\(i)" && $0.b.rawValue == "ayse-k" }
                : after.person(.init("k-\(i)")) != nil
            #expect(isNew == (added == 1), "iteration \(i): neither the old nor the new version")
            #expect(try reopened.history().count == history + added, "iteration \(i): the history and the graph disagree")
            if isNew { sawNew += 1 } else { sawOld += 1 }
        }
        print("small-edit kill test: 24 runs (an edit takes \(microseconds / 1000) ms), \(killed) killed; old version \(sawOld)×, "
            + "new \(sawNew)×; every check passed")
        #expect(killed > 0)
    }

    /// The built binary, a scratch folder named for `tag` and, in it, a plain workspace `name` made by
    /// ``workspaceWithWorkers(at:in:sealed:environment:)``: what a kill test of small writes starts from.
    static func workersFixture(_ tag: String, name: String = "crash.shopfloor") throws -> (binary: String, dir: String, path: String) {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        let dir = try Scratch.folder(tag)
        let path = dir + "/" + name
        try workspaceWithWorkers(at: path, in: dir)
        return (binary, dir, path)
    }

    /// Makes a workspace at `path` (sealed with the environment's passphrase when `sealed`) holding the sample
    /// and 3,000 more workers, so that each write takes long enough to be interrupted part-way.
    static func workspaceWithWorkers(at path: String, in dir: String, sealed: Bool = false, environment: [String: String] = [:]) throws {
        #expect(try CLI.run(["init", path] + (sealed ? ["--encrypt"] : []), environment: environment).status == 0)
        #expect(try CLI.run(["import", path, Self.fixture], environment: environment).status == 0)
        var csv = "id,name,workplace,assessment\n"
        for i in 0..<3000 { csv += "w\(i),Worker \(i),marmara-depo,\(i % 6)\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/people.csv"))
        #expect(try CLI.run(["import", path, dir + "/people.csv"], environment: environment).status == 0)
    }

    /// Runs the CLI with `arguments` and kills it with SIGKILL: `atRandom`, at a random moment of the `microseconds`
    /// an uninterrupted run takes; otherwise right as the file at `path` grows or a new version is being written
    /// in `dir` (within `slack` microseconds after). Returns whether the kill landed (the command had not finished)
    /// and whether the write had begun when it did.
    static func runAndKill(
        _ binary: String, _ arguments: [String], environment: [String: String] = [:], atRandom: Bool, microseconds: Int,
        slack: UInt32 = 500, path: String, dir: String, using generator: inout SystemRandomNumberGenerator
    ) throws -> (killed: Bool, writing: Bool) {
        let size = Self.size(path)
        let (process, exit) = try Process.startedQuietly(binary, arguments, environment: environment)
        if atRandom {
            usleep(UInt32(Int.random(in: 0...microseconds * 11 / 10, using: &generator)))
        } else {
            let deadline = Date().addingTimeInterval(Double(microseconds) / 250_000)
            while process.isRunning, Self.size(path) == size, !Self.saving(in: dir), Date() < deadline { usleep(50) }
            usleep(UInt32.random(in: 0...slack, using: &generator))
        }
        let writing = Self.saving(in: dir) || Self.size(path) != size
        kill(process.processIdentifier, SIGKILL)
        exit.wait()
        return (process.terminationReason == .uncaughtSignal, writing)
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Kills `log` (which appends one record to the journal) at random moments and right as the file grows.
    /// With `throughIndex`, a person is added first (a record the index must fold in) and the test makes sure
    /// that `log` takes the sealed index path (``Workspace/appendLog(_:at:action:passphrase:)``).
    func appendLoop(iterations: Int, passphrase: String?, throughIndex: Bool = false) throws {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        let env = passphrase.map { ["SHOPFLOOR_PASSPHRASE": $0] } ?? [:]
        let dir = try Scratch.folder(passphrase == nil ? "append-plain" : throughIndex ? "append-indexed" : "append-sealed")
        let path = dir + "/crash.shopfloor"
        #expect(try CLI.run(["init", path] + (passphrase == nil ? [] : ["--encrypt"]), environment: env).status == 0)
        #expect(try CLI.run(["import", path, Self.fixture], environment: env).status == 0)
        if throughIndex, let passphrase {
            #expect(try CLI.run(["person", "add", path, "kill-new", "--name", "Kill Test"], environment: env).status == 0)
            let probe = dir + "/probe.shopfloor"
            try FileManager.default.copyItem(atPath: path, toPath: probe)
            let contact = Contact(by: "kill-new", with: "ayse-k", date: Day(daysSinceEpoch: 20_000), channel: .pub)
            #expect(try Workspace.appendLog(contact, at: probe, passphrase: { passphrase }) != nil,
                "log must take the index path on this workspace")
        }
        let clock = Date()
        #expect(try CLI.run(["log", path, "--by", "mehmet-d", "--with", "ayse-k", "--channel", "pub", "--date", "2026-01-01",
            "--outcome", "neutral"], environment: env).status == 0)
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        var generator = SystemRandomNumberGenerator()
        var killed = 0, growing = 0, sawOld = 0, sawNew = 0
        for i in 0..<iterations {
            let before = try Workspace.open(at: path, passphrase: { passphrase ?? "" }).graph()
            let size = Self.size(path)
            let date = Day(daysSinceEpoch: 21000 + i)
            let (process, exit) = try Process.startedQuietly(binary, ["log", path, "--by", "mehmet-d", "--with", "ayse-k",
                "--channel", "pub", "--date", date.description, "--outcome", "positive", "--assessment", "\(i % 5 + 1)"],
                environment: env)
            if i % 2 == 0 {
                usleep(UInt32(Int.random(in: 0...microseconds * 11 / 10, using: &generator)))
            } else {
                // Right as the record goes in (or the whole image, when the journal is folded).
                let deadline = Date().addingTimeInterval(Double(microseconds) / 250_000)
                while process.isRunning, Self.size(path) == size, !Self.saving(in: dir), Date() < deadline { usleep(50) }
                if Self.size(path) != size { growing += 1 }
                usleep(UInt32.random(in: 0...500, using: &generator))
            }
            kill(process.processIdentifier, SIGKILL)
            exit.wait()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let opened = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
            #expect(try opened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try opened.graph()
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let added = after.contacts.count - before.contacts.count
            #expect(added == 0 || added == 1, "iteration \(i): \(added) contacts added")
            let hasNew = after.contacts.contains { $0.date == date }
            #expect(hasNew == (added == 1), "iteration \(i): neither the old nor the new version")
            let assessment = after.person("ayse-k")?.assessment.rawValue
            #expect(assessment == (hasNew ? i % 5 + 1 : before.person("ayse-k")?.assessment.rawValue),
                "iteration \(i): the contact and the assessment it sets went in apart")
            if hasNew { sawNew += 1 } else { sawOld += 1 }
            let changes = try opened.history()
            #expect(changes.filter { $0.source == "log" }.count == after.contacts.count - 2,
                "iteration \(i): the history and the contact log disagree")
        }
        print("append kill test (\(passphrase == nil ? "plain" : throughIndex ? "encrypted, through the index" : "encrypted")): \(iterations) runs (a log takes \(microseconds / 1000) ms), "
            + "\(killed) killed (\(growing) as the file grew); old version \(sawOld)×, new \(sawNew)×; every check passed")
        #expect(killed > 0)
        #expect(try CLI.run(["log", path, "--by", "mehmet-d", "--with", "ayse-k", "--channel", "pub", "--date", "2027-01-01",
            "--outcome", "neutral"], environment: env).status == 0)
        #expect(try Workspace.open(at: path, passphrase: { passphrase ?? "" }).graph().contacts.contains { $0.date.description == "2027-01-01" })
    }

    func killLoop(iterations: Int, passphrase: String?) throws {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        let env = passphrase.map { ["SHOPFLOOR_PASSPHRASE": $0] } ?? [:]
        let dir = try Scratch.folder(passphrase == nil ? "plain" : "sealed")
        let path = dir + "/crash.shopfloor"
        // A few thousand people make each write take long enough to be interrupted part-way.
        try Self.workspaceWithWorkers(at: path, in: dir, sealed: passphrase != nil, environment: env)
        // Time an uninterrupted write, so that most kills land while the command works, many while it saves.
        let clock = Date()
        #expect(try CLI.run(["person", "update", path, "ayse-k", "--assessment", "2"], environment: env).status == 0)
        let microseconds = max(50_000, Int(Date().timeIntervalSince(clock) * 1_000_000))

        var generator = SystemRandomNumberGenerator()
        var killed = 0, completed = 0, midWrite = 0, sawOld = 0, sawNew = 0
        let start = Date()
        for i in 0..<iterations {
            let before = try Workspace.open(at: path, passphrase: { passphrase ?? "" }).graph()
            let value = (before.person("ayse-k")?.assessment.rawValue ?? 0) % 5 + 1
            let arguments: [String]
            switch i % 3 {
            case 0: arguments = ["person", "update", path, "ayse-k", "--assessment", "\(value)"]
            case 1: arguments = ["log", path, "--by", "mehmet-d", "--with", "ayse-k", "--channel", "pub",
                "--date", Day(daysSinceEpoch: 20000 + i).description, "--outcome", "positive", "--assessment", "\(value)"]
            default:
                try Data("id,assessment\nayse-k,\(value)\n".utf8).write(to: URL(fileURLWithPath: dir + "/people-\(i).csv"))
                arguments = ["import", path, dir + "/people-\(i).csv"]
            }
            // Even runs: a random moment of the whole command. Odd runs: right as the new version is being written,
            // then a kill within a few milliseconds (a small edit appends one record instead: the file grows).
            let run = try Self.runAndKill(binary, arguments, environment: env, atRandom: i % 2 == 0, microseconds: microseconds,
                slack: 3_000, path: path, dir: dir, using: &generator)
            if run.killed {
                killed += 1
                if run.writing { midWrite += 1 }
            } else {
                completed += 1
            }

            let opened = try Workspace.open(at: path, passphrase: { passphrase ?? "" })
            #expect(try opened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try opened.graph()
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let assessment = after.person("ayse-k")?.assessment.rawValue
            let old = before.person("ayse-k")?.assessment.rawValue
            #expect(assessment == old || assessment == value, "iteration \(i): neither the old nor the new version")
            if assessment == value && value != old { sawNew += 1 } else { sawOld += 1 }
            #expect(after.people.count == before.people.count)
            #expect(after.contacts.count == before.contacts.count || after.contacts.count == before.contacts.count + 1)
        }
        let seconds = Int(Date().timeIntervalSince(start))
        print("kill test (\(passphrase == nil ? "plain" : "encrypted")): \(iterations) runs in \(seconds) s (a write takes \(microseconds / 1000) ms), \(killed) killed "
            + "(\(midWrite) while saving), \(completed) finished; afterwards the workspace held the old version \(sawOld)×, "
            + "the new one \(sawNew)×; integrity and graph checks passed every time")
        #expect(killed > 0)
        // The next writer cleans up what killed writers left.
        #expect(try CLI.run(["person", "update", path, "ayse-k", "--assessment", "3"], environment: env).status == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        #expect(!names.contains { $0.contains(".tmp-") }, "left behind: \(names)")
    }
}
