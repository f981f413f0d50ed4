import Foundation
import ShopfloorTestSupport
import Testing

/// One keyed alias scheme in every artefact, end to end (issue 12.3, 12.4): plans, calendars and findings show
/// aliases by default; the map, the plan and the export of one source agree on them; a graph file without a
/// secret gets aliases nobody can reproduce, and says so.
@Suite("aliases in every artefact, end to end")
struct AliasCommandTests {
    static let plant = Sample.automotivePlant.relativePath

    /// Every sample person id (`p-1042`) in a text.
    static func personIDs(_ text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "\\bp-[0-9]{4}\\b")
        return Set(regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        })
    }

    /// The people a reach plan's JSON names: its group, and every step's ends that are not segments.
    static func planPeople(_ json: String) throws -> Set<String> {
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var people = Set((plan["from"] as? [String: Any])?["people"] as? [String] ?? [])
        for path in plan["paths"] as? [[String: Any]] ?? [] {
            for step in path["steps"] as? [[String: Any]] ?? [] {
                for end in [step["from"], step["to"]].compactMap({ $0 as? String }) where !end.contains("@") { people.insert(end) }
            }
        }
        return people
    }

    @Test func plansShowAliasesAndRevealNamesShowsIds() throws {
        let args = ["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez-motor"]
        let json = try CLI.run(args + ["--json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(Self.personIDs(json.stdout).isEmpty, "the plan JSON names ids: \(Self.personIDs(json.stdout).sorted().prefix(5))")
        #expect(try Self.planPeople(json.stdout).count > 3)
        let human = try CLI.run(args)
        #expect(human.status == 0)
        #expect(Self.personIDs(human.stdout).isEmpty)
        let revealed = try CLI.run(args + ["--json", "--reveal-names"])
        #expect(!Self.personIDs(revealed.stdout).isEmpty)
        // The same run twice: the same aliases (the sample carries its secret).
        #expect(try CLI.run(args + ["--json"]).stdout == json.stdout)
        #expect(json.stderr.isEmpty, "a source with a secret prints no note: \(json.stderr)")
    }

    @Test func theMapThePlanAndTheExportAgreeAndTheMapReadsTheAliasPlanBack() throws {
        let folder = try Scratch.folder()
        let plan = try CLI.run(["plan", "reach", Self.plant, "--from", "arapcesme-street", "--into", "korfez-motor", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let planFile = folder + "/plan.json"
        try Data(plan.stdout.utf8).write(to: URL(fileURLWithPath: planFile))
        let aliases = try Self.planPeople(plan.stdout)

        let export = try CLI.run(["export", Self.plant, "--format", "yaml", "-o", folder + "/out.yaml"])
        #expect(export.status == 0, "\(export.stderr)")
        let exported = try String(contentsOfFile: folder + "/out.yaml", encoding: .utf8)
        for alias in aliases { #expect(exported.contains(alias), "the export has no person \(alias)") }
        #expect(Self.personIDs(exported).isEmpty)

        let map = try CLI.run(["map", "plant", Self.plant, "--workplace", "korfez-motor", "--plan", planFile, "-o", folder + "/map.dot"])
        #expect(map.status == 0, "\(map.stderr)")
        let dot = try String(contentsOfFile: folder + "/map.dot", encoding: .utf8)
        // The plan's first path is drawn: every person on it is on the map by the alias the plan gives them.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let first = try #require((json["paths"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        let drawn = Set(first.flatMap { [$0["from"], $0["to"]] }.compactMap { $0 as? String }.filter { !$0.contains("@") })
        #expect(!drawn.isEmpty)
        for alias in drawn { #expect(dot.contains(alias), "the map lacks \(alias), which the plan draws") }
        #expect(aliases.filter { dot.contains($0) }.count >= drawn.count)

        // The aliases typed back as a group work like the ids they stand for.
        let group = aliases.sorted().prefix(2).joined(separator: ",")
        let again = try CLI.run(["plan", "reach", Self.plant, "--from", group, "--into", "korfez-motor", "--json"])
        #expect(again.status == 0 || again.stderr.contains("no path"), "\(again.stderr)")
    }

    @Test func calendarsAndFindingsShowAliases() throws {
        let folder = try Scratch.folder()
        let ics = folder + "/gates.ics"
        let gates = try CLI.run(["plan", "gates", Self.plant, "--into", "korfez-motor", "--from", "arapcesme-street",
            "--week", "2026-11-23", "--ics", ics])
        #expect(gates.status == 0, "\(gates.stderr)")
        let calendar = try String(contentsOfFile: ics, encoding: .utf8)
        #expect(calendar.contains("BEGIN:VEVENT"))
        #expect(Self.personIDs(calendar).isEmpty, "the calendar names ids")
        #expect(Self.personIDs(gates.stdout).isEmpty)

        let check = try CLI.run(["check", Sample.district.relativePath, "--json"])
        let people = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(people["findings"] as? [[String: Any]])
        #expect(findings.contains { !($0["people"] as? [String] ?? []).isEmpty }, "the test needs a finding about people")
        #expect(Self.personIDs(check.stdout).isEmpty, "check's findings name ids: \(Self.personIDs(check.stdout).sorted().prefix(5))")
        let human = try CLI.run(["check", Sample.district.relativePath])
        #expect(Self.personIDs(human.stdout).isEmpty)
        let revealed = try CLI.run(["check", Sample.district.relativePath, "--json", "--reveal-names"])
        #expect(!Self.personIDs(revealed.stdout).isEmpty)
    }

    @Test func aGraphFileWithoutASecretGetsAliasesNobodyCanReproduce() throws {
        let text = try String(contentsOfFile: Sample.automotivePlant.path, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("alias-secret:") }
            .joined(separator: "\n")
        let path = try Scratch.file("nosecret.yaml", text)
        let args = ["plan", "reach", path, "--from", "arapcesme-street", "--into", "korfez-motor", "--json"]
        let first = try CLI.run(args), second = try CLI.run(args)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("alias secret") && first.stderr.contains("random"), "\(first.stderr)")
        #expect(first.stdout != second.stdout, "two runs without a secret drew the same aliases")
        #expect(Self.personIDs(first.stdout).isEmpty)
        // A plan of another run cannot be read back: refused, saying why.
        let planFile = (path as NSString).deletingLastPathComponent + "/plan.json"
        try Data(first.stdout.utf8).write(to: URL(fileURLWithPath: planFile))
        let map = try CLI.run(["map", "plant", path, "--workplace", "korfez-motor", "--plan", planFile, "-o", planFile + ".dot"])
        #expect(map.status == 1)
        #expect(map.stderr.contains("alias secret"), "\(map.stderr)")
        // With the file's own secret, runs agree.
        let keyed = try Scratch.file("keyed.yaml", "alias-secret: 0123456789abcdef0123456789abcdef\n" + text)
        let k1 = try CLI.run(["plan", "reach", keyed, "--from", "arapcesme-street", "--into", "korfez-motor", "--json"])
        let k2 = try CLI.run(["plan", "reach", keyed, "--from", "arapcesme-street", "--into", "korfez-motor", "--json"])
        #expect(k1.status == 0 && k1.stdout == k2.stdout)
        // A secret too short to be one is refused with its place.
        let weak = try Scratch.file("weak.yaml", "alias-secret: abc\n" + text)
        let refused = try CLI.run(["check", weak])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("weak.yaml:1:"), "\(refused.stderr)")
    }
}
