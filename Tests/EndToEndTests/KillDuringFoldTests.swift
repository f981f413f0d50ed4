import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

extension KillDuringWriteTests {
    /// The journal's limit: past this many records the next write folds the journal into a new image.
    static let journalLimit = 256

    /// `log` on a plain workspace maps its image instead of reading it, and when the journal is full it folds the
    /// journal into a new image from that mapping (the image's stamp compared with its digest only then). Killed
    /// at random and right as the new file is written: every time the old version (full journal) or the new one
    /// (one image holding every change, stamped), never a mix.
    @Test("16 SIGKILLs during plain `log`s that fold a full journal into a new image from the mapped image: old or new version, the new one stamped",
        .timeLimit(.minutes(10)))
    func killDuringFolds() throws {
        let (binary, dir, full) = try Self.workersFixture("fold", name: "full.shopfloor")
        let path = dir + "/crash.shopfloor"
        do {
            let filling = try Workspace.open(at: full, forWriting: true, verifying: false, passphrase: { "" })
            for day in 0..<Self.journalLimit {
                try filling.log(Contact(by: "mehmet-d", with: "ayse-k", date: Day(daysSinceEpoch: 19_000 + day), channel: .pub,
                    outcome: .neutral))
            }
        }
        let fullSize = Self.size(full)
        let reference = try Workspace.open(at: full, passphrase: { "" })
        let before = try reference.graph()
        let history = try reference.history().count
        let journalMagic = Data("SFJ1".utf8), stampMagic = Data("SFS1".utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: full)).range(of: journalMagic) != nil, "the journal must be full, not folded")

        func logArguments(_ i: Int) -> [String] {
            ["log", path, "--by", "mehmet-d", "--with", "ayse-k", "--channel", "pub", "--date",
             Day(daysSinceEpoch: 21_000 + i).description, "--outcome", "positive", "--assessment", "\(i % 5 + 1)"]
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: full, toPath: path)
        let clock = Date()
        #expect(try CLI.run(logArguments(-1)).status == 0)
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).range(of: journalMagic) == nil, "the log must have folded the journal")

        var generator = SystemRandomNumberGenerator()
        var killed = 0, saving = 0, sawOld = 0, sawNew = 0
        for i in 0..<16 {
            // Each run starts from the full journal, with nothing a killed run left behind.
            let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(".tmp-") }
            for name in [path, path + ".bak"] + leftovers.map({ dir + "/" + $0 }) { try? FileManager.default.removeItem(atPath: name) }
            try FileManager.default.copyItem(atPath: full, toPath: path)
            // Odd runs: right as the new image is written (its temporary file appears beside the workspace).
            let run = try Self.runAndKill(binary, logArguments(i), atRandom: i % 2 == 0, microseconds: microseconds, slack: 2_000,
                path: path, dir: dir, using: &generator)
            if run.killed { killed += 1 }
            if run.killed && run.writing { saving += 1 }
            let opened = try Workspace.open(at: path, passphrase: { "" })
            #expect(try opened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try opened.graph(recheck: true)
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            let added = after.contacts.count - before.contacts.count
            #expect(added == 0 || added == 1, "iteration \(i): \(added) contacts added")
            let date = Day(daysSinceEpoch: 21_000 + i)
            let hasNew = after.contacts.contains { $0.date == date }
            #expect(hasNew == (added == 1), "iteration \(i): neither the old nor the new version")
            #expect(after.person("ayse-k")?.assessment.rawValue == (hasNew ? i % 5 + 1 : before.person("ayse-k")?.assessment.rawValue),
                "iteration \(i): the contact and the assessment it sets went in apart")
            #expect(try opened.history().count == history + added, "iteration \(i): the history and the contact log disagree")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            if hasNew {
                sawNew += 1
                // Folded: no record after the image, and the image stamped (its digest was its stamp's).
                #expect(bytes.range(of: journalMagic) == nil, "iteration \(i): the new version still has a journal")
                #expect(bytes.range(of: stampMagic) != nil, "iteration \(i): the folded image is not stamped")
            } else {
                sawOld += 1
                #expect(bytes.count == fullSize, "iteration \(i): the old version changed size")
            }
        }
        print("fold kill test: 16 runs (a folding log takes \(microseconds / 1000) ms), \(killed) killed (\(saving) while saving); "
            + "old version \(sawOld)×, new \(sawNew)×; every check passed")
        #expect(killed > 0)
    }
}
