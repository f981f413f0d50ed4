import Foundation
import ShopfloorModel
import ShopfloorPlanning
import Testing

/// The report adds up on a synthetic district of many workplaces (its speed at 200,000 people and more is
/// measured by `make bench`: the phase "report, every grouping").
@Suite("Metrics at scale")
struct MetricsScaleTests {
    /// `count` workplaces of 100 mapped people each (every tenth a member, a cell of three at every other
    /// workplace) and one contact per workplace.
    static func world(workplaces count: Int) -> OrganizingGraph {
        var workplaces: [Workplace] = [], people: [Person] = [], cells: [Cell] = [], contacts: [Contact] = []
        let day = Day(year: 2026, month: 11, day: 1) ?? Day(daysSinceEpoch: 0)
        for w in 0..<count {
            let wid = Workplace.ID("w\(w)")
            let shops = (0..<4).map { Shop(id: Shop.ID("w\(w)-s\($0)"), name: "shop") }
            let shifts = (0..<3).map {
                Shift(id: Shift.ID("w\(w)-f\($0)"), name: "shift", start: TimeOfDay(hour: $0 * 8, minute: 0) ?? .midnight,
                    end: TimeOfDay(hour: ($0 * 8 + 8) % 24, minute: 0) ?? .midnight)
            }
            workplaces.append(Workplace(id: wid, name: "W", sector: "s\(w % 7)", headcount: 100 + (w % 50) * 40,
                district: "d\(w % 13)", shops: shops, shifts: shifts))
            var members: [Person.ID] = []
            for p in 0..<100 {
                let id = Person.ID("w\(w)-p\(p)")
                let member = p % 10 == 0
                if member { members.append(id) }
                people.append(Person(id: id, name: "N", workplace: wid, shop: shops[p % 4].id, shift: shifts[p % 3].id,
                    affiliation: member ? .member : .nonParty, assessment: Assessment(rawValue: p % 6) ?? .unassessed))
            }
            if w % 2 == 0 {
                cells.append(Cell(id: Cell.ID("c\(w)"), kind: .workplace, workplace: wid, members: Array(members.prefix(3))))
            }
            contacts.append(Contact(by: members[0], with: Person.ID("w\(w)-p1"), date: day.adding(days: -(w % 90)),
                channel: .coworker))
        }
        return OrganizingGraph(name: "scale", workplaces: workplaces, people: people, cells: cells, contacts: contacts)
    }

    @Test("20,000 people at 200 workplaces: every grouping adds up to the same members and cells")
    func scale() {
        let graph = Self.world(workplaces: 200)
        let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)
        for grouping in PenetrationReport.Grouping.allCases {
            let report = PenetrationReport(graph: graph, options: .init(grouping: grouping, today: today))
            #expect(report.totals.mapped == 20_000, "\(grouping)")
            #expect(report.totals.members == 2_000, "\(grouping)")
            #expect(report.rows.reduce(0) { $0 + $1.members } == 2_000, "\(grouping)")
            #expect(report.organization.membersInWorkplaceCells.count == 300, "\(grouping)")
        }
    }
}
