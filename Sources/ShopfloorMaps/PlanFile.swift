import Foundation

/// The part of a plan (the planning commands' JSON) that maps draw: who reaches whom, by which channel,
/// where and when. Decoded on its own so the map layer reads the JSON contract, not the planners' types.
///
/// Reads `plan reach` output (`paths`) and `plan core` / `plan expand` output (`contacts`, same shape).
public struct PlanFile: Decodable, Sendable, Hashable {
    /// Where the plan starts: a cell and/or people.
    public struct Origin: Decodable, Sendable, Hashable {
        public var cell: String?
        public var people: [String]?

        public init(cell: String? = nil, people: [String]? = nil) {
            self.cell = cell
            self.people = people
        }
    }

    /// One contact path to a target person or `SHOP@SHIFT` segment.
    public struct Path: Decodable, Sendable, Hashable {
        public var target: String
        public var targetKind: String?
        public var cost: Double?
        public var risk: Double?
        public var steps: [Step]
        /// Further routes to the same target, each avoiding the earlier routes' intermediaries (drawn dashed).
        public var alternatives: [Route]?

        public init(target: String, targetKind: String? = nil, cost: Double? = nil, risk: Double? = nil,
            steps: [Step], alternatives: [Route]? = nil) {
            self.target = target
            self.targetKind = targetKind
            self.cost = cost
            self.risk = risk
            self.steps = steps
            self.alternatives = alternatives
        }
    }

    /// An alternative route: cost, risk and steps, without a target of its own.
    public struct Route: Decodable, Sendable, Hashable {
        public var cost: Double?
        public var risk: Double?
        public var steps: [Step]

        public init(cost: Double? = nil, risk: Double? = nil, steps: [Step]) {
            self.cost = cost
            self.risk = risk
            self.steps = steps
        }
    }

    /// One hop of a path.
    public struct Step: Decodable, Sendable, Hashable {
        public var from: String
        public var to: String
        /// tie, coworker, pub, home, gate or commute.
        public var channel: String
        public var place: String?
        public var window: String?

        public init(from: String, to: String, channel: String, place: String? = nil, window: String? = nil) {
            self.from = from
            self.to = to
            self.channel = channel
            self.place = place
            self.window = window
        }
    }

    /// `reach`, `core` or `expand`.
    public var kind: String?
    /// The workplace the plan reaches into.
    public var into: String
    public var from: Origin?
    /// The paths, in the plan's order (cheapest first for `reach`, largest gain first for `core`).
    public var paths: [Path]

    public init(kind: String? = nil, into: String, from: Origin? = nil, paths: [Path]) {
        self.kind = kind
        self.into = into
        self.from = from
        self.paths = paths
    }

    private enum CodingKeys: String, CodingKey { case kind, into, from, paths, contacts }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        into = try container.decode(String.self, forKey: .into)
        from = try container.decodeIfPresent(Origin.self, forKey: .from)
        if container.contains(.paths) {
            paths = try container.decode([Path].self, forKey: .paths)
        } else {
            paths = try container.decode([Path].self, forKey: .contacts)
        }
    }

    /// Decodes plan JSON; `path` is only used in messages.
    public static func decode(_ data: Data, path: String) throws(MapError) -> PlanFile {
        do {
            return try JSONDecoder().decode(PlanFile.self, from: data)
        } catch let error as DecodingError {
            throw .planUnreadable(path: path, reason: describe(error))
        } catch {
            throw .planUnreadable(path: path, reason: "not JSON")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
                .joined().trimmingPrefixDot()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return key.stringValue == "contacts" ? "it has neither 'paths' nor 'contacts'"
                : "\(at(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(at(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context): return "not valid JSON at \(at(context.codingPath))"
        @unknown default: return "not a plan"
        }
    }
}

extension String {
    fileprivate func trimmingPrefixDot() -> String { hasPrefix(".") ? String(dropFirst()) : self }
}
