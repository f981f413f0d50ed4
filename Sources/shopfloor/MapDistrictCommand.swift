import ArgumentParser
import ShopfloorText
import ShopfloorMaps

/// `shopfloor map district`: the penetration map of a district (or of every district).
struct MapDistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract: Text.string("cmd.mapdistrict.mapDistrict.abstract"),
        discussion: Text.string("cmd.mapdistrict.mapDistrict.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(help: ArgumentHelp(Text.string("opt.mapdistrict.district")))
    var district: String?

    @Option(help: ArgumentHelp(Text.string("opt.mapdistrict.by"), valueName: "grouping"))
    var by: DistrictMap.Grouping = .district

    @OptionGroup var options: MapOutputOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: options.revealNames)
        let document = try DistrictMap.build(graph: graph, district: district, grouping: by,
            options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames, aliasKey: aliasKey))
        try MapWriter.write(document, options: options, inputs: [source])
    }
}
