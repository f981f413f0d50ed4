import ShopfloorModel
import Testing

/// The cell rules read the ties by position when a workspace gives them: the same findings as by id, for
/// random plants of members, supportive workers met or tied to a member, and ties to nobody.
struct CellRulePositionTests {
    /// A small random world: plants with 0–4 members, assessed workers, a street cell, ties and a contact log.
    static func world(seed: UInt64) -> (plain: OrganizingGraph, positioned: OrganizingGraph) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        let workplaces = (0..<4).map { Workplace(id: Workplace.ID("w\($0)"), name: "W\($0)", headcount: 40) }
        var people: [Person] = []
        for i in 0..<(20 + next(30)) {
            var p = Person(id: Person.ID("p\(i)"), name: "P\(i)", workplace: next(5) < 4 ? Workplace.ID("w\(next(4))") : nil)
            switch next(8) {
            case 0: p.affiliation = .member
            case 1: p.affiliation = .informer
            default: break
            }
            p.assessment = Assessment(rawValue: next(6)) ?? .unassessed
            people.append(p)
        }
        var ties: [Tie] = []
        for _ in 0..<(2 * people.count) {
            let a = people[next(people.count)].id
            let b: Person.ID = next(25) == 0 ? "nobody" : people[next(people.count)].id
            ties.append(Tie(a, b, kind: .friend, strength: 2))
        }
        let day = Day(year: 2026, month: 11, day: 1)!
        let contacts = (0..<5).map { k in
            Contact(by: people[k % people.count].id, with: people[next(people.count)].id, date: day,
                channel: .other, outcome: next(2) == 0 ? .positive : .negative)
        }
        let members = people.filter(\.isMember).map(\.id)
        let cells = [Cell(id: "street", kind: .street, targets: ["w0"], members: Array(members.prefix(2)))]
        let plain = OrganizingGraph(name: "rules \(seed)", workplaces: workplaces, people: people, cells: cells,
            ties: ties, contacts: contacts)
        let ends = ties.flatMap { [$0.a, $0.b] }.map { Int32(plain.index(of: $0) ?? -1) }
        return (plain, OrganizingGraph(name: plain.name, workplaces: workplaces, people: people, cells: cells, ties: ties,
            contacts: contacts, tieEnds: ends))
    }

    @Test(arguments: 0..<40) func positionsGiveTheFindingsOfIds(seed: Int) {
        let (plain, positioned) = Self.world(seed: UInt64(seed) + 1)
        #expect(positioned.tieEnds != nil)
        #expect(positioned.cellRuleFindings() == plain.cellRuleFindings(), "seed \(seed)")
    }

    /// The worlds do reach the rule that counts supportive workers in contact.
    @Test func someWorldIsReadyToOrganize() {
        let found = (0..<40).contains { seed in
            Self.world(seed: UInt64(seed) + 1).plain.cellRuleFindings().contains { $0.rule == .readyToOrganize }
        }
        #expect(found)
    }
}
