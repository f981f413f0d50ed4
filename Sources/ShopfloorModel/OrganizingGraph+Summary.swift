/// Counts that describe what a graph holds.
public struct GraphSummary: Hashable, Sendable, Codable {
    public var workplaces: Int
    public var shops: Int
    public var shifts: Int
    public var places: Int
    public var people: Int
    /// People by affiliation word, zero counts included.
    public var peopleByAffiliation: [String: Int]
    /// People by assessment "0"…"5", zero counts included.
    public var peopleByAssessment: [String: Int]
    /// Management-side people (manager, HR, security).
    public var management: Int
    public var workplaceCells: Int
    public var streetCells: Int
    public var ties: Int
    public var contacts: Int
    /// The sum of workplace headcounts.
    public var headcount: Int
}

extension OrganizingGraph {
    /// Counts of everything in the graph.
    public func summary() -> GraphSummary {
        var byAffiliation = Dictionary(uniqueKeysWithValues: Affiliation.allCases.map { ($0.rawValue, 0) })
        var byAssessment = Dictionary(uniqueKeysWithValues: Assessment.range.map { (String($0), 0) })
        var management = 0
        for person in people {
            byAffiliation[person.affiliation.rawValue, default: 0] += 1
            byAssessment[String(person.assessment.rawValue), default: 0] += 1
            if person.role.isManagementSide { management += 1 }
        }
        return GraphSummary(
            workplaces: workplaces.count,
            shops: workplaces.reduce(0) { $0 + $1.shops.count },
            shifts: workplaces.reduce(0) { $0 + $1.shifts.count },
            places: places.count,
            people: people.count,
            peopleByAffiliation: byAffiliation,
            peopleByAssessment: byAssessment,
            management: management,
            workplaceCells: cells.filter { $0.kind == .workplace }.count,
            streetCells: cells.filter { $0.kind == .street }.count,
            ties: ties.count,
            contacts: contacts.count,
            headcount: workplaces.reduce(0) { $0 + $1.headcount })
    }
}
