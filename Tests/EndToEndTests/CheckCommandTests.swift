import Foundation
import ShopfloorTestSupport
import Testing

@Suite("shopfloor check, end to end")
struct CheckCommandTests {
    static let samples = ["Graphs/automotive-plant.yaml", "Graphs/district.yaml", "Graphs/office-plaza.yaml"]

    @Test(arguments: samples)
    func everySampleIsValid(sample: String) throws {
        let result = try CLI.run(["check", sample])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid"))
        #expect(result.stdout.contains("workplaces"))
    }

    @Test(arguments: samples)
    func jsonSummaryMatchesTheFile(sample: String) throws {
        let result = try CLI.run(["check", sample, "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == true)
        let summary = try #require(json["summary"] as? [String: Any])
        let byAffiliation = try #require(summary["peopleByAffiliation"] as? [String: Int])
        #expect(byAffiliation.values.reduce(0, +) == summary["people"] as? Int)
    }

    @Test func theSamplePlantHasNoCellAndAStreetCell() throws {
        let result = try CLI.run(["check", "Graphs/automotive-plant.yaml", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["workplaceCells"] as? Int == 0)
        #expect((summary["streetCells"] as? Int ?? 0) >= 1)
        #expect((summary["people"] as? Int ?? 0) >= 150)
        #expect((summary["headcount"] as? Int ?? 0) >= 2000)
    }

    @Test func theDistrictSampleShowsCellRuleFindings() throws {
        let result = try CLI.run(["check", "Graphs/district.yaml", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = Set((json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.contains("cell-too-small"))
        #expect(rules.contains("unattached-members"))
        #expect(rules.contains("member-outside-cell"))
    }

    @Test func invalidFileExitsOneAndListsEveryError() throws {
        let path = try CLI.temporaryFile("bad.yaml", """
            people:
              - {id: a, assessment: 9}
              - {id: a, affiliation: comunist}
            ties:
              - [a, a, friend]
            """)
        let result = try CLI.run(["check", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("3 errors; nothing was loaded") || result.stderr.contains("4 errors"))
        #expect(result.stderr.contains("bad.yaml:2:25: 'a', field 'assessment': 9 is out of range 0...5"))
        #expect(result.stderr.contains("bad.yaml:3:26: 'a', field 'affiliation': 'comunist' is not a known affiliation"))
        #expect(result.stderr.contains("a tie from 'a' to themselves"))
    }

    @Test func invalidFileWithJSONPrintsTheErrorsAsJSON() throws {
        let path = try CLI.temporaryFile("bad.json", #"{"people": [{"id": "a", "assessment": 9}]}"#)
        let result = try CLI.run(["check", path, "--json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.first?["line"] as? Int == 1)
        #expect(errors.first?["field"] as? String == "assessment")
        #expect(errors.first?["id"] as? String == "a")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["check"]).status == 2)
        #expect(try CLI.run(["check", "x.yaml", "--frobnicate"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
    }

    @Test func missingFileExitsOneWithAHint() throws {
        let result = try CLI.run(["check", "nowhere/graph.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere/graph.yaml: no such file"))
    }

    @Test func helpHasAnExample() throws {
        let result = try CLI.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("shopfloor check Graphs/"))
    }

    @Test func noColourWithoutATerminal() throws {
        let result = try CLI.run(["check", "Graphs/office-plaza.yaml"], environment: ["NO_COLOR": "1"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
