import ShopfloorText

/// A workplace: a plant, office, store, site, depot, mine, ship or farm where people work.
public struct Workplace: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Workplace>

    /// What sort of workplace it is.
    public enum Kind: String, Vocabulary {
        case factory, office, store, site, depot, mine, ship, farm, other

        public static let aliases: [String: Kind] = [
            "plant": .factory, "works": .factory, "mill": .factory, "fabrika": .factory,
            "plaza": .office, "bank": .office, "shop": .store, "retail": .store,
            "construction": .site, "construction-site": .site, "warehouse": .depot,
            "port": .depot, "yard": .site,
            // Turkish
            "ofis": .office, "büro": .office, "plaza ofisi": .office, "mağaza": .store, "dükkan": .store,
            "şantiye": .site, "inşaat": .site, "depo": .depot, "liman": .depot, "antrepo": .depot, "maden": .mine,
            "ocak": .mine, "gemi": .ship, "tersane": .ship, "çiftlik": .farm, "tarla": .farm, "diğer": .other,
        ]

        /// The word for tables and maps, in the process's language.
        public var label: String {
            switch self {
            case .factory: Text.string("workplace.kind.factory")
            case .office: Text.string("workplace.kind.office")
            case .store: Text.string("workplace.kind.store")
            case .site: Text.string("workplace.kind.site")
            case .depot: Text.string("workplace.kind.depot")
            case .mine: Text.string("workplace.kind.mine")
            case .ship: Text.string("workplace.kind.ship")
            case .farm: Text.string("workplace.kind.farm")
            case .other: Text.string("workplace.kind.other")
            }
        }
    }

    public var id: ID
    /// The workplace's real name (hidden in maps that travel unless revealed).
    public var name: String
    public var kind: Kind
    /// Sector, a free word such as `automotive`, `banking`, `retail`, `construction`, `energy`.
    public var sector: String
    /// The employer (company); several workplaces of one employer are organized at company level.
    public var employer: String?
    /// Total number of workers, mapped or not (0 … ``maximumHeadcount``).
    public var headcount: Int

    /// The largest headcount a workplace or shop may have: more than any workplace on earth, and small enough
    /// that sums over a national graph never overflow.
    public static let maximumHeadcount = 10_000_000
    /// District (or town) the workplace lies in.
    public var district: String?
    /// The neighbourhood place the workplace lies in or next to, for nearby street cells.
    public var neighbourhood: Place.ID?
    public var location: Coordinates?
    public var union: Union?
    /// Departments.
    public var shops: [Shop]
    /// Shifts, with times and the gate they use.
    public var shifts: [Shift]
    public var notes: String?

    public init(
        id: ID, name: String, kind: Kind = .factory, sector: String = "", employer: String? = nil,
        headcount: Int = 0, district: String? = nil, neighbourhood: Place.ID? = nil,
        location: Coordinates? = nil, union: Union? = nil, shops: [Shop] = [], shifts: [Shift] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.sector = sector
        self.employer = employer
        self.headcount = headcount
        self.district = district
        self.neighbourhood = neighbourhood
        self.location = location
        self.union = union
        self.shops = shops
        self.shifts = shifts
        self.notes = notes
    }
}

/// A point on the map, in degrees.
public struct Coordinates: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine).
    public func distance(to other: Coordinates) -> Double {
        let r = 6371.0
        let rad = Double.pi / 180
        let dLat = (other.latitude - latitude) * rad
        let dLon = (other.longitude - longitude) * rad
        let a = sinSquared(dLat / 2)
            + cosine(latitude * rad) * cosine(other.latitude * rad) * sinSquared(dLon / 2)
        return 2 * r * arcsine(min(1, a.squareRoot()))
    }
}

/// The union at a workplace and its character, which decides how a cell works with it.
public struct Union: Hashable, Sendable, Codable {
    /// Democratic, yellow (employer-controlled), or no union at all.
    public enum Character: String, Vocabulary {
        case democratic, yellow, none

        public static let aliases: [String: Character] = [
            "employer-controlled": .yellow, "company": .yellow, "company-union": .yellow,
            "class": .democratic, "militant": .democratic, "no": .none, "nonunion": .none,
            "non-union": .none,
            // Turkish
            "sarı": .yellow, "sarı sendika": .yellow, "işveren sendikası": .yellow, "demokratik": .democratic,
            "sınıf sendikası": .democratic, "mücadeleci": .democratic, "yok": .none, "sendikasız": .none,
        ]

        /// The word for tables and maps, in the process's language.
        public var label: String {
            switch self {
            case .democratic: Text.string("union.character.democratic")
            case .yellow: Text.string("union.character.yellow")
            case .none: Text.string("union.character.none")
            }
        }
    }

    public var name: String?
    public var character: Character

    public init(name: String? = nil, character: Character) {
        self.name = name
        self.character = character
    }
}

/// A shop (department) of a workplace.
public struct Shop: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Shop>
    public var id: ID
    public var name: String
    /// Workers in the shop, mapped or not.
    public var headcount: Int

    public init(id: ID, name: String, headcount: Int = 0) {
        self.id = id
        self.name = name
        self.headcount = headcount
    }
}

/// A shift of a workplace: when it starts and ends and which gate it uses.
public struct Shift: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Shift>
    public var id: ID
    public var name: String
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// The gate the shift enters and leaves by.
    public var gate: Place.ID?
    /// Days the shift works (Monday–Friday unless stated).
    public var days: [Weekday]

    public init(
        id: ID, name: String, start: TimeOfDay, end: TimeOfDay, gate: Place.ID? = nil,
        days: [Weekday] = Weekday.workweek
    ) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.gate = gate
        self.days = days
    }

    /// Whether the shift ends on the day after it starts (e.g. 22:00–06:00).
    public var crossesMidnight: Bool { end <= start }

    /// Length of the shift in minutes.
    public var lengthInMinutes: Int {
        crossesMidnight ? end.minutes + 1440 - start.minutes : end.minutes - start.minutes
    }
}
