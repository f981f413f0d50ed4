import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorPlanning

/// `shopfloor plan core`: the three to five first contacts that cover the most shop × shift headcount.
struct PlanCoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core",
        abstract: "Pick the first three to five contacts that together cover the most shops and shifts.",
        discussion: """
            "Once three to five workers are in contact, they are organized at once into a cell" [circular \
            1930]. The contacts are chosen to cover the most shop × shift headcount, then to be cheap, safe and \
            early in the seed's approach order, tied in among their coworkers (influence) and not tied to a \
            suspected informer or management (exposure). Each contact shows what it adds and why, in one line; \
            contacts are listed by the seed's approach stage first. Small candidate pools are weighed exactly; \
            large ones greedily with local improvement. Without --from, the street cell that targets the \
            workplace is used. The objective is written out in Docs/plan-json.md.

            Examples:
              shopfloor plan core Graphs/automotive-plant.yaml \\
                --into korfez-motor
              shopfloor plan core Graphs/automotive-plant.yaml \\
                --into korfez-motor --from arapcesme-street --size 3 --json
            """
    )

    @OptionGroup var common: PlanCommonOptions
    @OptionGroup var danger: DangerOption

    @Option(help: ArgumentHelp("The workplace to reach into.", valueName: "workplace"))
    var into: String

    @Option(help: ArgumentHelp("The group: a cell id or comma-separated person ids.", valueName: "group"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp("How many contacts: a number or a range like 3..5, within 1...12.", valueName: "n|lo..hi"))
    var size = ContactCount(3...5)

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try common.planning({
            try Planning.core(graph, into: Workplace.ID(into), from: from?.group(in: graph, aliases: aliases),
                size: size.range, allowDanger: danger.allowDanger, costs: costs)
        }, graph: graph, aliases: aliases)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.print(Terminal.styled("First contacts in \(plan.into)", .bold) + " from " + p.group(plan.from))
        p.dropped(plan.from.dropped ?? [])
        let share = plan.totalHeadcount > 0 ? " (\(plan.coveredHeadcount * 100 / plan.totalHeadcount)%)" : ""
        Terminal.print("  \(plan.contacts.count) contacts work in shop × shift segments holding \(plan.coveredHeadcount) of "
            + "\(plan.totalHeadcount) workers\(share); \(plan.method) choice among \(plan.candidates) reachable candidates")
        Terminal.print()
        var table = TextTable(["stage", "contact", "segment", "adds", "cost", "risk", "score", "route"],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .left])
        for c in plan.contacts {
            table.add(["\(c.stage)", p.label(c.target), c.segment?.description ?? "-", "+\(c.gain)", p.number(c.cost),
                p.percent(c.risk), p.number(c.score), p.route(c.steps)])
        }
        Terminal.print(table.render(indent: "  "))
        p.stages(plan.contacts.map(\.stage))
        Terminal.print()
        Terminal.print(Terminal.styled("Why each contact:", .bold))
        for c in plan.contacts { p.reason(c) }
        if !plan.uncovered.isEmpty {
            Terminal.print()
            let top = plan.uncovered.prefix(8).map { "\($0.segment) (\($0.headcount))" }.joined(separator: ", ")
            Terminal.print("Still uncovered (\(plan.uncovered.count)): \(top)\(plan.uncovered.count > 8 ? ", …" : "")")
            Terminal.print("Once these contacts are won, form the cell and run `shopfloor plan expand`.")
        }
        p.avoided(plan.avoided)
    }
}
