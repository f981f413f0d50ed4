/// A typed identifier: a word chosen by the user (`oto-body`, `p-0142`), tagged with the kind it names.
///
/// Two identifiers of different subjects never compare, so a `Person.ID` cannot be passed where a
/// `Workplace.ID` is expected. Identifiers order by their text, which keeps every output deterministic.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The identifier as the user wrote it.
    public let rawValue: String

    /// Wraps a word as an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
