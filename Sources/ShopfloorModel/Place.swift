import ShopfloorText

/// A place where people can be met: a neighbourhood, a pub or tea house, a factory gate, a stop.
public struct Place: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Place>

    /// What sort of place it is.
    public enum Kind: String, Vocabulary {
        /// A residential neighbourhood (home visits happen here; street cells live here).
        case neighbourhood
        /// A pub, tea house or café where workers meet.
        case pub
        /// A gate of a workplace.
        case gate
        /// A bus, service-shuttle or train stop on the way to work.
        case stop
        case other

        public static let aliases: [String: Kind] = [
            "neighborhood": .neighbourhood, "mahalle": .neighbourhood, "quarter": .neighbourhood,
            "teahouse": .pub, "tea-house": .pub, "cafe": .pub, "café": .pub, "kahvehane": .pub,
            "coffeehouse": .pub, "bar": .pub, "entrance": .gate, "bus-stop": .stop, "station": .stop,
            "shuttle": .stop,
            // Turkish
            "semt": .neighbourhood, "kahve": .pub, "çay ocağı": .pub, "çayevi": .pub, "birahane": .pub,
            "meyhane": .pub, "kapı": .gate, "fabrika kapısı": .gate, "giriş": .gate, "durak": .stop,
            "otobüs durağı": .stop, "servis durağı": .stop, "istasyon": .stop, "diğer": .other,
        ]

        /// The word for map labels, in the process's language.
        public var label: String {
            switch self {
            case .neighbourhood: Text.string("place.kind.neighbourhood")
            case .pub: Text.string("place.kind.pub")
            case .gate: Text.string("place.kind.gate")
            case .stop: Text.string("place.kind.stop")
            case .other: Text.string("place.kind.other")
            }
        }
    }

    public var id: ID
    public var kind: Kind
    public var name: String
    /// The neighbourhood a pub, stop or gate lies in.
    public var neighbourhood: ID?
    /// The workplace a gate belongs to.
    public var workplace: Workplace.ID?
    public var district: String?
    public var location: Coordinates?

    public init(
        id: ID, kind: Kind, name: String, neighbourhood: ID? = nil, workplace: Workplace.ID? = nil,
        district: String? = nil, location: Coordinates? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.neighbourhood = neighbourhood
        self.workplace = workplace
        self.district = district
        self.location = location
    }
}
