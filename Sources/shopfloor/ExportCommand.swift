import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// `shopfloor export`: writes a graph (or the part a cell needs) as YAML, JSON, CSV or GraphML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Text.string("cmd.export.export.abstract"),
        discussion: Text.string("cmd.export.export.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.export.source")))
    var source: String

    @Option(help: ArgumentHelp(Text.string("opt.export.format")))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(Text.string("opt.export.output")))
    var output: String

    @Option(help: ArgumentHelp(Text.string("opt.export.scope"), valueName: "cell:id|workplace:id"))
    var scope: ExportScope?

    @Flag(help: ArgumentHelp(Text.string("opt.export.revealNames")))
    var revealNames = false

    @Flag(help: ArgumentHelp(Text.string("opt.export.json")))
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let scoped = scope ?? .all
        let (graph, key) = try Source.open(source, revealNames: revealNames)
        var out = try scoped.apply(to: graph, path: source, planPeople: Self.planPeople(of: scoped, in: graph))
        if !revealNames { out = Redaction(aliases: PersonAliases(graph: graph, key: key)).apply(to: out) }
        try format.write(out, to: output, palette: format == .graphml ? .maps(for: out) : .none, inputs: [source])
        if json {
            return try JSONOutput.print(ExportReport(output: output, format: format.rawValue, namesRevealed: revealNames,
                people: out.people.count, workplaces: out.workplaces.count, ties: out.ties.count, contacts: out.contacts.count))
        }
        Terminal.say(Text.string("export.wrote", CountWords.arguments(["people": out.people.count,
            "workplaces": out.workplaces.count, "ties": out.ties.count, "contacts": out.contacts.count])
            .merging(["output": "\(output)"]) { $1 })
            + " " + Text.string(revealNames ? "bundle.out.namesRevealed" : "export.namesHidden"))
    }
}

/// The JSON form of `shopfloor export`.
struct ExportReport: Encodable {
    var output: String
    var format: String
    var namesRevealed: Bool
    var people, workplaces, ties, contacts: Int
}

extension ExportCommand {
    /// The people on a cell's reach plans into each of its target workplaces; empty for other scopes.
    ///
    /// The plans are the ones `plan reach --from CELL --into TARGET` prints: they never pass through suspected
    /// informers or management, so the scoped file holds none of them on account of a plan.
    static func planPeople(of scope: ExportScope, in graph: OrganizingGraph) -> Set<Person.ID> {
        guard case .cell(let id) = scope, let cell = graph.cell(id), !cell.targets.isEmpty else { return [] }
        let index = PlanningIndex(graph: graph)
        var people: Set<Person.ID> = []
        for target in cell.targets {
            guard let plan = try? Planning.reach(index, from: .cell(id), into: target) else { continue }
            for path in plan.paths {
                for step in path.steps {
                    for end in [step.from, step.to.person].compactMap({ $0 }) where graph.person(end) != nil { people.insert(end) }
                }
            }
        }
        return people
    }
}
