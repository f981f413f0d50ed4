import ShopfloorText

/// How person ids are written in what leaves the tool (plans, findings, calendars) and read back from it.
///
/// A value of this kind set in an encoder's or decoder's `userInfo` under ``CodingUserInfoKey/personNaming``
/// makes every ``Person/ID`` that passes through it written as ``written(_:)`` (an alias) and read back with
/// ``person(written:)``: the planners' typed values are encoded as they are, and the names they carry never
/// depend on the encoder someone forgot to configure — without a naming, ids are written as they are.
public protocol PersonNaming: Sendable {
    /// How the person with this id is written.
    func written(_ id: Person.ID) -> String

    /// The person a written name stands for; throws ``PersonNamingError`` when it stands for nobody (or, from
    /// a file, for two people at once).
    func person(written text: String) throws(PersonNamingError) -> Person.ID
}

/// A written person name that cannot be read back.
public enum PersonNamingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is neither an alias nor an id of the source's people.
    case unknown(String, hint: String)
    /// The text is one person's alias and another person's id.
    case ambiguous(String)

    public var description: String {
        switch self {
        case .unknown(let text, let hint): Text.string("naming.unknown", ["text": "\(text)", "hint": "\(hint)"])
        case .ambiguous(let text): Text.string("naming.ambiguous", ["text": "\(text)"])
        }
    }
}

extension CodingUserInfoKey {
    /// The ``PersonNaming`` an encoder writes person ids with and a decoder reads them back with.
    public static let personNaming = CodingUserInfoKey(rawValue: "shopfloor.personNaming")!
}
