import ShopfloorModel

/// The group a plan starts from, as written in plan JSON: `{"cell": C?, "people": [ids], "dropped": [...]?}`.
public struct PlanGroup: Hashable, Sendable, Codable {
    /// The cell the group was given as, if any.
    public var cell: String?
    /// The people of the group who may be given a task, sorted by id.
    public var people: [String]
    /// Suspected informers and management people of the group, dropped from it and never given a task, by
    /// id; nil (absent in JSON) when nobody was dropped.
    public var dropped: [AvoidedPerson]?

    public init(cell: String? = nil, people: [String], dropped: [AvoidedPerson]? = nil) {
        self.cell = cell
        self.people = people
        self.dropped = dropped
    }
}

/// One step of a path: `from` approaches `to` through a channel, maybe at a place, maybe in a time window.
public struct PlanStep: Hashable, Sendable, Codable {
    /// A person id (never a name).
    public var from: String
    /// A person id, or `SHOP@SHIFT` for an unknown worker of a segment.
    public var to: String
    public var channel: PlanChannel
    /// The pub, stop, gate or neighbourhood where the step happens.
    public var place: String?
    /// When: the gate window or the shift, in plain words.
    public var window: String?

    public init(from: String, to: String, channel: PlanChannel, place: String? = nil, window: String? = nil) {
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

    public init(cost: Double, risk: Double, steps: [PlanStep]) {
        self.cost = cost
        self.risk = risk
        self.steps = steps
    }
}

/// Whether a target is a known person or a segment of unknown workers.
public enum TargetKind: String, Hashable, Sendable, Codable {
    case person, segment
}

/// The cheapest path to one target, with alternatives that avoid its intermediaries.
public struct PlanPath: Hashable, Sendable, Codable {
    /// A person id or `SHOP@SHIFT`.
    public var target: String
    public var targetKind: TargetKind
    public var cost: Double
    public var risk: Double
    public var steps: [PlanStep]
    public var alternatives: [PlanRoute]

    public init(
        target: String, targetKind: TargetKind, cost: Double, risk: Double, steps: [PlanStep],
        alternatives: [PlanRoute] = []
    ) {
        self.target = target
        self.targetKind = targetKind
        self.cost = cost
        self.risk = risk
        self.steps = steps
        self.alternatives = alternatives
    }
}

/// A target no path reaches, and why.
public struct UnreachableTarget: Hashable, Sendable, Codable {
    public var target: String
    public var reason: String

    public init(target: String, reason: String) {
        self.target = target
        self.reason = reason
    }
}

/// A person the plan kept away from, and why.
public struct AvoidedPerson: Hashable, Sendable, Codable {
    public var person: String
    public var reason: String

    public init(person: String, reason: String) {
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
    /// The workplace id.
    public var into: String
    public var from: PlanGroup
    /// Reached targets, cheapest first (ties by target id).
    public var paths: [PlanPath]
    /// Targets with no path, by id.
    public var unreachable: [UnreachableTarget]
    /// Dangerous people left out, by id.
    public var avoided: [AvoidedPerson]

    public init(
        into: String, from: PlanGroup, paths: [PlanPath], unreachable: [UnreachableTarget] = [],
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
