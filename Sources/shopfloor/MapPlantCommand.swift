import ArgumentParser
import ShopfloorText
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// `shopfloor map plant`: the outreach map of one workplace.
struct MapPlantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plant",
        abstract: "Draw a workplace's outreach map: shops, shifts, people who matter, gates, street cells, paths.",
        discussion: """
            Inside the fence, each shop is a table with one column per shift listing the people who matter \
            (members, leaders, informers and management, people tied to a street cell or on the plan) coloured \
            by affiliation, and a count of everyone else (≈ n more, k known). Street cells that target the \
            plant or live near it stand outside the fence with their ties in.

            Planned paths are drawn bold, one colour each, every step labelled with its number, channel, place \
            and time: --from CELL plans in place (the core plan: the first three to five contacts that cover \
            the most shop × shift headcount; --planner reach for the cheapest paths, --alternatives N for \
            further routes per path, drawn dashed and lighter), --plan FILE draws a plan written by \
            `shopfloor plan … --json` (with its alternatives). --paths limits how many are drawn. Ties between \
            two people drawn inside the plant are thin grey lines.

            Examples:
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor -o out/plant.svg
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor \\
                --from arapcesme-street -o out/first-contacts.png
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor \\
                --from arapcesme-street --planner reach --alternatives 1 --paths 4 -o out/routes.svg
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor \\
                --plan plan.json --paths 8 -o out/plan.pdf
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor --code-names -o -
            """
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(help: "The id of the workplace to draw.")
    var workplace: String

    @Option(help: "A plan (JSON written by `shopfloor plan reach|core|expand --json`) whose paths are drawn bold.")
    var plan: String?

    @Option(help: ArgumentHelp("Plan from this group (a cell id or comma-separated person ids) and draw the paths.",
        valueName: "group"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp("With --from: core (first 3–5 contacts) or reach (cheapest paths).",
        valueName: "planner"))
    var planner = PlannerChoice.core

    @Option(help: "Draw at most this many of the plan's paths, in the plan's order.")
    var paths = 8

    @Option(help: ArgumentHelp("With --from and --planner reach: alternative routes per path, drawn dashed.",
        valueName: "n"))
    var alternatives = 0

    @Flag(help: "Draw a --plan file even where it routes through or targets suspected informers or management.")
    var allowDanger = false

    @OptionGroup var options: MapOutputOptions

    func validate() throws {
        if plan != nil && from != nil { throw ValidationError("give either --plan FILE or --from GROUP, not both") }
        if allowDanger && plan == nil { throw ValidationError("--allow-danger applies to a --plan file") }
        if paths < 0 { throw ValidationError("--paths must be 0 or more") }
        if alternatives < 0 { throw ValidationError("--alternatives must be 0 or more") }
        if alternatives > 0 && (from == nil || planner != .reach) {
            throw ValidationError("--alternatives needs --from GROUP --planner reach (a --plan file carries its own)")
        }
    }

    /// Reads a plan file back and checks it against the graph: a plan that routes through a suspected informer
    /// or management person, names what the graph lacks or does not join up is refused, every problem listed.
    static func readPlan(_ path: String, graph: OrganizingGraph, allowDanger: Bool) throws -> Plan {
        let plan = try PlanFile.load(Plan.self, path: path)
        let problems = plan.problems(in: graph, allowDanger: allowDanger)
        guard !problems.isEmpty else { return plan }
        let danger = problems.contains(where: \.isDanger)
        let shown = problems.prefix(20).map { "\(path): \($0)" }
        throw CLIError.input("\(path): the plan is refused, \(problems.count) problem\(problems.count == 1 ? "" : "s"); "
            + "nothing was drawn\n" + shown.joined(separator: "\n")
            + (problems.count > shown.count ? "\n… and \(problems.count - shown.count) more" : "")
            + (danger ? "\n    hint: plans never route through suspected informers or management; make the plan again "
                + "with `shopfloor plan`, or pass --allow-danger if it was made with --allow-danger on purpose" : "")
            + (!danger ? "\n    hint: was the plan made from another graph? make it again with `shopfloor plan … --json`" : ""))
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let graph = try Source.load(source)
        var drawn = try plan.map { path in try Self.readPlan(path, graph: graph, allowDanger: allowDanger) }
        if let from {
            let group = from.group(in: graph)
            let into = Workplace.ID(workplace)
            drawn = planner == .reach
                ? .reach(try Planning.reach(graph, from: group, into: into, options: ReachOptions(alternatives: alternatives)))
                : .core(try Planning.core(graph, into: into, from: group))
        }
        let document = try PlantMap.build(graph: graph, workplace: Workplace.ID(workplace), plan: drawn,
            planPath: plan ?? "plan", pathLimit: paths,
            options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames))
        try MapWriter.write(document, options: options)
    }
}
