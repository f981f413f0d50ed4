import ShopfloorModel
import ShopfloorText

/// The group a plan starts from, as written in plan JSON: `{"cell": C?, "people": [ids], "dropped": [...]?}`.
public struct PlanGroup: Hashable, Sendable, Codable {
    /// The cell the group was given as, if any.
    public var cell: Cell.ID?
    /// The people of the group who may be given a task, sorted by id.
    public var people: [Person.ID]
    /// Suspected informers and management people of the group, dropped from it and never given a task, by
    /// id; nil (absent in JSON) when nobody was dropped.
    public var dropped: [AvoidedPerson]?

    public init(cell: Cell.ID? = nil, people: [Person.ID], dropped: [AvoidedPerson]? = nil) {
        self.cell = cell
        self.people = people
        self.dropped = dropped
    }
}

/// One step of a path: `from` approaches `to` through a channel, maybe at a place, maybe in a time window.
public struct PlanStep: Hashable, Sendable, Codable {
    /// The person who makes the step.
    public var from: Person.ID
    /// The person approached, or the unknown workers of a segment.
    public var to: PlanEndpoint
    public var channel: PlanChannel
    /// The pub, stop, gate or neighbourhood where the step happens.
    public var place: Place.ID?
    /// When: the gate window or the shift, in plain words.
    public var window: String?

    public init(from: Person.ID, to: PlanEndpoint, channel: PlanChannel, place: Place.ID? = nil, window: String? = nil) {
        self.from = from
        self.to = to
        self.channel = channel
        self.place = place
        self.window = window
    }
}

/// A route: steps with their total cost and risk (an alternative of a ``PlanPath``).
public struct PlanRoute: Hashable, Sendable, Codable {
    public var cost: Double
    /// The chance (0…1) that the approach becomes known to the wrong people along the way.
    public var risk: Double
    public var steps: [PlanStep]
    /// The people the route reaches (intermediaries, then the target) who are tied to a suspected informer or
    /// to management, in route order; nil (absent in JSON) when there are none.
    public var exposed: [ExposedPerson]?

    public init(cost: Double, risk: Double, steps: [PlanStep], exposed: [ExposedPerson]? = nil) {
        self.cost = cost
        self.risk = risk
        self.steps = steps
        self.exposed = exposed
    }
}

/// The cheapest path to one target, with alternatives that avoid its intermediaries.
public struct PlanPath: Hashable, Sendable, Codable {
    /// A known person or a segment's unknown workers.
    public var target: PlanEndpoint
    /// Whether the target is a person or a segment (written as `targetKind`).
    public var targetKind: TargetKind { target.kind }
    /// The seed's approach stage of the target (``ApproachStage``): 1 first.
    public var stage: Int
    public var cost: Double
    public var risk: Double
    public var steps: [PlanStep]
    /// People on the route tied to a suspected informer or to management (see ``PlanRoute/exposed``).
    public var exposed: [ExposedPerson]?
    public var alternatives: [PlanRoute]

    public init(target: PlanEndpoint, stage: Int = ApproachStage.unknownWorkers, cost: Double, risk: Double,
        steps: [PlanStep], exposed: [ExposedPerson]? = nil, alternatives: [PlanRoute] = [])
    {
        self.target = target
        self.stage = stage
        self.cost = cost
        self.risk = risk
        self.steps = steps
        self.exposed = exposed
        self.alternatives = alternatives
    }

