import ShopfloorModel
import ShopfloorPlanning

/// The iCalendar (RFC 5545) form of a gate plan, for phone calendars.
extension GatePlan {
    /// The plan as an iCalendar text: one event per window, CRLF line ends, escaped and folded lines.
    ///
    /// Times are floating local times (the plant's own clock).
    /// - Parameters:
    ///   - stamp: the `DTSTAMP` value, UTC, like `20261124T183000Z`.
    ///   - people: how a suggested member is named: their alias, or their name when names are revealed.
    ///   - places: how a gate is named (its id unless names are revealed).
    ///   - shifts: how a shift is named (its id unless names are revealed).
    /// - Complexity: O(windows).
    public func calendar(
        stamp: String, people: (Person.ID) -> String, places: (Place.ID) -> String = \.rawValue,
        shifts: (Shift.ID) -> String = \.rawValue
    ) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Shopfloor//plan gates//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"]
        for w in windows {
            let verb = w.change == .arrivals ? "arrivals before" : "departures after"
            var description = "About \(w.workers) workers of shift \(shifts(w.shift)) (\(verb) the shift)."
            if !w.suggested.isEmpty { description += "\nSuggested: " + w.suggested.map(people).joined(separator: ", ") + "." }
            for flag in w.careful ?? [] { description += "\n\(people(flag.person)): \(flag.note)." }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.compact(w.start))-\(w.gate)-\(w.shift)-\(w.change.rawValue)@shopfloor",
                "DTSTAMP:\(stamp)",
                "DTSTART:\(Self.compact(w.start))",
                "DTEND:\(Self.compact(w.end))",
                "SUMMARY:" + Self.escape("Gate \(places(w.gate)): shift \(shifts(w.shift)) \(w.change.rawValue)"),
                "LOCATION:" + Self.escape(places(w.gate)),
                "DESCRIPTION:" + Self.escape(description),
                "END:VEVENT",
            ]
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
