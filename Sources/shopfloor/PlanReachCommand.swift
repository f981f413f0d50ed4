import ArgumentParser
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// `shopfloor plan reach`: cheapest safe paths from a group to every worker and segment of a workplace.
struct PlanReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: Text.string("cmd.planreach.planReach.abstract"),
        discussion: Text.string("cmd.planreach.planReach.discussion")
    )

    @OptionGroup var common: PlanCommonOptions
    @OptionGroup var danger: DangerOption

    @Option(help: ArgumentHelp(Text.string("opt.plancore.from"), valueName: "group"))
    var from: GroupArgument

    @Option(help: ArgumentHelp(Text.string("opt.plancore.into"), valueName: "workplace"))
    var into: String

    @Option(help: ArgumentHelp(Text.string("opt.planreach.alternatives")))
    var alternatives = 0

    @Option(help: ArgumentHelp(Text.string("opt.planreach.maxSteps")))
    var maxSteps: Int?

    func validate() throws {
        if alternatives < 0 { throw ValidationError(Text.string("reach.alternatives", ["value": "\(alternatives)"])) }
        if let maxSteps, maxSteps < 1 { throw ValidationError(Text.string("reach.maxSteps", ["value": "\(maxSteps)"])) }
    }

    @Option(help: ArgumentHelp(Text.string("opt.planreach.limit")))
    var limit = 40

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try common.planning({
            try Planning.reach(graph, from: from.group(in: graph, aliases: aliases), into: Workplace.ID(into),
                options: ReachOptions(alternatives: alternatives, maxSteps: maxSteps, allowDanger: danger.allowDanger),
                costs: costs)
        }, graph: graph, aliases: aliases)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.printHeading(Text.string("reach.heading", ["into": "\(plan.into)"]), Text.string("reach.from", ["group": "\(p.group(plan.from))"]))
        p.dropped(plan.from.dropped ?? [])
        let people = plan.paths.filter { $0.targetKind == .person }.count
        Terminal.printWrapped(Text.plural("reach.summary", count: people, ["segments": .integer(plan.paths.count - people),
            "unreachable": .integer(plan.unreachable.count), "avoided": .integer(plan.avoided.count)]), indent: "  ")
        Terminal.print()
        let listening = plan.paths.contains { $0.exposed?.isEmpty == false }
        var table = TextTable([Text.string("core.column.stage"), Text.string("plan.column.target"), Text.string("plan.column.cost"),
            Text.string("plan.column.risk"), Text.string("plan.column.route"), Text.string("plan.column.when")]
            + (listening ? [Text.string("plan.column.listening")] : []),
            alignments: [.right, .left, .right, .right, .left, .left, .left])
        for path in plan.paths.prefix(max(0, limit)) {
            table.add(["\(path.stage)", p.label(path.target), p.number(path.cost), p.percent(path.risk), p.route(path.steps),
                p.when(path.steps)] + (listening ? [p.exposure(path.exposed, target: path.target)] : []))
            for (i, alt) in path.alternatives.enumerated() {
                table.add(["", "  " + Text.string("reach.or", ["n": .integer(i + 1)]), p.number(alt.cost), p.percent(alt.risk), p.route(alt.steps),
                    p.when(alt.steps)] + (listening ? [p.exposure(alt.exposed, target: path.target)] : []))
            }
        }
        // Narrow: who is listening goes under its row, route and when wrap side by side.
        Terminal.print(table.render(indent: "  ", width: Terminal.width, wrapping: [4, 5], underneath: listening ? [6] : []))
        p.stages(plan.paths.prefix(max(0, limit)).map(\.stage))
        p.legend([(Text.string("plan.column.cost"), "plan.legend.cost"), (Text.string("plan.column.risk"), "plan.legend.risk"),
            (Text.string("plan.column.when"), "plan.legend.when")]
            + (listening ? [(Text.string("plan.column.listening"), "plan.legend.listening")] : []))
        if plan.paths.count > limit {
            Terminal.printWrapped(Text.string("reach.more", ["count": .integer(plan.paths.count - limit)]), indent: "  ")
        }
        if !plan.unreachable.isEmpty {
            Terminal.print()
            Terminal.print(Terminal.styled(Text.string("reach.unreachable", ["count": .integer(plan.unreachable.count)]), .bold))
            var t = TextTable([Text.string("plan.column.target"), Text.string("plan.column.why")])
            for u in plan.unreachable { t.add([p.label(u.target), u.reason]) }
            Terminal.print(t.render(indent: "  ", width: Terminal.width))
        }
        p.avoided(plan.avoided, into: plan.into)
    }
}
