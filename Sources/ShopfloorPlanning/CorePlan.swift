import ShopfloorModel
import ShopfloorText

/// A contact proposed by `core` or `expand`: whom to approach, the route there and how good a choice it is.
public struct PlanContact: Hashable, Sendable, Codable {
    /// A known person, or an unknown worker of a segment (met at the gate or through a workmate).
    public var target: PlanEndpoint
    /// Whether the target is a person or a segment (written as `targetKind`).
    public var targetKind: TargetKind { target.kind }
    /// The segment the contact works in, if known.
    public var segment: SegmentID?
    /// The seed's approach stage of the target (``ApproachStage``): 1 first.
    public var stage: Int
    public var cost: Double
    /// The route's risk, the exposure of the people it reaches included.
    public var risk: Double
    /// The target's influence among the workers of the workplace, as a share of the largest there (0…1;
    /// ``WorkplaceInfluence``); nil for the unknown workers of a segment.
    public var influence: Double?
    /// How many coworkers the target is tied to; nil for the unknown workers of a segment.
    public var coworkerTies: Int?
    /// Cost + approach penalty (seed's order, assessment) + risk × riskWeight
    /// + influenceWeight × (1 − influence): lower is better.
    public var score: Double
    /// Headcount this contact adds to the coverage (`core`; in `expand` 0).
    public var gain: Int
    public var steps: [PlanStep]
    /// People on the route tied to a suspected informer or to management, the target last (absent when none).
    public var exposed: [ExposedPerson]?
    /// Why this contact, in one line: what it covers, how tied-in the target is, how far, who is listening.
    public var reason: String?

    public init(target: PlanEndpoint, segment: SegmentID?, stage: Int = ApproachStage.unknownWorkers, cost: Double,
        risk: Double, influence: Double? = nil, coworkerTies: Int? = nil, score: Double, gain: Int, steps: [PlanStep],
        exposed: [ExposedPerson]? = nil, reason: String? = nil)
    {
        self.target = target
        self.segment = segment
        self.stage = stage
        self.cost = cost
        self.risk = risk
        self.influence = influence
        self.coworkerTies = coworkerTies
        self.score = score
        self.gain = gain
        self.steps = steps
        self.exposed = exposed
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case target, targetKind, segment, stage, cost, risk, influence, coworkerTies, score, gain, steps, exposed, reason
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(PlanEndpoint.self, forKey: .target)
        try PlanPath.check(c.decodeIfPresent(TargetKind.self, forKey: .targetKind), against: target, in: c)
        segment = try c.decodeIfPresent(SegmentID.self, forKey: .segment)
        stage = try c.decodeIfPresent(Int.self, forKey: .stage) ?? ApproachStage.unknownWorkers
        cost = try c.decode(Double.self, forKey: .cost)
        risk = try c.decode(Double.self, forKey: .risk)
        influence = try c.decodeIfPresent(Double.self, forKey: .influence)
        coworkerTies = try c.decodeIfPresent(Int.self, forKey: .coworkerTies)
        score = try c.decode(Double.self, forKey: .score)
        gain = try c.decode(Int.self, forKey: .gain)
        steps = try c.decode([PlanStep].self, forKey: .steps)
        exposed = try c.decodeIfPresent([ExposedPerson].self, forKey: .exposed)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(targetKind, forKey: .targetKind)
        try c.encodeIfPresent(segment, forKey: .segment)
        try c.encode(stage, forKey: .stage)
        try c.encode(cost, forKey: .cost)
        try c.encode(risk, forKey: .risk)
        try c.encodeIfPresent(influence, forKey: .influence)
        try c.encodeIfPresent(coworkerTies, forKey: .coworkerTies)
        try c.encode(score, forKey: .score)
        try c.encode(gain, forKey: .gain)
        try c.encode(steps, forKey: .steps)
        try c.encodeIfPresent(exposed, forKey: .exposed)
        try c.encodeIfPresent(reason, forKey: .reason)
    }

    /// The contact as a path to its target (no alternatives), as a map draws it.
    public var path: PlanPath {
        PlanPath(target: target, stage: stage, cost: cost, risk: risk, steps: steps, exposed: exposed)
    }
}

