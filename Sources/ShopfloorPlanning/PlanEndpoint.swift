import ShopfloorModel
import ShopfloorText

/// Whether a target is a known person or a segment of unknown workers.
public enum TargetKind: String, Hashable, Sendable, Codable {
    case person, segment
}

/// What a step leads to and a path ends at: a known person, or the unknown workers of a shop × shift segment.
///
/// Written in plans as the person's id (or, through a ``PersonNaming``, their alias) or as `SHOP@SHIFT`;
/// person ids never hold `@`, so the text tells which one it is.
public enum PlanEndpoint: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    case person(Person.ID)
    case segment(SegmentID)

    /// `SHOP@SHIFT` as a segment, any other text as a person id (as plans write them).
    public init(_ text: String) {
        self = SegmentID(parsing: text).map(PlanEndpoint.segment) ?? .person(Person.ID(text))
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The person, for a person endpoint.
    public var person: Person.ID? {
        if case .person(let id) = self { return id }
        return nil
    }

    /// The segment, for a segment endpoint.
    public var segment: SegmentID? {
        if case .segment(let id) = self { return id }
        return nil
    }

    /// Whether the endpoint is a person or a segment.
    public var kind: TargetKind { person == nil ? .segment : .person }

    /// The person's id or `SHOP@SHIFT`.
    public var description: String {
        switch self {
        case .person(let id): id.rawValue
        case .segment(let id): id.description
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if text.contains("@") {
            guard let segment = SegmentID(parsing: text) else {
                throw DecodingError.dataCorruptedError(in: container,
                    debugDescription: Text.string("store5.isNotASegment", ["text": "\(text)"]))
            }
            self = .segment(segment)
        } else {
            // Through Person.ID's own decoding, so that an alias is read back to its person.
            self = .person(try container.decode(Person.ID.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .person(let id): try container.encode(id)
        case .segment(let id): try container.encode(id)
        }
    }

    /// In the order of their text, as plans sort targets.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
