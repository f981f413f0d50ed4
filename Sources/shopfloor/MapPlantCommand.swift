import ArgumentParser
import ShopfloorMaps
import ShopfloorModel

/// `shopfloor map plant`: the outreach map of one workplace.
struct MapPlantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plant",
        abstract: "Draw a workplace's outreach map: shops, shifts, people who matter, gates, street cells, paths.",
        discussion: """
            Inside the fence, each shop is a table with one column per shift listing the people who matter \
            (members, leaders, informers and management, people tied to a street cell or on the plan) coloured \
            by affiliation, and a count of everyone else (≈ n more, k known). Street cells that target the plant or live near it \
            stand outside the fence with their ties in. With --plan, each planned path is drawn bold in its own \
            colour, every step labelled with its number, channel, place and time.

            Examples:
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor -o out/plant.svg
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor --plan plan.json -o out/plan.png
              shopfloor map plant Graphs/automotive-plant.yaml --workplace korfez-motor --code-names -o - > plant.svg
            """
    )

    @Argument(help: "The graph file (.yaml, .yml or .json).")
    var source: String

    @Option(help: "The id of the workplace to draw.")
    var workplace: String

    @Option(help: "A reach plan (JSON written by the planning commands) whose paths are drawn bold.")
    var plan: String?

    @OptionGroup var options: MapOutputOptions

    func run() throws {
        let graph = try Source.load(source)
        let planFile = try plan.map { path throws(MapError) in try PlanFile.load(path: path) }
        let document = try PlantMap.build(graph: graph, workplace: Workplace.ID(workplace), plan: planFile,
            planPath: plan ?? "plan", options: MapOptions(revealNames: options.revealNames, codeNames: options.codeNames))
        try MapWriter.write(document, options: options)
    }
}
