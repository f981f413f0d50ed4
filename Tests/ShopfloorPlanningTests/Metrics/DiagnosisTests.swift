import ShopfloorModel
import ShopfloorPlanning
import Testing

/// Each diagnosis finding against the hand-counted ``MetricsFixture``.
@Suite("Diagnosis")
struct DiagnosisTests {
    @Test("large plants without a cell while small plants have cells")
    func largePlantsWithoutCells() throws {
        let report = try MetricsFixture.report(large: 500)
        let finding = try #require(report.diagnosis.finding(.largePlantsWithoutCells))
        // Large (>= 500): big-a (no cell), big-b (cell). Cells of three or more: big-b, small-c; small-e is forming.
        #expect(finding.figure("large-threshold")?.value == 500)
        #expect(finding.figure("large-plants-without-cell").map { [$0.value, $0.of] } == [1, 2])
        #expect(finding.figure("cells-in-small-plants").map { [$0.value, $0.of] } == [1, 2])
        #expect(finding.figure("cells-in-small-plants")?.percent == 50.0)
        // 1600 of 1690 workers = 94.67%.
        #expect(finding.figure("workers-in-large-plants").map { [$0.value, $0.of] } == [1600, 1690])
        #expect(finding.figure("workers-in-large-plants")?.percent == 94.7)
        #expect(finding.evidence.map(\.id) == ["big-a", "small-c"])
        #expect(finding.evidence.map(\.note) == ["large plant without a cell", "small plant with a cell"])
        #expect(finding.message.contains("1 of 2 large plants (500 workers or more)"))
    }

    @Test("the size threshold is settable")
    func largeThreshold() throws {
        // At 700 only big-a is large; big-b (600) becomes a small plant with a cell.
        let finding = try #require(try MetricsFixture.report(large: 700).diagnosis.finding(.largePlantsWithoutCells))
        #expect(finding.figure("cells-in-small-plants").map { [$0.value, $0.of] } == [2, 2])
        #expect(finding.figure("workers-in-large-plants").map { [$0.value, $0.of] } == [1000, 1690])
        #expect(finding.evidence.map(\.id) == ["big-a", "big-b", "small-c"])
        // At 2000 there is no large plant, so no finding.
        #expect(try MetricsFixture.report(large: 2000).diagnosis.finding(.largePlantsWithoutCells) == nil)
        // At 20 every workplace is large: big-a, small-e (forming) and small-d have no cell; no cell is in a small plant.
        let all = try #require(try MetricsFixture.report(large: 20).diagnosis.finding(.largePlantsWithoutCells))
        #expect(all.figure("large-plants-without-cell").map { [$0.value, $0.of] } == [3, 5])
        #expect(all.figure("cells-in-small-plants").map { [$0.value, $0.of] } == [0, 2])
        #expect(all.evidence.map(\.id) == ["big-a", "small-e", "small-d"])
    }

    @Test("members who work in a workplace but are not in its cell")
    func membersOutsideCells() throws {
        let report = try MetricsFixture.report()
        let finding = try #require(report.diagnosis.finding(.membersOutsideWorkplaceCells))
        // 14 members; 11 work somewhere; 7 are in their workplace's cell (b-m1..3, c-m1..3, e-m1);
        // 4 are outside: a-m1 (big-a, no cell), b-m4 (big-b), d-m1 and d-m2 (small-d, no cell).
        #expect(finding.figure("members")?.value == 14)
        #expect(finding.figure("members-at-workplaces").map { [$0.value, $0.of] } == [11, 14])
        #expect(finding.figure("members-at-workplaces")?.percent == 78.6)
        #expect(finding.figure("members-in-workplace-cells").map { [$0.value, $0.of] } == [7, 14])
        #expect(finding.figure("members-in-workplace-cells")?.percent == 50.0)
        #expect(finding.figure("members-outside-cells").map { [$0.value, $0.of] } == [4, 11])
        #expect(finding.evidence.map(\.id) == ["small-d", "big-a", "big-b"])
        #expect(finding.evidence.map { $0.outsideCell ?? -1 } == [2, 1, 1])
        #expect(report.organization.membersAtWorkplaces == Share(11, of: 14))
        #expect(report.organization.membersInWorkplaceCells == Share(7, of: 14))
    }

