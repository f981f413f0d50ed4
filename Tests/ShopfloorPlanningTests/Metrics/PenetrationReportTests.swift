import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import Testing

/// The rows, totals and order of the penetration report against the hand-counted ``MetricsFixture``.
@Suite("Penetration report")
struct PenetrationReportTests {
    @Test("rows put the largest uncovered plants first")
    func order() throws {
        let report = try MetricsFixture.report()
        // Uncovered headcount: big-a 1000, small-e 30 (forming), small-d 20, then covered big-b (600), small-c (40).
        #expect(report.rows.map(\.key) == ["big-a", "small-e", "small-d", "big-b", "small-c"])
        #expect(report.rows.map(\.uncoveredHeadcount) == [1000, 30, 20, 0, 0])
    }

    @Test("a workplace row, counted by hand")
    func workplaceRow() throws {
        let row = try #require(try MetricsFixture.report().rows.first { $0.key == "big-a" })
        #expect(row.headcount == 1000)
        #expect(row.mapped == 5)
        #expect(row.members == 1)
        #expect(row.sympathizers == 1)
        // a-s1 (2), a-c1 (1), a-c2 (3); the manager is not a contact.
        #expect(row.contacts.values == [0, 1, 1, 1, 0, 0])
        #expect(row.cellStatus == .forming)  // one member, no cell
        #expect(row.segmentsCovered == 1)
        #expect(row.segments == 4)
        #expect(row.membersPerTen == 0.01)
        #expect(row.oneInTenTarget == 100)
        #expect(!row.meetsOneInTen)
        #expect(row.union == nil)
        #expect(row.unions.none == 1)
        #expect(row.lastContact?.description == "2026-11-20")
        #expect(row.daysSinceLastContact == 4)
    }

    @Test("cell status of every workplace")
    func cellStatuses() throws {
        let report = try MetricsFixture.report()
        let status = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0.cellStatus) })
        // Members but no cell, or a cell below three, is forming; nothing at all would be none.
        #expect(status["big-a"] == .forming)
        #expect(status["big-b"] == .cellWithCommittee)
        #expect(status["small-c"] == .cell)
        #expect(status["small-d"] == .forming)
        #expect(status["small-e"] == .forming)
        let b = try #require(report.rows.first { $0.key == "big-b" })
        #expect(b.members == 4)
        #expect(b.segmentsCovered == 1 && b.segments == 1)
        #expect(b.union == "Metal-Is" && b.unions.democratic == 1)
        #expect(b.daysSinceLastContact == 14)
        // small-d: 2 members of 20 workers reach the one-in-ten target of 2; big-b's 4 of 600 do not reach 60.
        let d = try #require(report.rows.first { $0.key == "small-d" })
        #expect(d.oneInTenTarget == 2 && d.meetsOneInTen && d.membersPerTen == 1.0)
        #expect(!b.meetsOneInTen && b.oneInTenTarget == 60)
        // small-e's only contact is after today, so none counts.
        #expect(report.rows.first { $0.key == "small-e" }?.lastContact == nil)
    }

    @Test("totals add up every workplace")
    func totals() throws {
        let totals = try MetricsFixture.report().totals
        #expect(totals.key == "total")
        #expect(totals.workplaces.count == 5)
        #expect(totals.headcount == 1690)
        #expect(totals.mapped == 18)
        #expect(totals.members == 11)
        #expect(totals.sympathizers == 1)
        #expect(totals.contacts.values == [1, 1, 2, 1, 1, 0])
        #expect(totals.cellStatuses.none == 0 && totals.cellStatuses.forming == 3)
        #expect(totals.cellStatuses.cell == 1 && totals.cellStatuses.cellWithCommittee == 1)
        #expect(totals.cellStatuses.furthest == .cellWithCommittee && CellStatusCounts().furthest == .none)
        #expect(totals.segmentsCovered == 5 && totals.segments == 8)
        #expect(totals.membersPerTen == 0.07)  // 11 * 10 / 1690 = 0.065
        #expect(totals.oneInTenTarget == 169)
        #expect(totals.daysSinceLastContact == 4)
        #expect(totals.cellStatus == nil && totals.union == nil)
    }

    @Test("grouping by employer merges workplaces")
    func byEmployer() throws {
        let report = try MetricsFixture.report(by: .employer)
        #expect(report.rows.map(\.key) == ["Acme", "(no employer)", "Beta"])
        let acme = report.rows[0]
        #expect(acme.workplaces.map(\.rawValue) == ["big-a", "small-c"])
        #expect(acme.headcount == 1040 && acme.uncoveredHeadcount == 1000)
        #expect(acme.members == 4)
        #expect(acme.cellStatus == nil)
        #expect(acme.cellStatuses.cell == 1 && acme.cellStatuses.forming == 1)
        #expect(acme.cellStatuses.furthest == .cell)
        #expect(acme.unions.yellow == 1 && acme.unions.none == 1)
        #expect(acme.daysSinceLastContact == 4)
        #expect(report.totals.headcount == 1690)
    }

    @Test("grouping by sector and district", arguments: [
        (PenetrationReport.Grouping.sector, ["automotive", "retail", "steel"]),
        (PenetrationReport.Grouping.district, ["North", "(no district)", "South"]),
    ])
    func otherGroupings(grouping: PenetrationReport.Grouping, keys: [String]) throws {
        let report = try MetricsFixture.report(by: grouping)
        #expect(report.rows.map(\.key) == keys)
        #expect(report.rows.reduce(0) { $0 + $1.headcount } == report.totals.headcount)
    }

    @Test("none needs no members and no cell; a committee counts when it has three to five")
    func statusRules() throws {
        let graph = try GraphFile.parse(text: """
            workplaces:
              - {id: bare, name: Bare, headcount: 50}
              - {id: two-seat, name: Two seats, headcount: 50}
            people:
              - {id: w1, name: W, workplace: bare}
              - {id: m1, name: A, workplace: two-seat, affiliation: member}
              - {id: m2, name: B, workplace: two-seat, affiliation: member}
              - {id: m3, name: C, workplace: two-seat, affiliation: member}
              - {id: m4, name: D, workplace: two-seat, affiliation: member}
            cells:
              - {id: ts-cell, kind: workplace, workplace: two-seat, members: [m1, m2, m3, m4], committee: [m1, m2]}
            """, path: "status.yaml")
        let report = PenetrationReport(graph: graph, options: .init(today: MetricsFixture.today))
        let status = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0.cellStatus) })
        #expect(status["bare"] == CellStatus.none)
        #expect(status["two-seat"] == .cell)
        #expect(CellStatus(cellSize: 2, committee: 0) == .forming)
        #expect(CellStatus(cellSize: 5, committee: 5) == .cellWithCommittee)
        #expect(CellStatus(cellSize: 6, committee: 6) == .cell)
    }

    @Test("an empty graph gives an empty report")
    func empty() throws {
        let report = PenetrationReport(graph: try GraphFileFixtures.empty(), options: .init(today: MetricsFixture.today))
        #expect(report.rows.isEmpty)
        #expect(report.totals.headcount == 0 && report.totals.membersPerTen == 0)
        #expect(report.diagnosis.findings.isEmpty)
    }

    @Test("options clamp thresholds", arguments: [(0, -3, 1, 0), (750, 14, 750, 14)])
    func options(large: Int, stale: Int, wantLarge: Int, wantStale: Int) {
        let options = PenetrationReport.Options(today: MetricsFixture.today, largeThreshold: large, staleDays: stale)
        #expect(options.largeThreshold == wantLarge && options.staleDays == wantStale)
    }
}
