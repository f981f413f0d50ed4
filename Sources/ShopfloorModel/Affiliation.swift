import ShopfloorText

/// The political colouring of a person, as the seed's circular asks every member to know it [res. 14].
///
/// Affiliation says where a person stands organizationally; ``Assessment`` says how they stand toward the
/// organizing effort. The two are independent: a reformist-union member can be a leader, a sympathizer can
/// be undecided.
public enum Affiliation: String, Vocabulary {
    /// A member of the party.
    case member
    /// A sympathizer who is not a member.
    case sympathizer
    /// A non-party worker with no known organization.
    case nonParty = "non-party"
    /// A member of a reformist union.
    case reformistUnion = "reformist-union"
    /// A member of the social-democratic party.
    case socialDemocrat = "social-democrat"
    /// A member of a fascist organization.
    case fascist
    /// A suspected informer or police agent: never on a path, never a target, never told anything.
    case informer

    public static let aliases: [String: Affiliation] = [
        "party-member": .member, "communist": .member, "sympathiser": .sympathizer, "none": .nonParty, "nonparty": .nonParty,
        "unknown": .nonParty, "reformist": .reformistUnion, "social-democratic": .socialDemocrat,
        "socdem": .socialDemocrat, "suspected-informer": .informer, "police-agent": .informer,
        "agent": .informer, "fascist-organization": .fascist,
        // Turkish
        "üye": .member, "parti üyesi": .member, "partili": .member, "komünist": .member,
        "sempatizan": .sympathizer, "taraftar": .sympathizer, "yandaş": .sympathizer,
        "partisiz": .nonParty, "bağımsız": .nonParty, "örgütsüz": .nonParty, "bilinmiyor": .nonParty,
        "sarı sendika": .reformistUnion, "sarı sendikalı": .reformistUnion, "reformist sendika": .reformistUnion,
        "reformist sendikalı": .reformistUnion,
        "sosyal demokrat": .socialDemocrat, "sosyaldemokrat": .socialDemocrat,
        "faşist": .fascist, "faşist örgüt": .fascist,
        "muhbir": .informer, "muhbir şüphelisi": .informer, "ajan": .informer, "polis ajanı": .informer,
    ]

    /// The seed's approach order [res. 14]: lower comes first. Members and informers are not approached.
    ///
    /// Revolutionary-minded non-party workers (and sympathizers) first, then members of reformist unions
    /// and of the social-democratic party, then individual fascist workers.
    public var approachRank: Int? {
        switch self {
        case .sympathizer, .nonParty: 1
        case .reformistUnion, .socialDemocrat: 2
        case .fascist: 3
        case .member, .informer: nil
        }
    }

    /// A label for tables and legends.
    public var label: String {
        switch self {
        case .member: Text.string("affiliation.member")
        case .sympathizer: Text.string("affiliation.sympathizer")
        case .nonParty: Text.string("affiliation.nonParty")
        case .reformistUnion: Text.string("affiliation.reformistUnion")
        case .socialDemocrat: Text.string("affiliation.socialDemocrat")
        case .fascist: Text.string("affiliation.fascist")
        case .informer: Text.string("affiliation.informer")
        }
    }
}