    @Test("cells with no contact logged in N days")
    func staleCells() throws {
        // Last contacts to 2026-11-24: st-cell 4 days (its member s-m1 met a-c1 at big-a's gate), b-cell 14,
        // c-cell 84 (2026-09-01), e-cell none (its only entry is dated 2026-12-01, after today).
        let finding = try #require(try MetricsFixture.report(staleDays: 30).diagnosis.finding(.staleCells))
        #expect(finding.figure("stale-days")?.value == 30)
        #expect(finding.figure("stale-cells").map { [$0.value, $0.of] } == [2, 4])
        #expect(finding.figure("cells-never-contacted")?.value == 1)
        #expect(finding.evidence.map(\.id) == ["e-cell", "c-cell"])
        #expect(finding.evidence.map(\.daysSinceLastContact) == [nil, 84])

        let wide = try #require(try MetricsFixture.report(staleDays: 84).diagnosis.finding(.staleCells))
        #expect(wide.evidence.map(\.id) == ["e-cell"])
        let narrow = try #require(try MetricsFixture.report(staleDays: 10).diagnosis.finding(.staleCells))
        #expect(narrow.evidence.map(\.id) == ["e-cell", "c-cell", "b-cell"])
    }

    @Test("cells without a committee")
    func cellsWithoutCommittee() throws {
        let finding = try #require(try MetricsFixture.report().diagnosis.finding(.cellsWithoutCommittee))
        // Cells of three or more: b-cell, c-cell, st-cell; only c-cell has no committee. e-cell (1) is forming.
        #expect(finding.figure("cells-without-committee").map { [$0.value, $0.of] } == [1, 3])
        #expect(finding.evidence.map(\.id) == ["c-cell"])
        #expect(finding.evidence.first?.members == 3)
        #expect(finding.evidence.first?.headcount == 40)
    }

    @Test("workplaces with members but no cell")
    func workplacesWithMembersWithoutCell() throws {
        let finding = try #require(try MetricsFixture.report().diagnosis.finding(.workplacesWithMembersWithoutCell))
        // small-d: 2 members, big-a: 1 member; small-e has a forming cell and is not listed.
        #expect(finding.figure("workplaces")?.value == 2)
        #expect(finding.figure("members")?.value == 3)
        #expect(finding.figure("ready")?.value == 0)
        #expect(finding.evidence.map(\.id) == ["small-d", "big-a"])
        #expect(finding.evidence.map(\.note) == ["attach to the nearest cell", "attach to the nearest cell"])
    }

    @Test("the report's cell signs are the cell rules' findings: one rule computes, check and the report present")
    func signsAreTheCellRules() throws {
        let graph = try MetricsFixture.graph()
        let rules = graph.cellRuleFindings()
        let report = try MetricsFixture.report()
        let committee = try #require(report.diagnosis.finding(.cellsWithoutCommittee))
        #expect(Set(committee.evidence.map(\.id)) == Set(rules.filter { $0.rule == .noCommittee }.compactMap(\.cell?.rawValue)))
        let bare = try #require(report.diagnosis.finding(.workplacesWithMembersWithoutCell))
        #expect(Set(bare.evidence.map(\.id)) == Set(rules.filter { [.membersWithoutCell, .unattachedMembers].contains($0.rule) }
            .compactMap(\.workplace?.rawValue)))
    }

    @Test("one or two members attached to a neighbouring workplace's cell are organized, not a sign")
    func attachedMembersAreNoSign() throws {
        var graph = try MetricsFixture.graph()
        // small-d's two members join big-b's cell, as res. 14 asks of one or two members without a cell of their own.
        let cell = try #require(graph.cells(at: "big-b").first)
        let members = graph.people.filter { $0.isMember && $0.workplace == "small-d" }.map(\.id)
        #expect(members.count == 2)
        var joined = cell
        joined.members += members
        graph.upsert(joined)
        let report = PenetrationReport(graph: graph, options: .init(today: MetricsFixture.today))
        let bare = try #require(report.diagnosis.finding(.workplacesWithMembersWithoutCell))
        #expect(bare.evidence.map(\.id) == ["big-a"])
        #expect(!graph.cellRuleFindings().contains { $0.rule == .unattachedMembers && $0.workplace == "small-d" })
    }

    @Test("a healthy graph has no findings")
    func healthy() throws {
        let graph = try GraphFileFixtures.healthy()
        let report = PenetrationReport(graph: graph, options: .init(today: MetricsFixture.today))
        #expect(report.diagnosis.findings.isEmpty)
        #expect(report.rows.first?.cellStatus == .cellWithCommittee)
    }

    @Test("findings come in the order of their kinds")
    func order() throws {
        let kinds = try MetricsFixture.report().diagnosis.findings.map(\.kind)
        #expect(kinds == DiagnosisFinding.Kind.allCases)
    }
}
