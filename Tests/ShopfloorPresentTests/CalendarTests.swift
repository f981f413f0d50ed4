import Foundation
import ShopfloorTestSupport
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import Testing

/// The iCalendar form of a gate plan (RFC 5545).
@Suite("Gate calendar")
struct CalendarTests {
    static func plan() throws -> GatePlan {
        try Planning.gates(try PresentFixture.graph(), into: "big-a", week: try #require(Day(parsing: "2026-11-23")))
    }

    @Test func calendarIsValidICalendar() throws {
        let plan = try Self.plan()
        let ics = plan.calendar(stamp: "20261124T120000Z", people: { "alias-" + $0.rawValue },
            places: { $0 == "a-gate" ? "North gate; main, \"old\"" : $0.rawValue })
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == plan.windows.count)
        #expect(ics.contains("LOCATION:North gate\\; main\\, \"old\""))
        #expect(ics.contains("DTSTART;TZID=Europe/Istanbul:20261123T053000"))
        #expect(!ics.contains("Selim Ulu"))
        // Members are written only as the caller names them (aliases by default); read unfolded [RFC 5545 §3.1].
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Suggested: alias-s-m"))
        #expect(!unfolded.replacingOccurrences(of: "alias-s-m", with: "").contains("s-m"))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(GatePlan.fold(String(repeating: "é", count: 60)).components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
    }

    /// Istanbul has no daylight saving: one STANDARD part at +0300; every event has a reminder.
    @Test func eventsCarryTheTimeZoneAndAReminder() throws {
        let plan = try Self.plan()
        let ics = plan.calendar(stamp: "20261124T120000Z", plant: "Plant Juniper", people: { "alias-" + $0.rawValue })
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Istanbul\r\nBEGIN:STANDARD"))
        #expect(ics.contains("TZOFFSETTO:+0300"))
        #expect(!ics.contains("BEGIN:DAYLIGHT"))
        let events = ics.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(ics.components(separatedBy: "BEGIN:VALARM").count - 1 == events)
        #expect(ics.contains("TRIGGER:-PT30M"))
        #expect(ics.contains("SUMMARY:Plant Juniper: "))
        let none = plan.calendar(stamp: "20261124T120000Z", settings: .init(alarmMinutes: nil), people: \.rawValue)
        #expect(!none.contains("VALARM"))
        let berlin = plan.calendar(stamp: "20261124T120000Z",
            settings: .init(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")), alarmMinutes: 45), people: \.rawValue)
        #expect(berlin.contains("TZID:Europe/Berlin") && berlin.contains("BEGIN:DAYLIGHT") && berlin.contains("TRIGGER:-PT45M"))
        #expect(berlin.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"))
    }
}
