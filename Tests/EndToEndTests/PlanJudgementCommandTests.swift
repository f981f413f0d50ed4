import Foundation
import ShopfloorTestSupport
import Testing

/// `plan core`'s one-line reasons and stages, and `map plant --everyone`, end to end on the sample plant.
@Suite struct PlanJudgementCommandTests {
    static let plant = "Graphs/automotive-plant.yaml"

    @Test func coreExplainsEachPickInOneLine() throws {
        let r = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Why each contact:"))
        #expect(r.stdout.contains("stage: 1 non-party and sympathizers"))
        let json = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor", "--json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let contacts = try #require(plan["contacts"] as? [[String: Any]])
        #expect(!contacts.isEmpty)
        for contact in contacts {
            let reason = try #require(contact["reason"] as? String)
            #expect(reason.contains("step") && (reason.contains("covers") || reason.contains("already covered")))
            // Printed whole, though wrapped to the terminal's width.
            #expect(flat(r.stdout).contains(flat(reason)), "\(reason)")
            #expect((1...4).contains(contact["stage"] as? Int ?? 0))
        }
        let stages = contacts.compactMap { $0["stage"] as? Int }
        #expect(stages == stages.sorted())
    }

    @Test func costFileWeighsInfluenceAndRefusesABadWeight() throws {
        let bad = try CLI.temporaryFile("costs.yaml", "influenceWeight: -1\n")
        let r = try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor", "--costs", bad])
        #expect(r.status == 1)
        #expect(r.stderr.contains("influenceWeight"))
        let risky = try CLI.temporaryFile("risk.yaml", "informerTieRisk: 2\n")
        #expect(try CLI.run(["plan", "core", Self.plant, "--into", "korfez-motor", "--costs", risky]).status == 1)
    }

    @Test func mapPlantEveryoneDrawsEveryKnownWorker() throws {
        let out = try CLI.temporaryFile("everyone.dot", "")
        let r = try CLI.run(["map", "plant", Self.plant, "--workplace", "korfez-motor", "--everyone", "-o", out,
            "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.contains("(every known worker)"))
        #expect(dot.contains("●"))
    }

    /// Text with every run of whitespace made one space (a wrapped line read as one).
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
