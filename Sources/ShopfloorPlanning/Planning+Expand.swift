import ShopfloorModel
import ShopfloorText

/// An uncovered segment of a cell's workplace with the best next contacts into it.
public struct ExpansionTarget: Hashable, Sendable, Codable {
    public var segment: SegmentID
    public var headcount: Int
    /// The best contacts in the seed's approach order (stage 1 first), then lowest score first (known workers of
    /// the segment, or its unknown workers).
    public var contacts: [PlanContact]
    /// Why there is no contact, when there is none.
    public var reason: String?
}

/// The answer of `plan expand`: the segments of a cell's workplace with no member yet, largest first, and
/// whom the cell's members should approach next in each [circular 1930].
public struct ExpandPlan: Hashable, Sendable, Codable {
    /// Always `"expand"`.
    public var kind = "expand"
    public var cell: Cell.ID
    public var into: Workplace.ID
    public var from: PlanGroup
    /// Segments that have a cell member, largest first.
    public var covered: [SegmentCount]
    public var uncovered: [ExpansionTarget]
    public var avoided: [AvoidedPerson]
}

extension Planning {
    /// Lists a workplace cell's uncovered shop × shift segments by headcount, each with its best next
    /// contacts reachable from the cell's members.
    /// - Throws: ``PlanningError`` for an unknown cell, a street cell, an empty cell.
    /// - Complexity: one multi-source search over the index.
    public static func expand(
        _ graph: OrganizingGraph, cell cellID: Cell.ID, contactsPerSegment: Int = 3, allowDanger: Bool = false,
        costs: CostTable = .standard
    ) throws(PlanningError) -> ExpandPlan {
        guard let cell = graph.cell(cellID) else {
            throw .unknown("cell", cellID.rawValue, among: graph.cells.map(\.id.rawValue))
        }
        guard cell.kind == .workplace, let workplaceID = cell.workplace else {
            throw .wrongCellKind(cell: cellID.rawValue, expected: "workplace",
                hint: Text.string("expand.streetCellHint"))
        }
        let workplace = try graph.requireWorkplace(workplaceID)
        let resolved = try PlanningGroup.cell(cellID).resolve(in: graph)
        let index = PlanningIndex(graph: graph, costs: costs)
        var search = ReachSearch(index: index, members: resolved.people, workplace: workplace,
            options: ReachOptions(allowDanger: allowDanger))
        let segments = graph.segments(of: workplaceID)
        var coveredIDs = Set<SegmentID>()
        for id in resolved.people {
            if let p = graph.person(id), p.workplace == workplaceID, let shop = p.shop, let shift = p.shift {
                coveredIDs.insert(SegmentID(shop: shop, shift: shift))
            }
        }
        let uncoveredSegments = segments.filter { !coveredIDs.contains($0.id) }
        let wanted = Set(uncoveredSegments.map(\.id))
        search.restrictTargets { index.isSegment($0) ? wanted.contains(index.segment($0).id)
            : index.ownSegment[Int($0)] >= 0 && wanted.contains(index.segment(index.ownSegment[Int($0)]).id) }
        let tree = index.search(from: search.members, placeSeeds: search.seeds, targets: search.targets,
            blocked: search.blocked)
        let contacts = search.contacts(tree, influence: WorkplaceInfluence(graph: graph, workplaces: [workplaceID])).values
        var bySegment: [SegmentID: [PlanContact]] = [:]
        for c in contacts { if let s = c.segment { bySegment[s, default: []].append(c) } }
        let byHeadcount: (SegmentCount, SegmentCount) -> Bool = { ($0.headcount, $1.segment) > ($1.headcount, $0.segment) }
        let uncovered = uncoveredSegments.map { s -> ExpansionTarget in
            let list = (bySegment[s.id] ?? []).sorted { ($0.stage, $0.score, $0.target) < ($1.stage, $1.score, $1.target) }
            let best = list.prefix(max(1, contactsPerSegment)).map { contact in
                var contact = contact
                contact.reason = contact.because(covering: s.headcount, fromCell: true)
                return contact
            }
            return ExpansionTarget(segment: s.id, headcount: s.headcount, contacts: best,
                reason: list.isEmpty ? Text.string("expand.noWorkerNoGate", ["shift": "\(s.id.shift)"]) : nil)
        }.sorted { byHeadcount(SegmentCount(segment: $0.segment, headcount: $0.headcount),
            SegmentCount(segment: $1.segment, headcount: $1.headcount)) }
        let covered = segments.filter { coveredIDs.contains($0.id) }
            .map { SegmentCount(segment: $0.id, headcount: $0.headcount) }.sorted(by: byHeadcount)
        return ExpandPlan(cell: cellID, into: workplaceID,
            from: resolved.planGroup,
            covered: covered, uncovered: uncovered, avoided: search.avoided(tree))
    }
}

extension ReachSearch {
    /// Keeps only the targets that satisfy `keep`.
    mutating func restrictTargets(_ keep: (Int32) -> Bool) {
        targets = targets.filter(keep)
    }
}
