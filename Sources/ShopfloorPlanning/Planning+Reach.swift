import Collections
import ShopfloorModel
import ShopfloorText

extension Planning {
    /// Plans how a group reaches into a workplace: the cheapest safe path to each known worker and to each
    /// shop × shift segment (its unknown workers, met at their gate or through a known workmate).
    ///
    /// One multi-source search serves all targets; alternatives take one more search per target each.
    /// - Throws: ``PlanningError`` for unknown ids, an empty group, a workplace that already has a cell,
    ///   or when no target at all can be reached.
    /// - Complexity: O((V + E) log V) for the main search, plus that per alternative and target.
    public static func reach(
        _ graph: OrganizingGraph, from group: PlanningGroup, into workplace: Workplace.ID,
        options: ReachOptions = ReachOptions(), costs: CostTable = .standard
    ) throws(PlanningError) -> ReachPlan {
        try reach(PlanningIndex(graph: graph, costs: costs), from: group, into: workplace, options: options)
    }

    /// ``reach(_:from:into:options:costs:)`` over an index built once (for repeated plans and benchmarks).
    public static func reach(
        _ index: PlanningIndex, from group: PlanningGroup, into workplaceID: Workplace.ID,
        options: ReachOptions = ReachOptions()
    ) throws(PlanningError) -> ReachPlan {
        let graph = index.graph
        let workplace = try graph.requireWorkplace(workplaceID)
        if let cell = graph.cells(at: workplaceID).sorted(by: { $0.id < $1.id }).first {
            throw .workplaceHasCell(workplace: workplaceID.rawValue, cell: cell.id.rawValue)
        }
        if options.alternatives < 0 { throw .negativeAlternatives(options.alternatives) }
        if let m = options.maxSteps, m < 1 { throw .maxStepsBelowOne(m) }
        let resolved = try group.resolve(in: graph)
        let search = ReachSearch(index: index, members: resolved.people, workplace: workplace, options: options)
        let plan = search.run(group: resolved.planGroup)
        if plan.paths.isEmpty, !plan.unreachable.isEmpty {
            if search.reachesOnlyThroughDanger() { throw .onlyDangerousRoutes(workplace: workplaceID.rawValue, plan: .reach(plan)) }
            throw .noPath(workplace: workplaceID.rawValue,
                reason: Text.string("reach.noWayIn"))
        }
        return plan
    }
}

/// One reach computation: the group's vertices, the targets, the blocked set and the main search tree.
struct ReachSearch {
    let index: PlanningIndex
    let members: [Int32]
    let workplace: Workplace
    let options: ReachOptions
    let blocked: BitSet
    var targets: [Int32]
    let seeds: [(place: Int32, member: Int32)]

    init(index: PlanningIndex, members ids: [Person.ID], workplace: Workplace, options: ReachOptions) {
        self.index = index
        self.workplace = workplace
        self.options = options
        members = ids.compactMap { index.vertex(of: $0) }.sorted()
        blocked = options.allowDanger ? BitSet() : index.danger
        let memberSet = Set(members)
        var targets: [Int32] = []
        for person in index.graph.people(at: workplace.id) {
            guard let v = index.vertex(of: person.id), !memberSet.contains(v) else { continue }
            if !person.isDanger || options.allowDanger { targets.append(v) }
        }
        targets += index.graph.segments(of: workplace.id).compactMap { index.vertex(of: $0.id) }
        self.targets = targets.sorted()
        seeds = index.placeSeeds(members: members, workplace: workplace.id)
    }

    /// Runs the main search, the alternatives, and collects what could not be reached and who was avoided.
    func run(group: PlanGroup) -> ReachPlan {
        let tree = index.search(from: members, placeSeeds: seeds, targets: targets, blocked: blocked,
            maxSteps: options.maxSteps)
        var paths: [PlanPath] = []
        var unreachable: [UnreachableTarget] = []
        for t in targets {
            guard let raw = tree.path(to: t) else {
                unreachable.append(UnreachableTarget(target: index.endpoint(t), stage: stage(t), reason: reason(t)))
                continue
            }
            let route = index.route(raw)
            paths.append(PlanPath(target: index.endpoint(t), stage: stage(t), cost: route.cost, risk: route.risk,
                steps: route.steps, exposed: route.exposed, alternatives: alternatives(to: t, first: raw)))
        }
        paths.sort { ($0.stage, $0.cost, $0.target) < ($1.stage, $1.cost, $1.target) }
        return ReachPlan(into: workplace.id, from: group, paths: paths,
            unreachable: unreachable.sorted { ($0.stage, $0.target) < ($1.stage, $1.target) }, avoided: avoided(tree))
    }

    /// Up to K further routes to `target`, each avoiding the intermediary people and places of all earlier
    /// ones (a direct route, with none, takes its group member out of the search altogether instead).
    func alternatives(to target: Int32, first: RawPath) -> [PlanRoute] {
        var result: [PlanRoute] = []
        var banned = blocked
        var sources = members
        var previous = first
        for _ in 0..<options.alternatives {
            let middle = previous.intermediaries.filter { !index.isFloor($0) }
            if middle.isEmpty, let member = previous.vertices.first {
                sources.removeAll { $0 == member }
                banned.insert(Int(member))
            }
            for v in middle { banned.insert(Int(v)) }
            guard !sources.isEmpty else { break }
            let tree = index.search(from: sources, placeSeeds: seeds, targets: [target], blocked: banned,
                maxSteps: options.maxSteps)
            guard let raw = tree.path(to: target) else { break }
            result.append(index.route(raw))
            previous = raw
        }
        return result
    }

    /// Whether some target that no safe path reaches would be reached through suspected informers or
    /// management: one more search, with nobody blocked (made only when a plan reaches nothing).
    func reachesOnlyThroughDanger() -> Bool {
        guard !options.allowDanger, !blocked.isEmpty else { return false }
        let open = index.search(from: members, placeSeeds: seeds, targets: targets, blocked: BitSet(),
            maxSteps: options.maxSteps)
        return targets.contains { open.path(to: $0) != nil }
    }

    /// The seed's approach stage of a target vertex.
    func stage(_ t: Int32) -> Int { index.isPerson(t) ? ApproachStage.of(index.person(t)) : ApproachStage.unknownWorkers }

    /// Why a target has no path, in plain words.
    func reason(_ t: Int32) -> String {
        let limit = options.maxSteps.map { " " + Text.plural("reach.within", count: $0) } ?? ""
        if index.isSegment(t) {
            let segment = index.segment(t)
            if segment.gate == nil {
                return Text.string("reach.unreachable.noGate", ["shift": "\(segment.id.shift)", "limit": "\(limit)"])
            }
            return Text.string("reach.unreachable.segment", ["limit": "\(limit)"])
        }
        let person = index.person(t)
        if person.shift == nil || index.shift(of: t)?.gate == nil {
            return Text.string("reach.unreachable.person", ["limit": "\(limit)"])
        }
        return Text.string("reach.unreachable.danger", ["limit": "\(limit)"])
    }

    /// The dangerous people of the workplace and those the search touched, each with the reason.
    func avoided(_ tree: SearchTree) -> [AvoidedPerson] {
        guard !options.allowDanger else { return [] }
        var set = tree.avoided
        for person in index.graph.people(at: workplace.id) where person.isDanger {
            if let v = index.vertex(of: person.id) { set.insert(Int(v)) }
        }
        return set.map { AvoidedPerson(person: index.person(Int32($0)).id,
            reason: index.person(Int32($0)).dangerReason) }.sorted { $0.person < $1.person }
    }
}
