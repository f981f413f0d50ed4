import ArgumentParser
import ShopfloorText
import ShopfloorModel
import ShopfloorPlanning

/// `shopfloor plan expand`: a workplace cell's uncovered shops and shifts and whom to approach next.
struct PlanExpandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expand",
        abstract: Text.string("cmd.planexpand.planExpand.abstract"),
        discussion: Text.string("cmd.planexpand.planExpand.discussion")
    )

    @OptionGroup var common: PlanCommonOptions
    @OptionGroup var danger: DangerOption

    @Option(help: ArgumentHelp(Text.string("opt.planexpand.cell"), valueName: "cell"))
    var cell: String

    @Option(help: ArgumentHelp(Text.string("opt.planexpand.contacts")))
    var contacts = 3

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try Planning.expand(graph, cell: Cell.ID(cell), contactsPerSegment: contacts,
            allowDanger: danger.allowDanger, costs: costs)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.printHeading(Text.string("expand.heading", ["cell": "\(plan.cell)"]), " "
            + Text.plural("expand.covered", count: plan.covered.count, ["into": "\(plan.into)", "uncovered": .integer(plan.uncovered.count)]))
        p.dropped(plan.from.dropped ?? [])
        if !plan.covered.isEmpty {
            Terminal.printWrapped(Text.string("expand.coveredList") + " " + plan.covered.map { "\($0.segment) (\($0.headcount))" }.joined(separator: ", "), indent: "  ")
        }
        Terminal.print()
        var table = TextTable([Text.string("expand.column.segment"), Text.string("report.table.workers"),
            Text.string("plan.column.stage"), Text.string("expand.column.next"), Text.string("plan.column.cost"),
            Text.string("plan.column.risk"), Text.string("plan.column.route")],
            alignments: [.left, .right, .right, .left, .right, .right, .left])
        for u in plan.uncovered {
            if u.contacts.isEmpty { table.add([u.segment.description, "\(u.headcount)", "", "-", "", "", u.reason ?? ""]) }
            for (i, c) in u.contacts.enumerated() {
                table.add([i == 0 ? u.segment.description : "", i == 0 ? "\(u.headcount)" : "", "\(c.stage)",
                    p.label(c.target), p.number(c.cost), p.percent(c.risk), p.route(c.steps)])
            }
        }
        Terminal.print(table.render(indent: "  ", width: Terminal.width, wrapping: [6]))
        let contacts = plan.uncovered.flatMap(\.contacts)
        p.stages(contacts.map(\.stage))
        p.legend([(Text.string("report.table.workers"), "expand.legend.workers"), (Text.string("plan.column.cost"), "plan.legend.cost"),
            (Text.string("plan.column.risk"), "plan.legend.risk")])
        if !contacts.isEmpty {
            Terminal.print()
            Terminal.print(Terminal.styled(Text.string("expand.why"), .bold))
            for c in contacts { p.reason(c) }
        }
        p.avoided(plan.avoided, into: plan.into)
    }
}
