import Foundation
import ShopfloorTestSupport
import Testing

/// `shopfloor plan …` end to end on the sample plant: exit codes, the JSON contract, the calendar file.
@Suite struct PlanCommandTests {
    static let plant = "Graphs/automotive-plant.yaml"

    @Test func reachJSONKeepsTheContract() throws {
        let r = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez-motor",
            "--alternatives", "1", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(plan["kind"] as? String == "reach")
        #expect(plan["into"] as? String == "korfez-motor")
        let from = try #require(plan["from"] as? [String: Any])
        #expect(from["cell"] as? String == "arapcesme-street")
        let paths = try #require(plan["paths"] as? [[String: Any]])
        #expect(!paths.isEmpty)
        for path in paths {
            #expect(path["target"] is String && path["cost"] is Double && path["risk"] is Double)
            #expect(["person", "segment"].contains(path["targetKind"] as? String ?? ""))
            let steps = try #require(path["steps"] as? [[String: Any]])
            for step in steps {
                #expect(step["from"] is String && step["to"] is String)
                #expect(["tie", "coworker", "pub", "home", "gate", "commute"].contains(step["channel"] as? String ?? ""))
            }
            #expect(path["alternatives"] is [[String: Any]])
        }
        #expect(paths.contains { ($0["target"] as? String)?.contains("@") == true })
        #expect(plan["unreachable"] is [[String: Any]])
        #expect((plan["avoided"] as? [[String: Any]])?.isEmpty == false)
        // Names never appear in a plan.
        #expect(!r.stdout.contains("name"))
    }

    @Test func humanOutputIsPlainAndNamesOnlyWhenRevealed() throws {
        let r = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("First contacts in korfez-motor"))
        #expect(!r.stdout.contains("\u{1B}["))
        let revealed = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor", "--reveal-names"])
        #expect(revealed.stdout != r.stdout)
    }

    @Test func badInputExitsOneWithAHint() throws {
        let r = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-stret", "--into", "korfez-motor"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("did you mean 'arapcesme-street'?"))
        let w = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez"])
        #expect(w.status == 1)
        let cell = try CLI.run(["plan", "reach", "Graphs/district.yaml", "--from", "kirazpinar-street", "--into", "tavsanli-yedek"])
        #expect(cell.status == 1 && cell.stderr.contains("plan expand"))
        let size = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor", "--size", "0..9"])
        #expect(size.status == 2)
    }

    @Test func gatesWritesACalendarAtomically() throws {
        let ics = try CLI.temporaryFile("gates.ics", "old")
        let r = try CLI.run(["plan", "gates", Self.plant, "--into", "korfez-motor", "--week", "2026-11-23", "--ics", ics])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: ics, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        let dir = URL(fileURLWithPath: ics).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["gates.ics"])
    }

    @Test func costFileOverridesTheDefaults() throws {
        let costs = try CLI.temporaryFile("costs.yaml", "channel: {gate: 0.01}\n")
        let r = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez-motor",
            "--costs", costs, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"cost\" : 0.01"))
        let bad = try CLI.temporaryFile("costs.yaml", "channel: {gate: -1}\n")
        let b = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez-motor", "--costs", bad])
        #expect(b.status == 1 && b.stderr.contains("gate"))
    }
}
