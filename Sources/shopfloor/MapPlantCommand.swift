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
        abstract: Text.string("cmd.mapplant.mapPlant.abstract"),
        discussion: Text.string("cmd.mapplant.mapPlant.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.workplace")))
    var workplace: String

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.plan")))
    var plan: String?

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.from"),
        valueName: "group"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.planner"),
        valueName: "planner"))
    var planner = PlannerChoice.core

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.paths")))
    var paths = 8

    @Option(help: ArgumentHelp(Text.string("opt.mapplant.alternatives"),
        valueName: "n"))
    var alternatives = 0

    @Flag(inversion: .prefixedNo,
        help: ArgumentHelp(Text.string("opt.mapplant.everyone")))
    var everyone: Bool?

    @Flag(help: ArgumentHelp(Text.string("opt.mapplant.allowDanger")))
    var allowDanger = false

    @OptionGroup var options: MapOutputOptions

    func validate() throws {
        if plan != nil && from != nil { throw ValidationError(Text.string("map.plant.planOrFrom")) }
        if allowDanger && plan == nil { throw ValidationError(Text.string("map.plant.allowDanger")) }
        if paths < 0 { throw ValidationError(Text.string("map.plant.pathsNegative")) }
        if alternatives < 0 { throw ValidationError(Text.string("map.plant.alternativesNegative")) }
        if alternatives > 0 && (from == nil || planner != .reach) {
            throw ValidationError(Text.string("map.plant.alternativesNeedReach"))
        }
    }

    /// Reads a plan file back and checks it against the graph: a plan that routes through a suspected informer
    /// or management person, names what the graph lacks or does not join up is refused, every problem listed.
    /// People are read back by their aliases (as plans write them) or, from a plan written with names
    /// revealed, by their ids.
    static func readPlan(_ path: String, graph: OrganizingGraph, aliases: PersonAliases, allowDanger: Bool) throws -> Plan {
        let plan = try PlanFile.load(Plan.self, path: path, people: aliases)
        let problems = plan.problems(in: graph, allowDanger: allowDanger)
        guard !problems.isEmpty else { return plan }
        let danger = problems.contains(where: \.isDanger)
        let shown = problems.prefix(20).map { "\(path): \($0)" }
        throw CLIError.input(Text.plural("map.plant.planRefused", count: problems.count, ["path": "\(path)"]) + "\n"
            + shown.joined(separator: "\n")
            + (problems.count > shown.count ? "\n… " + Text.string("map.plant.moreProblems", ["count": .integer(problems.count - shown.count)]) : "")
            + "\n    " + Text.string(danger ? "map.plant.planRefused.dangerHint" : "map.plant.planRefused.otherGraphHint"))
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: options.revealNames)
        // Only a plan file or a group needs every alias resolved (a plain map resolves the ones it draws).
        let aliases = plan != nil || from != nil ? PersonAliases(graph: graph, key: aliasKey) : nil
        var drawn = try plan.map { path in
            try Self.readPlan(path, graph: graph, aliases: aliases ?? PersonAliases(graph: graph, key: aliasKey),
                allowDanger: allowDanger)
        }
        if let from {
            let group = from.group(in: graph, aliases: aliases ?? PersonAliases(graph: graph, key: aliasKey))
            let into = Workplace.ID(workplace)
            drawn = planner == .reach
                ? .reach(try Planning.reach(graph, from: group, into: into, options: ReachOptions(alternatives: alternatives)))
                : .core(try Planning.core(graph, into: into, from: group))
        }
        let mapOptions = MapOptions(revealNames: options.revealNames, codeNames: options.codeNames, aliasKey: aliasKey)
        let build = { (page: PlantMapPage?) throws -> (document: MapDocument, shops: [PlantMapShop]) in
            try PlantMap.layout(graph: graph, workplace: Workplace.ID(workplace), plan: drawn, planPath: plan ?? "plan",
                pathLimit: paths, everyone: everyone, options: mapOptions, page: page)
        }
        let (document, shops) = try build(nil)
        let inputs = [source, plan].compactMap { $0 }
        // A plant too large for its sheet at 7 pt is split over pages by shop rather than refused.
        let printed = try options.paper.map { try MapWriter.printing(document, on: $0, options: options) }
        if let paper = options.paper, let printed, printed.textSize < Paper.smallestReadableText {
            try PlantPages.write(build: { try build($0).document }, shops: shops, paper: paper, options: options, inputs: inputs)
            return
        }
        try MapWriter.write(document, options: options, inputs: inputs, printed: printed)
    }
}
