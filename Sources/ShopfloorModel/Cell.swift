import ShopfloorText

/// A cell of the organization: a workplace cell (the primary unit) or a street cell.
public struct Cell: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Cell>

    /// Workplace cell or street cell [res. 13, 14].
    public enum Kind: String, Vocabulary {
        case workplace, street

        public static let aliases: [String: Kind] = [
            "factory": .workplace, "factory-cell": .workplace, "workplace-cell": .workplace,
            "neighbourhood": .street, "neighborhood": .street, "street-cell": .street,
            // Turkish
            "işyeri": .workplace, "işyeri hücresi": .workplace, "fabrika hücresi": .workplace, "sokak": .street,
            "sokak hücresi": .street, "mahalle hücresi": .street,
        ]

        /// The word for tables and maps, in the process's language.
        public var label: String {
            switch self {
            case .workplace: Text.string("cell.kind.workplace")
            case .street: Text.string("cell.kind.street")
            }
        }
    }

    /// The smallest a cell may be [res. 13].
    public static let minimumMembers = 3
    /// The size a committee must have [res. 16].
    public static let committeeSize = 3...5

    public var id: ID
    public var kind: Kind
    public var name: String?
    /// The workplace of a workplace cell.
    public var workplace: Workplace.ID?
    /// The neighbourhood of a street cell.
    public var neighbourhood: Place.ID?
    /// Workplaces a street cell is working to reach.
    public var targets: [Workplace.ID]
    public var members: [Person.ID]
    public var committee: [Person.ID]

    public init(
        id: ID, kind: Kind, name: String? = nil, workplace: Workplace.ID? = nil,
        neighbourhood: Place.ID? = nil, targets: [Workplace.ID] = [], members: [Person.ID] = [],
        committee: [Person.ID] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.workplace = workplace
        self.neighbourhood = neighbourhood
        self.targets = targets
        self.members = members
        self.committee = committee
    }
}

extension Cell {
    /// The workplaces this cell works in or toward: its own workplace first (a workplace cell), then its targets.
    public var reachedWorkplaces: [Workplace.ID] {
        [workplace].compactMap { $0 } + targets
    }
}
