import Foundation
import ShopfloorTestSupport
import Testing

/// A suspected informer or management person inside a planning group, end to end: plans leave them out and say
/// so, `check` makes it its most serious finding.
@Suite("informers and management in a group, end to end")
struct DangerInGroupCommandTests {
    /// A plant with no cell and a street cell whose fourth member is a suspected informer with the only strong
    /// tie into the plant; a manager who is a party member.
    static let yaml = """
        places:
          - {id: kirazli, kind: neighbourhood, name: Kirazli}
        workplaces:
          - id: plant
            name: Plant
            headcount: 100
            gates: [north]
            shops: [{id: body, name: Body, headcount: 100}]
            shifts: [{id: day, name: Day, start: "06:00", end: "14:00", gate: north}]
        people:
          - {id: s1, name: One, home: kirazli, affiliation: member}
          - {id: s2, name: Two, home: kirazli, affiliation: member}
          - {id: s3, name: Three, home: kirazli, affiliation: member}
          - {id: spy, name: Spy, home: kirazli, affiliation: informer}
          - {id: boss, name: Boss, role: manager, affiliation: member}
          - {id: t, name: Target, shop: body, shift: day, affiliation: sympathizer, assessment: 2}
        cells:
          - {id: street, kind: street, neighbourhood: kirazli, targets: [plant], members: [s1, s2, s3, spy],
             committee: [s1, s2, s3]}
        ties:
          - [spy, t, friend, 3]
          - [boss, t, friend, 3]
        """

    static func source() throws -> String { try CLI.temporaryFile("danger.yaml", yaml) }

    @Test func reachNeverGivesTheInformerTheFirstStep() throws {
        let path = try Self.source()
        let result = try CLI.run(["plan", "reach", path, "--from", "street", "--into", "plant", "--json", "--reveal-names"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let from = try #require(json["from"] as? [String: Any])
        #expect(from["people"] as? [String] == ["s1", "s2", "s3"])
        #expect((from["dropped"] as? [[String: String]])?.map { $0["person"] } == ["spy"])
        let paths = try #require(json["paths"] as? [[String: Any]])
        let steps = paths.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(!steps.isEmpty)
        #expect(steps.allSatisfy { $0["from"] as? String != "spy" })

        let human = try CLI.run(["plan", "reach", path, "--from", "street", "--into", "plant"])
        #expect(human.status == 0)
        #expect(human.stdout.contains("Dropped from the group, never given a task (1):"))
        #expect(!human.stdout.contains("spy —"))
    }

    @Test func fromAListDropsTheManagerAndGatesNeverSuggestTheInformer() throws {
        let path = try Self.source()
        let reach = try CLI.run(["plan", "reach", path, "--from", "boss,s1", "--into", "plant", "--json", "--reveal-names"])
        #expect(reach.status == 0, "\(reach.stderr)")
        #expect(!reach.stdout.contains("\"from\" : \"boss\""))
        #expect(reach.stdout.contains("management side (manager)"))
        let gates = try CLI.run(["plan", "gates", path, "--into", "plant", "--week", "2026-11-23", "--json", "--reveal-names"])
        #expect(gates.status == 0, "\(gates.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(gates.stdout.utf8)) as? [String: Any])
        let windows = try #require(json["windows"] as? [[String: Any]])
        #expect(!windows.isEmpty)
        #expect(windows.allSatisfy { !(($0["suggested"] as? [String]) ?? []).contains("spy") })
    }

    @Test func aGroupOfOnlyTheDangerousIsRefused() throws {
        let path = try Self.source()
        let result = try CLI.run(["plan", "core", path, "--from", "spy,boss", "--into", "plant"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nobody is left in the group"))
    }

    @Test func checkReportsTheInformerInTheCellFirstAndExitsThree() throws {
        let path = try Self.source()
        let human = try CLI.run(["check", path])
        #expect(human.status == 3, "\(human.stderr)")
        // A finding is its first line and the lines wrapped under it (four spaces in), read as one.
        var findings: [String] = []
        for line in human.stdout.components(separatedBy: "\n") {
            if line.hasPrefix("  CRITICAL") || line.hasPrefix("  warning") || line.hasPrefix("  note") {
                findings.append(line)
            } else if line.hasPrefix("    "), !findings.isEmpty {
                findings[findings.count - 1] += " " + line.drop { $0 == " " }
            }
        }
        #expect(findings.first?.hasPrefix("  CRITICAL: a suspected informer or management person is a member of cell 'street'") == true)
        let json = try CLI.run(["check", path, "--json", "--reveal-names"])
        #expect(json.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "danger-in-cell")
        #expect(first["severity"] as? String == "critical")
        #expect(first["people"] as? [String] == ["spy"])
    }
}