/// A segment with its headcount.
public struct SegmentCount: Hashable, Sendable, Codable {
    public var segment: SegmentID
    public var headcount: Int
}

/// The answer of `plan core`: three to five first contacts that together cover the most shop × shift
/// headcount, preferring cheap, safe, high-priority approaches [circular 1930].
public struct CorePlan: Hashable, Sendable, Codable {
    /// Always `"core"`.
    public var kind = "core"
    public var into: Workplace.ID
    public var from: PlanGroup
    /// `"exact"` (every subset weighed) or `"greedy"` (greedy with local improvement).
    public var method: String
    /// How many reachable candidates were weighed.
    public var candidates: Int
    /// The contacts in the seed's approach order (stage 1 first), then largest gain first.
    public var contacts: [PlanContact]
    /// Headcount of the segments the contacts work in.
    public var coveredHeadcount: Int
    /// Headcount of all the workplace's segments.
    public var totalHeadcount: Int
    /// Segments no contact covers, largest first.
    public var uncovered: [SegmentCount]
    public var avoided: [AvoidedPerson]
}

extension ReachSearch {
    /// Every reached target as a contact with its route and score, by target vertex.
    ///
    /// score = cost + approach penalty + risk × riskWeight + influenceWeight × (1 − influence share), rounded to
    /// 3 decimals (the unknown workers of a segment have share 0).
    func contacts(_ tree: SearchTree, influence: WorkplaceInfluence) -> [Int32: PlanContact] {
        var result: [Int32: PlanContact] = [:]
        let costs = index.costs
        for t in targets {
            guard let raw = tree.path(to: t) else { continue }
            let route = index.route(raw)
            let penalty: Double
            let segment: SegmentID?
            var share: Double?
            var ties: Int?
            if index.isPerson(t) {
                let person = index.person(t)
                penalty = costs.approachPenalty(person)
                segment = index.ownSegment[Int(t)] >= 0 ? index.segment(index.ownSegment[Int(t)]).id : nil
                share = influence.share(Int(t))
                ties = influence.coworkerTies(Int(t))
            } else {
                penalty = costs.unknownWorkerPenalty
                segment = index.segment(t).id
            }
            let score = (route.cost + penalty + route.risk * costs.riskWeight
                + costs.influenceWeight * (1 - (share ?? 0))).rounded(to: 3)
            result[t] = PlanContact(target: index.endpoint(t), segment: segment, stage: stage(t), cost: route.cost,
                risk: route.risk, influence: share, coworkerTies: ties, score: score, gain: 0, steps: route.steps,
                exposed: route.exposed)
        }
        return result
    }
}

extension Planning {
    /// Picks three to five first contacts in a workplace with no cell, covering the most shop × shift
    /// headcount from the cheapest, safest, highest-priority approaches; each shows what it adds.
    ///
    /// Without a group, the street cells that target the workplace (lowest id first) are used.
    /// - Throws: ``PlanningError`` for unknown ids, no group, a workplace with a cell, nothing reachable.
    /// - Complexity: one multi-source search, then ``CoreSelection/select(_:weights:size:exactLimit:)``.
    public static func core(
        _ graph: OrganizingGraph, into workplaceID: Workplace.ID, from group: PlanningGroup? = nil,
        size: ClosedRange<Int> = 3...5, allowDanger: Bool = false, costs: CostTable = .standard
    ) throws(PlanningError) -> CorePlan {
        // The workplace's influence needs only the graph: measured on another core while the index is built.
        let measure = { @Sendable in WorkplaceInfluence(graph: graph, workplaces: [workplaceID]) }
        let influence = BackgroundJob(measure)
        return try core(PlanningIndex(graph: graph, costs: costs), into: workplaceID, from: group, size: size,
            allowDanger: allowDanger) { influence.wait() ?? measure() }
    }

