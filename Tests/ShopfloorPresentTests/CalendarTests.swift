import Foundation
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
        #expect(ics.contains("DTSTART:20261123T053000"))
        #expect(!ics.contains("Selim Ulu"))
        // Members are written only as the caller names them (aliases by default).
        #expect(ics.contains("Suggested: alias-s-m"))
        #expect(!ics.replacingOccurrences(of: "alias-s-m", with: "").contains("s-m"))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(GatePlan.fold(String(repeating: "é", count: 60)).components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
    }
}