    private enum CodingKeys: String, CodingKey { case target, targetKind, stage, cost, risk, steps, exposed, alternatives }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(PlanEndpoint.self, forKey: .target)
        try Self.check(c.decodeIfPresent(TargetKind.self, forKey: .targetKind), against: target, in: c)
        stage = try c.decodeIfPresent(Int.self, forKey: .stage) ?? ApproachStage.unknownWorkers
        cost = try c.decode(Double.self, forKey: .cost)
        risk = try c.decode(Double.self, forKey: .risk)
        steps = try c.decode([PlanStep].self, forKey: .steps)
        exposed = try c.decodeIfPresent([ExposedPerson].self, forKey: .exposed)
        alternatives = try c.decodeIfPresent([PlanRoute].self, forKey: .alternatives) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(targetKind, forKey: .targetKind)
        try c.encode(stage, forKey: .stage)
        try c.encode(cost, forKey: .cost)
        try c.encode(risk, forKey: .risk)
        try c.encode(steps, forKey: .steps)
        try c.encodeIfPresent(exposed, forKey: .exposed)
        try c.encode(alternatives, forKey: .alternatives)
    }

    /// A written `targetKind` must say what the target is.
    static func check<K: CodingKey>(_ kind: TargetKind?, against target: PlanEndpoint, in c: KeyedDecodingContainer<K>)
        throws
    {
        guard let kind, kind != target.kind, let key = K(stringValue: "targetKind") else { return }
        throw DecodingError.dataCorruptedError(forKey: key, in: c,
            debugDescription: Text.string("store5.saysButTheTarget", ["kind": "\(kind.rawValue)", "target": "\(target)", "kind2": "\(target.kind.rawValue)"]))
    }
}

/// A target no path reaches, and why.
public struct UnreachableTarget: Hashable, Sendable, Codable {
    public var target: PlanEndpoint
    /// The seed's approach stage of the target (``ApproachStage``).
    public var stage: Int
    public var reason: String

    public init(target: PlanEndpoint, stage: Int = ApproachStage.unknownWorkers, reason: String) {
        self.target = target
        self.stage = stage
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case target, stage, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(PlanEndpoint.self, forKey: .target)
        stage = try c.decodeIfPresent(Int.self, forKey: .stage) ?? ApproachStage.unknownWorkers
        reason = try c.decode(String.self, forKey: .reason)
    }
}

/// A person the plan kept away from, and why.
public struct AvoidedPerson: Hashable, Sendable, Codable {
    public var person: Person.ID
    public var reason: String

    public init(person: Person.ID, reason: String) {
        self.person = person
        self.reason = reason
    }
}

/// The answer of `plan reach`: for each target in a workplace, the cheapest safe path from a group.
///
/// Its JSON form is a stable contract (see `Docs/plan-json.md`).
public struct ReachPlan: Hashable, Sendable, Codable {
    /// Always `"reach"`.
    public var kind = "reach"
    /// The workplace.
    public var into: Workplace.ID
    public var from: PlanGroup
    /// Reached targets in the seed's approach order (stage 1 first), then cheapest first, then by target id.
    public var paths: [PlanPath]
    /// Targets with no path, by approach stage, then by id.
    public var unreachable: [UnreachableTarget]
    /// Dangerous people left out, by id.
    public var avoided: [AvoidedPerson]

    public init(
        into: Workplace.ID, from: PlanGroup, paths: [PlanPath], unreachable: [UnreachableTarget] = [],
        avoided: [AvoidedPerson] = []
    ) {
        self.into = into
        self.from = from
        self.paths = paths
        self.unreachable = unreachable
        self.avoided = avoided
    }
}

/// Options of ``Planning/reach(_:from:into:options:)``.
public struct ReachOptions: Sendable {
    /// How many alternatives to find per target, each avoiding the intermediaries of the earlier ones.
    public var alternatives: Int
    /// The most steps a path may have, or nil for no limit.
    public var maxSteps: Int?
    /// Whether suspected informers and management may be on a path or a target (off by default).
    public var allowDanger: Bool

    public init(alternatives: Int = 0, maxSteps: Int? = nil, allowDanger: Bool = false) {
        self.alternatives = alternatives
        self.maxSteps = maxSteps
        self.allowDanger = allowDanger
    }
}

extension Double {
    /// Rounded to `places` decimals, so plans diff cleanly.
    func rounded(to places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
