import ShopfloorText

/// A wall-clock time (`06:00`, `22:30`), minutes after midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0..<1440.
    public let minutes: Int

    /// Creates a time from hours and minutes, or nil when out of range.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// 00:00.
    public static let midnight = TimeOfDay(minutes: 0)

    private init(minutes: Int) { self.minutes = minutes }

    /// Parses `H:MM` or `HH:MM` (24-hour clock; `24:00` is accepted as midnight at the end of a day).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour == 24 && minute == 0 ? 0 : hour, minute: minute)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: Text.string("store5.isNotATime", ["text": "\(text)"])))
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minutes < rhs.minutes }
}

/// A day of the week, Monday first (ISO 8601).
public enum Weekday: String, Vocabulary, Comparable {
    /// The day's short word in the process's language (`mon`, `Pzt`).
    public var label: String {
        switch self {
        case .monday: Text.string("weekday.mon")
        case .tuesday: Text.string("weekday.tue")
        case .wednesday: Text.string("weekday.wed")
        case .thursday: Text.string("weekday.thu")
        case .friday: Text.string("weekday.fri")
        case .saturday: Text.string("weekday.sat")
        case .sunday: Text.string("weekday.sun")
        }
    }

    case monday = "mon", tuesday = "tue", wednesday = "wed", thursday = "thu", friday = "fri",
        saturday = "sat", sunday = "sun"

    public static let aliases: [String: Weekday] = [
        "monday": .monday, "tuesday": .tuesday, "wednesday": .wednesday, "thursday": .thursday,
        "friday": .friday, "saturday": .saturday, "sunday": .sunday,
        "pzt": .monday, "sal": .tuesday, "çar": .wednesday, "per": .thursday, "cum": .friday,
        "cmt": .saturday, "paz": .sunday, "pazartesi": .monday, "salı": .tuesday, "çarşamba": .wednesday,
        "perşembe": .thursday, "cuma": .friday, "cumartesi": .saturday, "pazar": .sunday,
    ]

    /// 1 for Monday through 7 for Sunday.
    public var isoNumber: Int { (Weekday.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// Monday to Friday.
    public static let workweek: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.isoNumber < rhs.isoNumber }
}
