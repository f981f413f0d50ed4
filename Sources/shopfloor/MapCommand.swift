import ArgumentParser
import ShopfloorMaps
import ShopfloorText
import ShopfloorGraphviz

/// `shopfloor map`: outreach, penetration and cell-structure maps rendered through Graphviz in-process.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: Text.string("cmd.map.map.abstract"),
        discussion: Text.string("cmd.map.map.discussion"),
        subcommands: [MapPlantCommand.self, MapDistrictCommand.self, MapCellsCommand.self]
    )
}

/// The options every map shares: where it goes, how it is laid out, what it may show.
struct MapOutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(Text.string("opt.map.output")))
    var output: String

    @Option(help: ArgumentHelp(Text.string("opt.map.format"), valueName: "format"))
    var format: OutputFormat?

    @Option(help: ArgumentHelp(Text.string("opt.map.layout"),
        valueName: "engine"))
    var layout: LayoutEngine?

    @Flag(help: ArgumentHelp(Text.string("opt.map.revealNames")))
    var revealNames = false

    @Flag(help: ArgumentHelp(Text.string("opt.map.codeNames")))
    var codeNames = false

    @Option(help: ArgumentHelp(Text.string("opt.map.paper"), valueName: "paper"))
    var paper: Paper?

    /// Diagnostics: render N times in this process and print resident memory after render 50 and render N.
    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount: Int = 1
}