    /// ``core(_:into:from:size:allowDanger:costs:)`` over an index built once (for repeated plans and benchmarks).
    public static func core(
        _ index: PlanningIndex, into workplaceID: Workplace.ID, from group: PlanningGroup? = nil,
        size: ClosedRange<Int> = 3...5, allowDanger: Bool = false
    ) throws(PlanningError) -> CorePlan {
        try core(index, into: workplaceID, from: group, size: size, allowDanger: allowDanger) {
            WorkplaceInfluence(graph: index.graph, workplaces: [workplaceID])
        }
    }

    /// ``core(_:into:from:size:allowDanger:)`` with the target workplace's influence given by `influence`
    /// (called once, after the search).
    static func core(
        _ index: PlanningIndex, into workplaceID: Workplace.ID, from group: PlanningGroup?,
        size: ClosedRange<Int>, allowDanger: Bool, influence: () -> WorkplaceInfluence
    ) throws(PlanningError) -> CorePlan {
        let graph = index.graph
        let workplace = try graph.requireWorkplace(workplaceID)
        if let cell = graph.cells(at: workplaceID).sorted(by: { $0.id < $1.id }).first {
            throw .workplaceHasCell(workplace: workplaceID.rawValue, cell: cell.id.rawValue)
        }
        guard size.lowerBound >= 1, size.upperBound <= 12 else { throw .sizeOutOfRange(size) }
        let chosenGroup: PlanningGroup
        if let group { chosenGroup = group } else {
            guard let cell = graph.streetCells(targeting: workplaceID).first else { throw .noGroup(workplace: workplaceID.rawValue) }
            chosenGroup = .cell(cell.id)
        }
        let resolved = try chosenGroup.resolve(in: graph)
        let search = ReachSearch(index: index, members: resolved.people, workplace: workplace,
            options: ReachOptions(allowDanger: allowDanger))
        let tree = index.search(from: search.members, placeSeeds: search.seeds, targets: search.targets,
            blocked: search.blocked)
        let contacts = search.contacts(tree, influence: influence()).sorted { $0.key < $1.key }
            .map(\.value)
        let segments = graph.segments(of: workplaceID)
        if contacts.isEmpty {
            if search.reachesOnlyThroughDanger() {
                let uncovered = segments.map { SegmentCount(segment: $0.id, headcount: $0.headcount) }
                    .sorted { ($0.headcount, $1.segment) > ($1.headcount, $0.segment) }
                throw .onlyDangerousRoutes(workplace: workplaceID.rawValue, plan: .core(CorePlan(into: workplaceID,
                    from: resolved.planGroup, method: "exact", candidates: 0, contacts: [], coveredHeadcount: 0,
                    totalHeadcount: segments.reduce(0) { $0 + $1.headcount }, uncovered: uncovered,
                    avoided: search.avoided(tree))))
            }
            throw .noPath(workplace: workplaceID.rawValue, reason: Text.string("core.noWay"))
        }
        var weights: [SegmentID: Int] = [:]
        for s in segments { weights[s.id] = s.headcount }
        let candidates = contacts.map {
            CoreCandidate(id: $0.target.description, segment: $0.segment, score: $0.score, stage: $0.stage)
        }
        let result = CoreSelection.select(candidates, weights: weights, size: size)
        var chosen: [PlanContact] = []
        var covered = Set<SegmentID>()
        for (i, gain) in zip(result.chosen, result.gains) {
            var contact = contacts[i]
            contact.gain = gain
            contact.reason = contact.because(covering: gain > 0 ? gain : nil, fromCell: resolved.planGroup.cell != nil)
            chosen.append(contact)
            if let s = contact.segment { covered.insert(s) }
        }
        let uncovered = segments.filter { !covered.contains($0.id) }
            .map { SegmentCount(segment: $0.id, headcount: $0.headcount) }
            .sorted { ($0.headcount, $1.segment) > ($1.headcount, $0.segment) }
        return CorePlan(into: workplaceID,
            from: resolved.planGroup,
            method: result.exact ? "exact" : "greedy", candidates: contacts.count, contacts: chosen,
            coveredHeadcount: result.covered, totalHeadcount: segments.reduce(0) { $0 + $1.headcount },
            uncovered: uncovered, avoided: search.avoided(tree))
    }
}
