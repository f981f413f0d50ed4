/// A typed identifier: a word chosen by the user (`oto-body`, `ayse-k`), tagged with the kind it names.
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

    /// Reads the identifier; a person id through the decoder's ``PersonNaming``, if it has one (an alias
    /// back to the person's id).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard Subject.self == Person.self, let naming = decoder.userInfo[.personNaming] as? any PersonNaming else {
            rawValue = text
            return
        }
        do { rawValue = try naming.person(written: text).rawValue } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the identifier; a person id as the encoder's ``PersonNaming`` writes it, if it has one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if Subject.self == Person.self, let naming = encoder.userInfo[.personNaming] as? any PersonNaming {
            try container.encode(naming.written(Person.ID(rawValue)))
        } else {
            try container.encode(rawValue)
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
