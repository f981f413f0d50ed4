import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorStore

/// `shopfloor plan gates`: the week's shift changes at each gate, and an optional calendar file.
struct PlanGatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gates",
        abstract: "List the week's shift changes at each gate of a workplace, with suggested members.",
        discussion: """
            Workers can be met "when they leave the factory, or on their way to work" [circular 1930]: each \
            shift gives an arrivals window before its start and a departures window after its end (a night \
            shift leaves the next morning). --ics writes the windows as an iCalendar file that phone \
            calendars import (people by their aliases unless --reveal-names).

            Example:
              shopfloor plan gates Graphs/automotive-plant.yaml \\
                --into korfez-motor --week 2026-11-23 --ics gates.ics
            """
    )

    @OptionGroup var common: PlanCommonOptions

    @Option(help: ArgumentHelp("The workplace.", valueName: "workplace"))
    var into: String

    @Option(help: ArgumentHelp("The cell (or comma-separated people) to suggest members from.", valueName: "cell"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp("Any day of the week to plan (YYYY-MM-DD); default this week.", valueName: "date"))
    var week: Day?

    @Option(help: ArgumentHelp("Write the windows to this iCalendar (.ics) file.", valueName: "file"))
    var ics: String?

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try Planning.gates(graph, into: Workplace.ID(into), from: from?.group(in: graph, aliases: aliases),
            week: week ?? .today, costs: costs)
        if let ics { try writeCalendar(plan, graph: graph, aliases: aliases, to: ics) }
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.print(Terminal.styled("Gate windows at \(plan.into)", .bold) + ", week of \(plan.week)"
            + (plan.from.map { " — members from " + p.group($0) } ?? ""))
        p.dropped(plan.from?.dropped ?? [])
        Terminal.print()
        var table = TextTable(["day", "from", "to", "gate", "shift", "change", "workers", "suggested"],
            alignments: [.left, .left, .left, .left, .left, .left, .right, .left])
        for w in plan.windows {
            let suggested = w.suggested.map { p.label($0) }.joined(separator: ", ")
            table.add([w.weekday + " " + String(w.start.prefix(10)), String(w.start.suffix(5)), String(w.end.suffix(5)),
                w.gate.rawValue, w.shift.rawValue, w.change.rawValue, "\(w.workers)", suggested])
        }
        Terminal.print(table.render(indent: "  "))
        var careful: [Person.ID: ExposedPerson] = [:]
        for w in plan.windows { for flag in w.careful ?? [] { careful[flag.person] = flag } }
        if !careful.isEmpty {
            Terminal.print()
            Terminal.print(Terminal.styled("Who is listening (\(careful.count)):", .red))
            for (person, flag) in careful.sorted(by: { $0.key < $1.key }) { Terminal.print("  \(p.label(person)): \(flag.note)") }
        }
        if !plan.ungated.isEmpty { Terminal.print("\nShifts with no gate on file: " + plan.ungated.map(\.rawValue).joined(separator: ", ")) }
        if let ics { Terminal.print("\nWrote \(plan.windows.count) events to \(ics)") }
    }

    /// Writes the calendar whole and owner-only, never over the source, its backup or lock, nor the costs file;
    /// people by their aliases unless --reveal-names.
    func writeCalendar(_ plan: GatePlan, graph: OrganizingGraph, aliases: PersonAliases, to path: String) throws {
        let target = try OutputPath(path, inputs: [common.source, common.costsFile].compactMap { $0 })
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let reveal = common.revealNames
        let text = plan.calendar(stamp: formatter.string(from: Date()),
            people: { id in reveal ? graph.person(id)?.name ?? id.rawValue : aliases.alias(id) },
            places: { id in reveal ? graph.place(id)?.name ?? id.rawValue : id.rawValue },
            shifts: { id in reveal ? graph.shift(id)?.shift.name ?? id.rawValue : id.rawValue })
        try target.write(Data(text.utf8))
    }
}
