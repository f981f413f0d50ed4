import ShopfloorModel
import ShopfloorText

/// Any planner's answer, as one value: what `plan … --json` writes and `map plant --plan` reads back.
///
/// No mirror of the planners' types: each case holds the planner's own result, and its JSON is that result's
/// JSON, told apart by its `kind`.
public enum Plan: Hashable, Sendable, Codable {
    case reach(ReachPlan)
    case core(CorePlan)
    case expand(ExpandPlan)
    case gates(GatePlan)
    case attach(AttachPlan)

    /// `reach`, `core`, `expand`, `gates` or `attach`, as written in the plan's `kind`.
    public var kind: String {
        switch self {
        case .reach(let p): p.kind
        case .core(let p): p.kind
        case .expand(let p): p.kind
        case .gates(let p): p.kind
        case .attach(let p): p.kind
        }
    }

    /// Every `kind` a plan can have.
    public static let kinds = ["reach", "core", "expand", "gates", "attach"]

    /// The workplace the plan is for (none for `attach`).
    public var into: Workplace.ID? {
        switch self {
        case .reach(let p): p.into
        case .core(let p): p.into
        case .expand(let p): p.into
        case .gates(let p): p.into
        case .attach: nil
        }
    }

    /// The group the plan starts from, if any.
    public var group: PlanGroup? {
        switch self {
        case .reach(let p): p.from
        case .core(let p): p.from
        case .expand(let p): p.from
        case .gates(let p): p.from
        case .attach: nil
        }
    }

    /// The routes the plan proposes, in its own order: every reach path with its alternatives, the core
    /// contacts largest gain first, each expand segment's contacts; none for gates and attach.
    public var paths: [PlanPath] {
        switch self {
        case .reach(let p): p.paths
        case .core(let p): p.contacts.map(\.path)
        case .expand(let p): p.uncovered.flatMap { $0.contacts.map(\.path) }
        case .gates, .attach: []
        }
    }

    /// The dangerous people the plan kept away from (none for gates and attach plans).
    public var avoided: [AvoidedPerson] {
        switch self {
        case .reach(let p): p.avoided
        case .core(let p): p.avoided
        case .expand(let p): p.avoided
        case .gates, .attach: []
        }
    }

    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: KindKey.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "reach": self = .reach(try ReachPlan(from: decoder))
        case "core": self = .core(try CorePlan(from: decoder))
        case "expand": self = .expand(try ExpandPlan(from: decoder))
        case "gates": self = .gates(try GatePlan(from: decoder))
        case "attach": self = .attach(try AttachPlan(from: decoder))
        default:
            let near = Suggestion.nearest(to: kind, in: Self.kinds).map { Suggestion.didYouMean($0) + " " } ?? ""
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c,
                debugDescription: Text.string("plan.notAKind", ["kind": "\(kind)", "near": "\(near)", "kinds": "\(Self.kinds.joined(separator: ", "))"]))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .reach(let p): try p.encode(to: encoder)
        case .core(let p): try p.encode(to: encoder)
        case .expand(let p): try p.encode(to: encoder)
        case .gates(let p): try p.encode(to: encoder)
        case .attach(let p): try p.encode(to: encoder)
        }
    }
}
