import Testing

@testable import ShopfloorModel

@Suite("A suspected informer or management person in a cell")
struct DangerInCellFindingTests {
    static func graph(members: [Person.ID], committee: [Person.ID] = []) -> OrganizingGraph {
        OrganizingGraph(
            workplaces: [Workplace(id: "w", name: "W", headcount: 10)],
            people: [
                Person(id: "a", name: "", affiliation: .member), Person(id: "b", name: "", affiliation: .member),
                Person(id: "c", name: "", affiliation: .member), Person(id: "spy", name: "", affiliation: .informer),
                Person(id: "hr", name: "", workplace: "w", role: .hr, affiliation: .member),
            ],
            cells: [Cell(id: "street", kind: .street, members: members, committee: committee)])
    }

    @Test func isCriticalAndComesFirst() throws {
        let findings = Self.graph(members: ["a", "b", "spy", "hr"]).cellRuleFindings()
        let first = try #require(findings.first)
        #expect(first.rule == .dangerInCell)
        #expect(first.severity == .critical)
        #expect(first.cell == "street")
        #expect(first.people == ["spy", "hr"])
        #expect(first.message.hasPrefix("a suspected informer or management person is a member of cell 'street'"))
        #expect(findings.dropFirst().allSatisfy { $0.severity != .critical })
        #expect(findings.map(\.severity) == findings.map(\.severity).sorted())
    }

    @Test func aCleanCellHasNone() {
        #expect(!Self.graph(members: ["a", "b", "c"]).cellRuleFindings().contains { $0.rule == .dangerInCell })
    }

    @Test func severitiesOrderCriticalWarningInfo() {
        #expect(Finding.Severity.critical < .warning)
        #expect(Finding.Severity.warning < .info)
        #expect(Finding.Severity.allCases.sorted() == [.critical, .warning, .info])
    }
}
