import Foundation
import ShopfloorTestSupport
import Testing

/// `check --rule/--workplace/--limit`: the findings a committee asks for, with the summary and the exit code
/// still counting every finding.
@Suite("shopfloor check filters its findings, end to end")
struct CheckFilterCommandTests {
    static let district = "Graphs/district.yaml"

    /// The rules and workplaces of the findings `check --json` prints, and the counts beside them.
    func findings(_ arguments: [String]) throws -> (rules: [String], workplaces: [String?], object: [String: Any]) {
        let result = try CLI.run(["check", Self.district, "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require(object["findings"] as? [[String: Any]])
        return (list.compactMap { $0["rule"] as? String }, list.map { $0["workplace"] as? String }, object)
    }

    @Test func ruleKeepsOnlyThatRulesFindingsAndCountsTheRest() throws {
        let all = try findings([])
        #expect(Set(all.rules).count >= 3, "the district sample should break several rules: \(all.rules)")
        let chosen = try findings(["--rule", "unattached-members", "--rule", "cell-too-small"])
        let expected = all.rules.filter { ["unattached-members", "cell-too-small"].contains($0) }
        #expect(!expected.isEmpty)
        #expect(chosen.rules == expected)
        #expect(chosen.object["findingsTotal"] as? Int == all.rules.count)
        #expect(chosen.object["findingsMatching"] as? Int == expected.count)
        // The summary is the whole graph's either way.
        #expect((chosen.object["summary"] as? [String: Any])?["people"] as? Int
            == (all.object["summary"] as? [String: Any])?["people"] as? Int)
    }

    @Test func workplaceKeepsFindingsAboutItOrItsCell() throws {
        let all = try findings([])
        let chosen = try findings(["--workplace", "renkler-boya"])
        #expect(!chosen.rules.isEmpty)
        #expect(chosen.workplaces.allSatisfy { $0 == "renkler-boya" })
        #expect(chosen.rules.count == all.workplaces.filter { $0 == "renkler-boya" }.count)
    }

    @Test func limitPrintsTheFirstFindingsAndSaysHowManyMore() throws {
        let all = try findings([])
        let two = try findings(["--limit", "2"])
        #expect(two.rules == Array(all.rules.prefix(2)))
        let human = try CLI.run(["check", Self.district, "--limit", "2"])
        #expect(human.status == 0)
        #expect(human.stdout.contains("… \(all.rules.count - 2) more (raise --limit)"), "\(human.stdout)")
        #expect(human.stdout.contains("2 of \(all.rules.count) findings shown"), "\(human.stdout)")
    }

    @Test func anUnknownRuleOrWorkplaceOrANegativeLimitIsRefused() throws {
        let rule = try CLI.run(["check", Self.district, "--rule", "no-such-rule"])
        #expect(rule.status == 2)
        #expect(rule.stderr.contains("cell-too-small"), "the error lists the rules: \(rule.stderr)")
        let workplace = try CLI.run(["check", Self.district, "--workplace", "renkler-bya"])
        #expect(workplace.status == 1)
        #expect(workplace.stderr.contains("'renkler-bya'") && workplace.stderr.contains("did you mean 'renkler-boya'"),
            "\(workplace.stderr)")
        let limit = try CLI.run(["check", Self.district, "--limit", "-1"])
        #expect(limit.status == 2)
    }

    @Test func aFilterNeverHidesACriticalFindingSilently() throws {
        let path = try CLI.temporaryFile("danger-filter.yaml", DangerInGroupCommandTests.yaml)
        let result = try CLI.run(["check", path, "--rule", "cell-too-small"])
        #expect(result.status == 3, "the exit code still counts the critical finding")
        #expect(!result.stdout.contains("CRITICAL:"))
        #expect(result.stdout.contains("1 critical finding not shown by this filter"), "\(result.stdout)")
    }
}
