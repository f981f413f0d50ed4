import ArgumentParser
import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorPresent
import ShopfloorText
import ShopfloorStore

/// `shopfloor plan gates`: the week's shift changes at each gate, and an optional calendar file.
struct PlanGatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gates",
        abstract: Text.string("cmd.plangates.planGates.abstract"),
        discussion: Text.string("cmd.plangates.planGates.discussion")
    )

    @OptionGroup var common: PlanCommonOptions

    @Option(help: ArgumentHelp(Text.string("opt.plangates.into"), valueName: "workplace"))
    var into: String

    @Option(help: ArgumentHelp(Text.string("opt.plangates.from"), valueName: "cell"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp(Text.string("opt.plangates.week"), valueName: "date"))
    var week: Day?

    @Option(help: ArgumentHelp(Text.string("opt.plangates.ics"), valueName: "file"))
    var ics: String?

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(Text.string("gates.timeZone.help"), valueName: "zone"))
    var timeZone: String?

    @Option(help: ArgumentHelp(Text.string("gates.alarm.help"), valueName: "minutes"))
    var alarm: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try Planning.gates(graph, into: Workplace.ID(into), from: from?.group(in: graph, aliases: aliases),
            week: week ?? .today, costs: costs)
        if let ics { try writeCalendar(plan, graph: graph, aliases: aliases, to: ics) }
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.printHeading(Text.string("gates.heading", ["into": "\(plan.into)"]),
            Text.string("gates.week", ["week": "\(Text.current.date(iso: plan.week))"])
            + (plan.from.map { Text.string("gates.members", ["group": "\(p.group($0))"]) } ?? ""))
        p.dropped(plan.from?.dropped ?? [])
        Terminal.print()
        var table = TextTable([Text.string("gates.column.day"), Text.string("gates.column.from"), Text.string("gates.column.to"),
            Text.string("gates.column.gate"), Text.string("gates.column.shift"), Text.string("gates.column.change"),
            Text.string("gates.column.workers"), Text.string("gates.column.suggested")],
            alignments: [.left, .left, .left, .left, .left, .left, .right, .left])
        for w in plan.windows {
            let suggested = w.suggested.map { p.label($0) }.joined(separator: ", ")
            table.add([Self.dayWord(w.weekday) + " " + Text.current.date(iso: String(w.start.prefix(10))), String(w.start.suffix(5)),
                String(w.end.suffix(5)), w.gate.rawValue, w.shift.rawValue,
                Text.string(w.change == .arrivals ? "gates.change.arrivals" : "gates.change.departures"), "\(w.workers)", suggested])
        }
        Terminal.print(table.render(indent: "  ", width: Terminal.width, wrapping: [7]))
        p.legend([(Text.string("gates.column.change"), "gates.legend.change"), (Text.string("gates.column.workers"), "gates.legend.workers"),
            (Text.string("gates.column.suggested"), "gates.legend.suggested")])
        var careful: [Person.ID: ExposedPerson] = [:]
        for w in plan.windows { for flag in w.careful ?? [] { careful[flag.person] = flag } }
        if !careful.isEmpty {
            Terminal.print()
            Terminal.printWrapped(Text.string("gates.listening", ["count": .integer(careful.count)]), style: .red)
            for (person, flag) in careful.sorted(by: { $0.key < $1.key }) { Terminal.printWrapped("\(p.label(person)): \(flag.note)", indent: "  ") }
        }
        if !plan.ungated.isEmpty {
            Terminal.print()
            Terminal.printWrapped(Text.string("gates.ungated", ["shifts": "\(plan.ungated.map(\.rawValue).joined(separator: ", "))"]))
        }
        if let ics { Terminal.say("\n" + Text.string("gates.wrote", ["count": .integer(plan.windows.count), "file": "\(ics)"])) }
    }

    /// A weekday word (`mon`) as the language writes it (`mon`, `Pzt`).
    static func dayWord(_ day: String) -> String {
        Weekday(rawValue: day)?.label ?? day
    }

    /// Writes the calendar whole and owner-only, never over the source, its backup or lock, nor the costs file;
    /// people by their aliases unless --reveal-names.
    func writeCalendar(_ plan: GatePlan, graph: OrganizingGraph, aliases: PersonAliases, to path: String) throws {
        let target = try OutputPath(path, inputs: [common.source, common.costsFile].compactMap { $0 })
        let zone = timeZone ?? Source.settings[.timeZone] ?? GatePlan.CalendarSettings.defaultTimeZone
        let minutes = alarm ?? Source.settings[.alarmMinutes].flatMap { Int($0) } ?? GatePlan.CalendarSettings.defaultAlarmMinutes
        let settings: GatePlan.CalendarSettings
        switch GatePlan.CalendarSettings.written(timeZone: zone, alarmMinutes: minutes) {
        case .valid(let valid): settings = valid
        case .invalid(let problem): throw CLIError.usage(problem)
        }
        let text = plan.calendar(stamp: GatePlan.stamp(Date()), graph: graph, aliases: aliases, revealNames: common.revealNames,
            settings: settings)
        try target.write(Data(text.utf8))
    }
}
