import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// Kills `shopfloor` with SIGKILL while it saves a whole image and its read snapshot (issue 20.1): whatever moment
/// the kill lands on, a snapshot a read trusts holds exactly the people and ties of the image beside it.
@Suite("Crash safety: SIGKILL while a whole image and its read snapshot are saved")
struct KillDuringSnapshotTests {
    @Test("16 SIGKILLs during whole-image saves: a trusted snapshot always holds the image's people and ties",
        .timeLimit(.minutes(10)))
    func killDuringSnapshotSaves() throws {
        let (binary, dir, path) = try KillDuringWriteTests.workersFixture("snapshot")
        // Every import below sets all 3,000 assessments: a change too large to append, so the whole image and
        // its snapshot are written each time.
        func assessments(_ value: Int) throws -> String {
            let file = dir + "/assess-\(value).csv"
            var text = "id,assessment\n"
            for i in 0..<3000 { text += "w\(i),\(value)\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
        let clock = Date()
        #expect(try CLI.run(["import", path, try assessments(1)]).status == 0)
        let microseconds = max(50_000, Int(Date().timeIntervalSince(clock) * 1_000_000))

        var generator = SystemRandomNumberGenerator()
        var killed = 0, trusted = 0
        for i in 0..<16 {
            let value = i % 5 + 1
            let (process, exit) = try Process.startedQuietly(binary, ["import", path, try assessments(value)])
            if i % 2 == 0 {
                usleep(UInt32(Int.random(in: 0...microseconds * 11 / 10, using: &generator)))
            } else {
                // Wait until the image (i % 4 == 1) or the snapshot after it (i % 4 == 3) is being written, then kill.
                let marker = i % 4 == 1 ? ".tmp-" : ".snapshot.tmp-"
                let deadline = Date().addingTimeInterval(Double(microseconds) / 250_000)
                while process.isRunning, Date() < deadline,
                    !((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).contains(where: { $0.contains(marker) }) {
                    usleep(50)
                }
                usleep(UInt32.random(in: 0...2_000, using: &generator))
            }
            kill(process.processIdentifier, SIGKILL)
            exit.wait()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            let reader = try Workspace.open(at: path, passphrase: { "" })
            let read = try reader.graph()
            let tables = try Workspace.open(at: path, passphrase: { "" }).graph(recheck: true)
            #expect(read.people == tables.people, "iteration \(i): the people read differ from the tables'")
            #expect(read.ties == tables.ties && read.tieEnds == tables.tieEnds, "iteration \(i): the ties read differ")
            let values = Set(tables.people.filter { $0.id.rawValue.hasPrefix("w") }.map(\.assessment.rawValue))
            #expect(values.count == 1, "iteration \(i): neither the old nor the new version (\(values))")
            if reader.readFromSnapshot { trusted += 1 }
        }
        print("snapshot kill test: 16 runs (a save takes \(microseconds / 1000) ms), \(killed) killed, "
            + "the snapshot trusted after \(trusted) of them; every read equalled the tables")
        #expect(killed > 0)
        // The next writer leaves no temporary file, and its snapshot is trusted.
        #expect(try CLI.run(["import", path, try assessments(2)]).status == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        #expect(!names.contains { $0.contains(".tmp-") }, "left behind: \(names)")
        let last = try Workspace.open(at: path, passphrase: { "" })
        _ = try last.graph()
        #expect(last.readFromSnapshot, "a completed save leaves a snapshot the next read trusts")
    }
}
