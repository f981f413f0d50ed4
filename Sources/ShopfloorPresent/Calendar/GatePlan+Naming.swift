import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

extension GatePlan {
    /// The plan's calendar named as every output of a source is, safe by default: the plant by its code name,
    /// suggested members by their aliases and gates by their ids; with `revealNames`, their names. The one
    /// naming of `plan gates --ics` and the workbench's calendar download.
    /// - Parameters:
    ///   - stamp: the `DTSTAMP` value, UTC, like `20261124T183000Z`.
    ///   - aliases: the aliases of the source's people (its own key, so the calendar agrees with its maps).
    public func calendar(
        stamp: String, graph: OrganizingGraph, aliases: PersonAliases, revealNames: Bool,
        settings: CalendarSettings = CalendarSettings()
    ) -> String {
        let redactor = Redactor(graph: graph, options: MapOptions(revealNames: revealNames, codeNames: !revealNames, aliasKey: aliases.key))
        return calendar(stamp: stamp, plant: graph.workplace(into).map(redactor.name), settings: settings,
            people: { id in revealNames ? graph.person(id)?.name ?? id.rawValue : aliases.alias(id) },
            places: { id in revealNames ? graph.place(id)?.name ?? id.rawValue : id.rawValue },
            shifts: { id in graph.shift(id)?.shift.name ?? id.rawValue })
    }
}

extension GatePlan.CalendarSettings {
    /// Settings read from written values (an option, a workspace's setting), or what is wrong with them.
    public enum Written: Sendable {
        /// The time zone is an IANA name and the reminder 0 (none) to 1440 minutes.
        case valid(GatePlan.CalendarSettings)
        /// The catalog's message for the first value that is not valid.
        case invalid(String)
    }

    /// Reads settings from written values; a reminder of 0 minutes is none.
    public static func written(timeZone: String, alarmMinutes: Int) -> Written {
        guard let zone = TimeZone(identifier: timeZone) else {
            return .invalid(Text.string("setting.badTimeZone", ["value": "\(timeZone.echoed())"]))
        }
        guard (0...1440).contains(alarmMinutes) else { return .invalid(Text.string("setting.badAlarm", ["value": "\(alarmMinutes)"])) }
        return .valid(.init(timeZone: zone, alarmMinutes: alarmMinutes == 0 ? nil : alarmMinutes))
    }
}

extension GatePlan {
    /// A calendar's `DTSTAMP` for a moment: UTC, like `20261124T183000Z`.
    public static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
