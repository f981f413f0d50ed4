import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// `shopfloor plan`: the contact planners (reach, core, expand, gates, attach).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: Text.string("cmd.plan.plan.abstract"),
        discussion: Text.string("cmd.plan.plan.discussion"),
        subcommands: [PlanReachCommand.self, PlanCoreCommand.self, PlanExpandCommand.self, PlanGatesCommand.self,
            PlanAttachCommand.self]
    )
}

/// Options every planner shares.
struct PlanCommonOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Flag(help: ArgumentHelp(Text.string("opt.plan.json")))
    var json = false

    @Flag(help: ArgumentHelp(Text.string("opt.plan.revealNames")))
    var revealNames = false

    @Option(name: .customLong("costs"), help: ArgumentHelp(Text.string("opt.plan.costsFile"),
        valueName: "file"))
    var costsFile: String?

    /// Loads the graph, the aliases of its people and the cost table.
    func load() throws -> (OrganizingGraph, CostTable, PersonAliases) {
        let (graph, key) = try Source.open(source, revealNames: revealNames)
        let costs = try costsFile.map { try SettingsFile.decode(CostTable.self, path: $0) } ?? .standard
        return (graph, costs, PersonAliases(graph: graph, key: key))
    }

    /// How person ids are written in the plan's JSON: aliases, or ids with --reveal-names.
    func naming(_ aliases: PersonAliases, graph: OrganizingGraph) -> any PersonNaming {
        Source.naming(aliases, revealNames: revealNames, graph: graph)
    }

    /// A person's label: their alias, or with --reveal-names the name and id.
    func label(_ id: Person.ID, in graph: OrganizingGraph, aliases: PersonAliases) -> String {
        guard revealNames else { return aliases.alias(id) }
        if let p = graph.person(id) { return "\(p.name.echoed()) (\(id.rawValue.echoed()))" }
        return id.rawValue.echoed()
    }
}

extension PlanCommonOptions {
    /// Runs a planner. When it reaches nothing because every route passes a suspected informer or management
    /// person, the plan it still made is shown first — with --json the plan itself (its `avoided` list), else
    /// the people it kept away from — and the command then fails with the planner's message.
    func planning<P>(_ make: () throws -> P, graph: OrganizingGraph, aliases: PersonAliases) throws -> P {
        do {
            return try make()
        } catch let error as PlanningError {
            if case .onlyDangerousRoutes(_, let plan) = error {
                if json {
                    try JSONOutput.print(plan, people: naming(aliases, graph: graph))
                } else {
                    PlanPrinter(graph: graph, options: self, aliases: aliases).avoided(plan.avoided, into: plan.into)
                    Terminal.print()
                }
            }
            throw error
        }
    }
}

/// Shared flag for planners that route around dangerous people.
struct DangerOption: ParsableArguments {
    @Flag(help: ArgumentHelp(Text.string("opt.plan.allowDanger")))
    var allowDanger = false
}
