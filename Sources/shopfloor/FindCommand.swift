import ArgumentParser
import ShopfloorText
import ShopfloorPresent

/// `shopfloor find`: every workplace, person, cell and place matching some words.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: Text.string("find.Find.abstract"),
        discussion: Text.string("find.Find.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.find.source"))) var source: String
    @Argument(help: ArgumentHelp(Text.string("opt.find.words"))) var words: [String]
    @Option(help: ArgumentHelp(Text.string("opt.find.limit"))) var limit: Int?
    @Flag(help: ArgumentHelp(Text.string("opt.find.revealNames"))) var revealNames = false
    @Flag(help: ArgumentHelp(Text.string("opt.find.json"))) var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: revealNames)
        defer { Source.printNote() }
        let directory = Directory(graph: graph, revealNames: revealNames, aliasKey: aliasKey)
        let hits = directory.find(words.joined(separator: " "), limit: limit)
        if json { return try JSONOutput.print(hits) }
        guard !hits.isEmpty else {
            return Terminal.say(Text.string("find.nothing", ["words": "\(words.joined(separator: " "))"]))
        }
        var table = TextTable([RecordKind.columnTitle("kind"), RecordKind.columnTitle("id"), Text.string("find.column.shownAs"),
            Text.string("find.column.about")])
        for h in hits { table.add([h.kind.singular, h.id, h.label, h.detail]) }
        Terminal.print(table.render())
    }
}
