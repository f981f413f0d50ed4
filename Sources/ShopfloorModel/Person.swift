/// A person in the map: a worker, a member, a manager, a suspected informer.
///
/// Names, addresses and notes are identities: they never leave the tool unless the user reveals them.
public struct Person: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Person>

    public var id: ID
    /// The person's name (an identity: hidden by default in everything that leaves the tool).
    public var name: String
    public var workplace: Workplace.ID?
    public var shop: Shop.ID?
    public var shift: Shift.ID?
    /// The neighbourhood the person lives in.
    public var home: Place.ID?
    /// Home address (an identity: hidden by default).
    public var address: String?
    public var role: Role
    public var affiliation: Affiliation
    public var assessment: Assessment
    /// Whether the person is a member of the union at their workplace.
    public var unionMember: Bool
    /// Places the person frequents: tea houses, pubs, stops on the way to work.
    public var frequents: [Place.ID]
    /// Free tags such as a social group (`young`, `women`, `migrant`) for leader coverage.
    public var tags: [String]
    /// Notes (an identity: hidden by default).
    public var notes: String?

    @inlinable public init(
        id: ID, name: String, workplace: Workplace.ID? = nil, shop: Shop.ID? = nil,
        shift: Shift.ID? = nil, home: Place.ID? = nil, address: String? = nil, role: Role = .worker,
        affiliation: Affiliation = .nonParty, assessment: Assessment = .unassessed,
        unionMember: Bool = false, frequents: [Place.ID] = [], tags: [String] = [], notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.workplace = workplace
        self.shop = shop
        self.shift = shift
        self.home = home
        self.address = address
        self.role = role
        self.affiliation = affiliation
        self.assessment = assessment
        self.unionMember = unionMember
        self.frequents = frequents
        self.tags = tags
        self.notes = notes
    }

    /// Whether the person is a party member.
    public var isMember: Bool { affiliation == .member }

    /// Whether planning must keep away from this person: suspected informers and management.
    public var isDanger: Bool { affiliation == .informer || role.isManagementSide }
}
