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
        abstract: "Plan contact: reach into a plant, pick first contacts, expand a cell, gate times, attach members.",
        discussion: """
            Plans route around suspected informers and management (unless --allow-danger) and say whom they \
            avoided. Output shows ids only; --reveal-names shows names on this screen. --json prints the plan \
            in the stable form documented in Docs/plan-json.md. Costs come from a default table that --costs \
            FILE (YAML or JSON, any subset) overrides.

            Exit codes: 0 a plan, 1 bad input (unknown id, empty group, no path, invalid file), 2 usage error.

            Example (a street cell's first plan):
              shopfloor plan reach Graphs/automotive-plant.yaml \\
                --from arapcesme-street --into korfez-motor
              shopfloor plan core Graphs/automotive-plant.yaml \\
                --into korfez-motor
              shopfloor plan gates Graphs/automotive-plant.yaml \\
                --into korfez-motor --week 2026-11-23 --ics gates.ics
            """,
        subcommands: [PlanReachCommand.self, PlanCoreCommand.self, PlanExpandCommand.self, PlanGatesCommand.self,
            PlanAttachCommand.self]
    )
}

/// Options every planner shares.
struct PlanCommonOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Flag(help: "Print the plan as JSON (see Docs/plan-json.md).")
    var json = false

    @Flag(help: "Show people's names instead of only their ids (on this screen; JSON always has ids).")
    var revealNames = false

    @Option(name: .customLong("costs"), help: ArgumentHelp("A cost table (YAML or JSON) overriding the defaults.",
        valueName: "file"))
    var costsFile: String?

    /// Loads the graph and the cost table.
    func load() throws -> (OrganizingGraph, CostTable) {
        let graph = try Source.load(source)
        let costs = try costsFile.map { try SettingsFile.decode(CostTable.self, path: $0) } ?? .standard
        return (graph, costs)
    }

    /// A person's or place's label: the id, or with --reveal-names the name and id.
    func label(_ id: Person.ID, in graph: OrganizingGraph) -> String {
        guard revealNames else { return id.rawValue }
        if let p = graph.person(id) { return "\(p.name) (\(id))" }
        return id.rawValue
    }
}

extension PlanCommonOptions {
    /// Runs a planner. When it reaches nothing because every route passes a suspected informer or management
    /// person, the plan it still made is shown first — with --json the plan itself (its `avoided` list), else
    /// the people it kept away from — and the command then fails with the planner's message.
    func planning<P>(_ make: () throws -> P, graph: OrganizingGraph) throws -> P {
        do {
            return try make()
        } catch let error as PlanningError {
            if case .onlyDangerousRoutes(_, let plan) = error {
                if json {
                    try JSONOutput.print(plan)
                } else {
                    PlanPrinter(graph: graph, options: self).avoided(plan.avoided)
                    Terminal.print()
                }
            }
            throw error
        }
    }
}

/// Shared flag for planners that route around dangerous people.
struct DangerOption: ParsableArguments {
    @Flag(help: "Allow suspected informers and management on paths and as targets (off: they are avoided).")
    var allowDanger = false
}
