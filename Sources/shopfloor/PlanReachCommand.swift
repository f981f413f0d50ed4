import ArgumentParser
import ShopfloorModel
import ShopfloorPlanning

/// `shopfloor plan reach`: cheapest safe paths from a group to every worker and segment of a workplace.
struct PlanReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Find the cheapest safe path from a group to each worker and shop × shift of a workplace.",
        discussion: """
            GROUP is a cell id or comma-separated person ids. Targets are the known workers of the workplace \
            and, for its unknown workers, each shop × shift (written SHOP@SHIFT), reached at the shift's gate \
            or through a known workmate. Each path lists its steps (who approaches whom, through which \
            channel, where and when), its cost and its risk.

            Examples:
              shopfloor plan reach Graphs/automotive-plant.yaml \\
                --from arapcesme-street --into korfez-motor
              shopfloor plan reach Graphs/automotive-plant.yaml \\
                --from p-1172,p-1173 --into korfez-motor \\
                --alternatives 2 --max-steps 4 --json
            """
    )

    @OptionGroup var common: PlanCommonOptions
    @OptionGroup var danger: DangerOption

    @Option(help: ArgumentHelp("The group: a cell id or comma-separated person ids.", valueName: "group"))
    var from: GroupArgument

    @Option(help: ArgumentHelp("The workplace to reach into.", valueName: "workplace"))
    var into: String

    @Option(help: "Alternative paths per target, each avoiding the earlier paths' intermediaries.")
    var alternatives = 0

    @Option(help: "The most steps a path may have.")
    var maxSteps: Int?

    func validate() throws {
        if alternatives < 0 { throw ValidationError("--alternatives must be 0 or more, not \(alternatives)") }
        if let maxSteps, maxSteps < 1 { throw ValidationError("--max-steps must be 1 or more, not \(maxSteps)") }
    }

    @Option(help: "Show at most this many paths in the human output (JSON has all).")
    var limit = 40

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try common.planning({
            try Planning.reach(graph, from: from.group(in: graph, aliases: aliases), into: Workplace.ID(into),
                options: ReachOptions(alternatives: alternatives, maxSteps: maxSteps, allowDanger: danger.allowDanger),
                costs: costs)
        }, graph: graph, aliases: aliases)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.print(Terminal.styled("Reaching into \(plan.into)", .bold) + " from " + p.group(plan.from))
        p.dropped(plan.from.dropped ?? [])
        let people = plan.paths.filter { $0.targetKind == .person }.count
        Terminal.print("  \(people) known worker\(people == 1 ? "" : "s") and \(plan.paths.count - people) shop × shift "
            + "segments reached; \(plan.unreachable.count) unreachable; \(plan.avoided.count) people kept away from")
        Terminal.print()
        let listening = plan.paths.contains { $0.exposed?.isEmpty == false }
        var table = TextTable(["stage", "target", "cost", "risk", "route", "when"] + (listening ? ["who is listening"] : []),
            alignments: [.right, .left, .right, .right, .left, .left, .left])
        for path in plan.paths.prefix(max(0, limit)) {
            table.add(["\(path.stage)", p.label(path.target), p.number(path.cost), p.percent(path.risk), p.route(path.steps),
                p.when(path.steps)] + (listening ? [p.exposure(path.exposed, target: path.target)] : []))
            for (i, alt) in path.alternatives.enumerated() {
                table.add(["", "  or (\(i + 1))", p.number(alt.cost), p.percent(alt.risk), p.route(alt.steps),
                    p.when(alt.steps)] + (listening ? [p.exposure(alt.exposed, target: path.target)] : []))
            }
        }
        Terminal.print(table.render(indent: "  "))
        p.stages(plan.paths.prefix(max(0, limit)).map(\.stage))
        if plan.paths.count > limit {
            Terminal.print("  … \(plan.paths.count - limit) more (raise --limit, or use --json)")
        }
        if !plan.unreachable.isEmpty {
            Terminal.print()
            Terminal.print(Terminal.styled("Unreachable (\(plan.unreachable.count)):", .bold))
            var t = TextTable(["target", "why"])
            for u in plan.unreachable { t.add([p.label(u.target), u.reason]) }
            Terminal.print(t.render(indent: "  "))
        }
        p.avoided(plan.avoided)
    }
}
