import Foundation

/// The part of a reach plan (the planning commands' JSON) that maps draw: who reaches whom, by which
/// channel, where and when. Decoded on its own so maps do not depend on the planners' types.
public struct PlanFile: Decodable, Sendable, Hashable {
    /// Where the plan starts: a cell and/or people.
    public struct Origin: Decodable, Sendable, Hashable {
        public var cell: String?
        public var people: [String]?
    }

    /// One contact path to a target person or `SHOP@SHIFT` segment.
    public struct Path: Decodable, Sendable, Hashable {
        public var target: String
        public var targetKind: String?
        public var cost: Double?
        public var risk: Double?
        public var steps: [Step]
        public var alternatives: [Path]?
    }

    /// One hop of a path.
    public struct Step: Decodable, Sendable, Hashable {
        public var from: String
        public var to: String
        /// tie, coworker, pub, home, gate or commute.
        public var channel: String
        public var place: String?
        public var window: String?
    }

    public var kind: String?
    /// The workplace the plan reaches into.
    public var into: String
    public var from: Origin?
    public var paths: [Path]

    /// Reads a plan file.
    public static func load(path: String) throws(MapError) -> PlanFile {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .planUnreadable(path: path, reason: "no such file or not readable")
        }
        return try decode(data, path: path)
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
        case .keyNotFound(let key, let context): return "\(at(context.codingPath + [key])) is missing"
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
