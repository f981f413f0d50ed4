import ShopfloorText

/// A tie between two people, undirected, with its kind and strength.
public struct Tie: Hashable, Sendable, Codable {
    /// How two people know each other.
    public enum Kind: String, Vocabulary {
        case coworker, friend, relative, neighbour, commute, union

        public static let aliases: [String: Kind] = [
            "colleague": .coworker, "workmate": .coworker, "family": .relative, "kin": .relative,
            "neighbor": .neighbour, "commuter": .commute, "service": .commute, "union-comrade": .union,
            "hemşehri": .friend, "hemsehri": .friend, "school": .friend,
            // Turkish
            "iş arkadaşı": .coworker, "mesai arkadaşı": .coworker, "arkadaş": .friend, "dost": .friend,
            "okul arkadaşı": .friend, "akraba": .relative, "aile": .relative, "komşu": .neighbour,
            "servis": .commute, "yol arkadaşı": .commute, "sendika": .union, "sendika arkadaşı": .union,
        ]

        /// The word for tables and maps, in the process's language.
        public var label: String {
            switch self {
            case .coworker: Text.string("tie.kind.coworker")
            case .friend: Text.string("tie.kind.friend")
            case .relative: Text.string("tie.kind.relative")
            case .neighbour: Text.string("tie.kind.neighbour")
            case .commute: Text.string("tie.kind.commute")
            case .union: Text.string("tie.kind.union")
            }
        }
    }

    /// How strong a tie is: 1 weak (acquaintance), 2 ordinary, 3 strong (close friend, family).
    public static let strengthRange = 1...3

    public var a: Person.ID
    public var b: Person.ID
    public var kind: Kind
    public var strength: Int

    public init(_ a: Person.ID, _ b: Person.ID, kind: Kind, strength: Int = 2) {
        self.a = a
        self.b = b
        self.kind = kind
        self.strength = strength
    }

    /// The other end of the tie, or nil when `person` is not on it.
    public func other(than person: Person.ID) -> Person.ID? {
        if a == person { return b }
        if b == person { return a }
        return nil
    }
}
