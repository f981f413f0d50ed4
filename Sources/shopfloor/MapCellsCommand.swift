import ArgumentParser
import ShopfloorText
import ShopfloorMaps

/// `shopfloor map cells`: the organization's structure, committee → cells → members.
struct MapCellsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cells",
        abstract: "Draw the cell structure: the committee, its workplace and street cells, their members.",
        discussion: """
            Every cell is a table: its workplace or neighbourhood, its members (committee first), and the cell \
            rules' findings (too small, no committee). Members who belong to no cell are listed apart.

            Examples:
              shopfloor map cells Graphs/district.yaml -o out/cells.svg
              shopfloor map cells Graphs/district.yaml --code-names -o out/cells.pdf
            """
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @OptionGroup var options: MapOutputOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let graph = try Source.load(source)
        let document = CellChart.build(graph: graph,
            options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames))
        try MapWriter.write(document, options: options)
    }
}
