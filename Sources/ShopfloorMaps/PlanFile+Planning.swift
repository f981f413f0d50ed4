import ShopfloorPlanning

/// Plans computed in-process (`shopfloor map plant --from CELL`) in the shape the map draws.
extension PlanFile {
    /// A reach plan: every path, cheapest first, with its alternatives.
    public init(_ plan: ReachPlan) {
        self.init(kind: plan.kind, into: plan.into, from: Origin(plan.from),
            paths: plan.paths.map {
                Path(target: $0.target, targetKind: $0.targetKind.rawValue, cost: $0.cost, risk: $0.risk,
                    steps: $0.steps.map(Step.init),
                    alternatives: $0.alternatives.map { Route(cost: $0.cost, risk: $0.risk, steps: $0.steps.map(Step.init)) })
            })
    }

    /// A core plan: its three to five first contacts, largest gain first.
    public init(_ plan: CorePlan) {
        self.init(kind: plan.kind, into: plan.into, from: Origin(plan.from),
            paths: plan.contacts.map {
                Path(target: $0.target, targetKind: $0.targetKind.rawValue, cost: $0.cost, risk: $0.risk,
                    steps: $0.steps.map(Step.init))
            })
    }
}

extension PlanFile.Origin {
    init(_ group: PlanGroup) { self.init(cell: group.cell, people: group.people) }
}

extension PlanFile.Step {
    init(_ step: PlanStep) {
        self.init(from: step.from, to: step.to, channel: step.channel.rawValue, place: step.place, window: step.window)
    }
}
