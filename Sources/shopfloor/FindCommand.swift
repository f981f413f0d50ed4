import ArgumentParser
import ShopfloorPresent

/// `shopfloor find`: every workplace, person, cell and place matching some words.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find workplaces, people, cells and places by id, alias or name.",
        discussion: """
            Every word must appear (any case) in a record's id, alias or name; people's names are searched only \
            with --reveal-names. Open a hit with `shopfloor show SOURCE ID`.

            Examples:
              shopfloor find Graphs/automotive-plant.yaml korfez
              shopfloor find Graphs/automotive-plant.yaml p-117 --json
            """
    )

    @Argument(help: "A graph file (.yaml, .yml or .json) or a workspace (.shopfloor).") var source: String
    @Argument(help: "Words to look for.") var words: [String]
    @Option(help: "Show at most this many hits.") var limit: Int?
    @Flag(help: "Search and show people's names (hidden by default).") var revealNames = false
    @Flag(help: "Print the hits as JSON.") var json = false

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: revealNames)
        defer { Source.printNote() }
        let directory = Directory(graph: graph, revealNames: revealNames, aliasKey: aliasKey)
        let hits = directory.find(words.joined(separator: " "), limit: limit)
        if json { return try JSONOutput.print(hits) }
        guard !hits.isEmpty else { return Terminal.print("Nothing matches '\(words.joined(separator: " "))'.") }
        var table = TextTable(["kind", "id", "shown as", "about"])
        for h in hits { table.add([String(h.kind.rawValue.dropLast()), h.id, h.label, h.detail]) }
        Terminal.print(table.render())
    }
}
