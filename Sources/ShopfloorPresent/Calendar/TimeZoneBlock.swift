import Foundation

/// The `VTIMEZONE` of a calendar: the zone's offsets around the plan's week, from the system's time zone data.
enum TimeZoneBlock {
    /// The `VTIMEZONE` lines for `zone`: one `STANDARD` (or `DAYLIGHT`) part per offset in force during the
    /// year around `local` (a `YYYY-MM-DD…` date), each starting at its transition.
    ///
    /// A zone without daylight saving (Europe/Istanbul since 2016) has one `STANDARD` part.
    static func lines(for zone: TimeZone, around local: String) -> [String] {
        let center = date(local) ?? Date(timeIntervalSince1970: 0)
        let start = center.addingTimeInterval(-183 * 86_400), end = center.addingTimeInterval(183 * 86_400)
        // Each period: when it begins (local wall-clock), the offset before and the offset in force.
        var periods: [(begins: Date, from: Int, to: Int, daylight: Bool)] = []
        var cursor = start
        let first = zone.secondsFromGMT(for: start)
        periods.append((Date(timeIntervalSince1970: 0), first, first, zone.isDaylightSavingTime(for: start)))
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            periods.append((next, before, zone.secondsFromGMT(for: next), zone.isDaylightSavingTime(for: next)))
            cursor = next
        }
        var out = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        for (i, p) in periods.enumerated() {
            let kind = p.daylight ? "DAYLIGHT" : "STANDARD"
            let begins = i == 0 ? "19700101T000000" : wallClock(p.begins.addingTimeInterval(TimeInterval(p.from)))
            out += ["BEGIN:" + kind, "DTSTART:" + begins, "TZOFFSETFROM:" + offset(p.from), "TZOFFSETTO:" + offset(p.to),
                "TZNAME:" + (zone.abbreviation(for: p.begins == Date(timeIntervalSince1970: 0) ? start : p.begins) ?? offset(p.to)),
                "END:" + kind]
        }
        out.append("END:VTIMEZONE")
        return out
    }

    /// `+0300`, `-0530`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return sign + two(minutes / 60) + two(minutes % 60)
    }

    /// A UTC date's fields as `YYYYMMDDTHHMMSS` (the caller has shifted it to wall-clock time).
    private static func wallClock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))"
    }

    /// The UTC midnight of a `YYYY-MM-DD…` text.
    private static func date(_ text: String) -> Date? {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}
