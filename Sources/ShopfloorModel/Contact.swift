import ShopfloorText

/// One entry of the contact log: who met whom, how, where, when, and what came of it.
public struct Contact: Hashable, Sendable, Codable {
    /// How a contact was made or a person is reached.
    public enum Channel: String, Vocabulary {
        /// Through a personal tie (introduction by a friend, relative, neighbour).
        case tie
        /// At work, in the same shop and shift.
        case coworker
        /// At the factory gate at a shift change.
        case gate
        /// On the way to work: a stop, the service bus.
        case commute
        /// In a pub or tea house.
        case pub
        /// A home visit.
        case home
        case other

        public static let aliases: [String: Channel] = [
            "introduction": .tie, "friend": .tie, "work": .coworker, "workplace": .coworker,
            "shift": .coworker, "factory-gate": .gate, "stop": .commute, "bus": .commute,
            "teahouse": .pub, "tea-house": .pub, "cafe": .pub, "visit": .home, "home-visit": .home,
            // Turkish
            "bağ": .tie, "tanıdık": .tie, "iş": .coworker, "işyeri": .coworker, "vardiya": .coworker, "kapı": .gate,
            "fabrika kapısı": .gate, "servis": .commute, "durak": .commute, "otobüs": .commute, "kahvehane": .pub,
            "kahve": .pub, "çay ocağı": .pub, "çayevi": .pub, "ev": .home, "ev ziyareti": .home, "ziyaret": .home,
            "diğer": .other,
        ]
    }

    /// What came of a contact.
    public enum Outcome: String, Vocabulary {
        case positive, neutral, negative
        case noShow = "no-show"

        public static let aliases: [String: Outcome] = [
            "good": .positive, "bad": .negative, "missed": .noShow, "absent": .noShow,
            // Turkish
            "olumlu": .positive, "iyi": .positive, "nötr": .neutral, "tarafsız": .neutral, "olumsuz": .negative,
            "kötü": .negative, "gelmedi": .noShow, "buluşulamadı": .noShow,
        ]
    }

    /// The person who made the contact (usually a member).
    public var by: Person.ID
    /// The person contacted.
    public var with: Person.ID
    public var date: Day
    public var channel: Channel
    public var place: Place.ID?
    public var outcome: Outcome
    /// The assessment of `with` after the contact, if it changed.
    public var assessment: Assessment?
    /// Notes (an identity: hidden by default).
    public var notes: String?

    public init(
        by: Person.ID, with: Person.ID, date: Day, channel: Channel, place: Place.ID? = nil,
        outcome: Outcome = .neutral, assessment: Assessment? = nil, notes: String? = nil
    ) {
        self.by = by
        self.with = with
        self.date = date
        self.channel = channel
        self.place = place
        self.outcome = outcome
        self.assessment = assessment
        self.notes = notes
    }
}

/// A calendar day, `YYYY-MM-DD`, without time zone.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or nil when the date does not exist (e.g. 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: Text.string("contact.notADate", ["text": "\(text)"])))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between days.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `count` days later (or earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// Creates the day that lies `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The weekday of this day.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}
