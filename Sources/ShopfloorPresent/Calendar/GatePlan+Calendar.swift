import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// The iCalendar (RFC 5545) form of a gate plan, for phone calendars.
extension GatePlan {
    /// How a calendar places and announces its events.
    public struct CalendarSettings: Sendable, Hashable {
        /// The plant's time zone (an IANA name); events carry it with a `VTIMEZONE`.
        public var timeZone: TimeZone
        /// Minutes before each window that the phone reminds (`VALARM`); nil for no reminder.
        public var alarmMinutes: Int?

        /// The plant's time zone unless told otherwise: Europe/Istanbul.
        public static let defaultTimeZone = "Europe/Istanbul"
        /// The reminder unless told otherwise: 30 minutes before.
        public static let defaultAlarmMinutes = 30

        public init(timeZone: TimeZone = TimeZone(identifier: defaultTimeZone) ?? .gmt, alarmMinutes: Int? = defaultAlarmMinutes) {
            self.timeZone = timeZone
            self.alarmMinutes = alarmMinutes
        }
    }

    /// The plan as an iCalendar text: one event per window, CRLF line ends, escaped and folded lines.
    ///
    /// Times are local times of the plant's time zone (`DTSTART;TZID=Europe/Istanbul:…`), described by a
    /// `VTIMEZONE`; each event has a reminder before the window when `settings` asks for one. Titles and
    /// descriptions are in the process's language and name the plant and the shift, never an id.
    /// - Parameters:
    ///   - stamp: the `DTSTAMP` value, UTC, like `20261124T183000Z`.
    ///   - plant: how the plant is named: its code name, or its name when names are revealed.
    ///   - people: how a suggested member is named: their alias, or their name when names are revealed.
    ///   - places: how a gate is named (its id unless names are revealed).
    ///   - shifts: how a shift is named (its name).
    /// - Complexity: O(windows).
    public func calendar(
        stamp: String, plant: String? = nil, settings: CalendarSettings = CalendarSettings(),
        people: (Person.ID) -> String, places: (Place.ID) -> String = \.rawValue,
        shifts: (Shift.ID) -> String = \.rawValue
    ) -> String {
        let zone = settings.timeZone.identifier
        let plant = plant ?? into.rawValue
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Shopfloor//plan gates//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(Text.string("calendar.name", ["plant": "\(plant)"])),
            "X-WR-TIMEZONE:" + zone]
        lines += TimeZoneBlock.lines(for: settings.timeZone, around: windows.first?.start ?? week)
        for w in windows {
            let arguments: [String: TextArgument] = ["plant": "\(plant)", "shift": "\(shifts(w.shift))",
                "gate": "\(places(w.gate))", "workers": .integer(w.workers)]
            let arrivals = w.change == .arrivals
            var description = Text.string(arrivals ? "calendar.description.arrivals" : "calendar.description.departures", arguments)
            if !w.suggested.isEmpty {
                description += "\n" + Text.string("calendar.suggested", ["people": "\(w.suggested.map(people).joined(separator: ", "))"])
            }
            for flag in w.careful ?? [] { description += "\n\(people(flag.person)): \(flag.note)." }
            let summary = Text.string(arrivals ? "calendar.summary.arrivals" : "calendar.summary.departures", arguments)
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.compact(w.start))-\(w.gate)-\(w.shift)-\(w.change.rawValue)@shopfloor",
                "DTSTAMP:\(stamp)",
                "DTSTART;TZID=\(zone):\(Self.compact(w.start))",
                "DTEND;TZID=\(zone):\(Self.compact(w.end))",
                "SUMMARY:" + Self.escape(summary),
                "LOCATION:" + Self.escape(places(w.gate)),
                "DESCRIPTION:" + Self.escape(description),
            ]
            if let minutes = settings.alarmMinutes {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT\(max(0, minutes))M",
                    "DESCRIPTION:" + Self.escape(summary), "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `YYYY-MM-DDTHH:MM` → `YYYYMMDDTHHMM00`.
    static func compact(_ text: String) -> String {
        String(text.filter { $0 != "-" && $0 != ":" }) + "00"
    }

    /// Escapes TEXT values: backslash, semicolon, comma, newline [RFC 5545 §3.3.11].
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line to at most 75 octets per physical line, never splitting a UTF-8 character
    /// [RFC 5545 §3.1].
    public static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }
}
