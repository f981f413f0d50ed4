import ArgumentParser
import ShopfloorText
import ShopfloorMaps

/// `shopfloor map cells`: the organization's structure, committee → cells → members.
struct MapCellsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cells",
        abstract: Text.string("cmd.mapcells.mapCells.abstract"),
        discussion: Text.string("cmd.mapcells.mapCells.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @OptionGroup var options: MapOutputOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: options.revealNames)
        let document = CellChart.build(graph: graph,
            options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames, aliasKey: aliasKey))
        try MapWriter.write(document, options: options, inputs: [source])
    }
}
