import ArgumentParser
import ShopfloorMaps
import ShopfloorGraphviz

/// `shopfloor map`: outreach, penetration and cell-structure maps rendered through Graphviz in-process.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw a plant's outreach map, a district's penetration map or the cell structure.",
        discussion: """
            Maps are rendered by Graphviz's library inside Shopfloor (no `dot` program is run). The format \
            follows the output file's extension: .svg, .png, .pdf or .dot (the DOT source, before layout); \
            `-o -` writes to standard output (SVG unless --format says otherwise).

            Names, notes and addresses never appear: people are shown by a stable four-letter alias. Pass \
            --reveal-names only for maps that stay in the room; --code-names replaces workplace and employer \
            names for maps that travel.

            Examples:
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor -o out/plant.png
              shopfloor map district Graphs/district.yaml --by sector -o out/district.svg
              shopfloor map cells Graphs/district.yaml -o out/cells.pdf
            """,
        subcommands: [MapPlantCommand.self, MapDistrictCommand.self, MapCellsCommand.self]
    )
}

/// The options every map shares: where it goes, how it is laid out, what it may show.
struct MapOutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "The file to write (.svg, .png, .pdf, .dot), or - for standard output.")
    var output: String

    @Option(help: ArgumentHelp("The file format, when the extension does not say it.", valueName: "format"))
    var format: OutputFormat?

    @Option(help: ArgumentHelp("The Graphviz layout engine (default: dot, or sfdp above 300 nodes).",
        valueName: "engine"))
    var layout: LayoutEngine?

    @Flag(help: "Show people's names instead of aliases (for maps that stay in the room).")
    var revealNames = false

    @Flag(help: "Replace workplace and employer names with stable code names (for maps that travel).")
    var codeNames = false

    @Option(help: ArgumentHelp("Scale the map to fill a sheet for printing (a4 or a3; landscape for plant maps).",
        valueName: "paper"))
    var paper: Paper?

    /// Diagnostics: render N times in this process and print resident memory after render 50 and render N.
    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount: Int = 1
}
