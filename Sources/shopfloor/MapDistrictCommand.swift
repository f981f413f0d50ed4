import ArgumentParser
import ShopfloorText
import ShopfloorMaps

/// `shopfloor map district`: the penetration map of a district (or of every district).
struct MapDistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract: "Draw a district's penetration map: workplaces by size, penetration and cell status.",
        discussion: """
            Each workplace is a box sized by headcount and filled by penetration (members and sympathizers per \
            hundred workers); its outline shows the cell status (none, forming, cell, cell with committee). \
            Boxes are grouped by district or sector; street cells are drawn with dashed lines to the \
            workplaces they reach for, and dotted lines show members attached to another workplace's cell.

            Examples:
              shopfloor map district Graphs/district.yaml -o out/district.png
              shopfloor map district Graphs/district.yaml --district Gebze --by sector -o out/gebze.svg
            """
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(help: "Only workplaces in this district (case-insensitive).")
    var district: String?

    @Option(help: ArgumentHelp("Group workplaces by district or sector.", valueName: "grouping"))
    var by: DistrictMap.Grouping = .district

    @OptionGroup var options: MapOutputOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let graph = try Source.load(source)
        let document = try DistrictMap.build(graph: graph, district: district, grouping: by,
            options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames))
        try MapWriter.write(document, options: options)
    }
}
