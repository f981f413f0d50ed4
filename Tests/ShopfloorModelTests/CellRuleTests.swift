import Testing

@testable import ShopfloorModel

/// A small world: plant `big` (a cell of three with a committee), `small` with one member, and people around.
private func world(cells extra: [Cell] = [], people more: [Person] = []) -> OrganizingGraph {
    let workplaces = [
        Workplace(id: "big", name: "Big", headcount: 900, shops: [Shop(id: "b-s", name: "S", headcount: 900)],
            shifts: [Shift(id: "b-a", name: "A", start: TimeOfDay(hour: 6, minute: 0)!, end: TimeOfDay(hour: 14, minute: 0)!)]),
        Workplace(id: "small", name: "Small", headcount: 30),
        Workplace(id: "none", name: "None", headcount: 50),
    ]
    var people = [
        Person(id: "m1", name: "", workplace: "big", affiliation: .member),
        Person(id: "m2", name: "", workplace: "big", affiliation: .member),
        Person(id: "m3", name: "", workplace: "big", affiliation: .member),
        Person(id: "s1", name: "", workplace: "small", affiliation: .member),
        Person(id: "st1", name: "", affiliation: .member),
        Person(id: "st2", name: "", affiliation: .member),
        Person(id: "st3", name: "", affiliation: .member),
    ]
    people += more
    let cells = [
        Cell(id: "big-cell", kind: .workplace, workplace: "big", members: ["m1", "m2", "m3"], committee: ["m1", "m2", "m3"]),
        Cell(id: "street", kind: .street, members: ["st1", "st2", "st3"], committee: ["st1", "st2", "st3"]),
    ] + extra
    return OrganizingGraph(workplaces: workplaces, people: people, cells: cells)
}

@Suite("Cell rules of the resolutions")
struct CellRuleTests {
    @Test func aHealthyWorldHasOnlyTheUnattachedMember() {
        let findings = world().cellRuleFindings()
        #expect(findings.map(\.rule) == [.unattachedMembers])
        #expect(findings.first?.workplace == "small")
        #expect(findings.first?.people == ["s1"])
    }

    @Test func attachingTheLoneMemberClearsTheFinding() {
        var graph = world()
        var cell = graph.cell("big-cell")!
        cell.members.append("s1")
        graph.upsert(cell)
        #expect(graph.cellRuleFindings().isEmpty)
    }

    @Test func cellUnderThreeMembers() {
        let findings = world(cells: [Cell(id: "tiny", kind: .street, members: ["x1", "x2"])],
            people: [Person(id: "x1", name: "", affiliation: .member), Person(id: "x2", name: "", affiliation: .member)])
            .cellRuleFindings()
        let tiny = findings.filter { $0.cell == "tiny" }
        #expect(tiny.map(\.rule) == [.cellTooSmall])
        #expect(tiny.first?.message == "cell 'tiny' has 2 members; a cell needs at least 3")
    }

    @Test(arguments: [(2, true), (3, false), (5, false), (6, true)])
    func committeeOfThreeToFive(size: Int, flagged: Bool) {
        let ids = (1...6).map { Person.ID("c\($0)") }
        let cell = Cell(id: "c", kind: .street, members: ids, committee: Array(ids.prefix(size)))
        let graph = world(cells: [cell], people: ids.map { Person(id: $0, name: "", affiliation: .member) })
        let rules = graph.cellRuleFindings().filter { $0.cell == "c" }.map(\.rule)
        #expect(rules.contains(.committeeSize) == flagged)
    }

    @Test func cellWithoutCommitteeIsANote() {
        let ids = (1...4).map { Person.ID("n\($0)") }
        let graph = world(cells: [Cell(id: "n", kind: .street, members: ids)],
            people: ids.map { Person(id: $0, name: "", affiliation: .member) })
        let finding = graph.cellRuleFindings().first { $0.cell == "n" }
        #expect(finding?.rule == .noCommittee)
        #expect(finding?.severity == .info)
    }

    @Test func memberAtAWorkplaceWithACellButNotInIt() {
        let graph = world(people: [Person(id: "m4", name: "", workplace: "big", affiliation: .member)])
        let finding = graph.cellRuleFindings().first { $0.rule == .memberOutsideCell }
        #expect(finding?.people == ["m4"])
        #expect(finding?.cell == "big-cell")
    }

    @Test func streetCellMemberWhoWorksWhereACellExists() {
        var graph = world(people: [Person(id: "m4", name: "", workplace: "big", affiliation: .member)])
        var street = graph.cell("street")!
        street.members.append("m4")
        graph.upsert(street)
        let rules = graph.cellRuleFindings().filter { $0.people == [Person.ID("m4")] }.map(\.rule)
        #expect(rules == [.memberOutsideCell, .streetMemberWithWorkplaceCell])
    }

    @Test func threeMembersWithoutACell() {
        let more = (1...3).map { Person(id: Person.ID("w\($0)"), name: "", workplace: "none", affiliation: .member) }
        let finding = world(people: more).cellRuleFindings().first { $0.workplace == "none" }
        #expect(finding?.rule == .membersWithoutCell)
    }

    @Test func readyToOrganizeCountsSupportiveContactsButNotDanger() {
        let contacts = [
            Person(id: "k1", name: "", workplace: "none", assessment: .leader),
            Person(id: "k2", name: "", workplace: "none", affiliation: .reformistUnion, assessment: .supportive),
            Person(id: "k3", name: "", workplace: "none", affiliation: .informer, assessment: .supportive),
        ]
        let day = Day(parsing: "2026-10-01")!
        var graph = world(people: contacts)
        for id: Person.ID in ["k1", "k2", "k3"] { graph.log(Contact(by: "st1", with: id, date: day, channel: .gate, outcome: .positive)) }
        #expect(!graph.cellRuleFindings().contains { $0.rule == .readyToOrganize })
        // A supportive worker who is not in contact does not count …
        graph.upsert(Person(id: "k4", name: "", workplace: "none", affiliation: .sympathizer, assessment: .supportive))
        #expect(!graph.cellRuleFindings().contains { $0.rule == .readyToOrganize })
        // … until a member has a tie to them; a refused contact does not count either.
        graph.log(Contact(by: "st1", with: "k4", date: day, channel: .pub, outcome: .negative))
        #expect(!graph.cellRuleFindings().contains { $0.rule == .readyToOrganize })
        graph.upsert(Tie("st2", "k4", kind: .neighbour))
        let finding = graph.cellRuleFindings().first { $0.rule == .readyToOrganize }
        #expect(finding?.people == ["k1", "k2", "k4"])
    }

    @Test func memberWorkingNowhereInNoCell() {
        let finding = world(people: [Person(id: "lone", name: "", affiliation: .member)]).cellRuleFindings()
            .first { $0.rule == .memberWithoutCell }
        #expect(finding?.people == ["lone"])
    }

    @Test func warningsComeBeforeNotes() {
        let ids = (1...4).map { Person.ID("n\($0)") }
        let graph = world(cells: [Cell(id: "n", kind: .street, members: ids)],
            people: ids.map { Person(id: $0, name: "", affiliation: .member) })
        let severities = graph.cellRuleFindings().map(\.severity)
        #expect(severities == severities.sorted())
    }
}
