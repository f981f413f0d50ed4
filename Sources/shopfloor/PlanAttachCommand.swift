import ArgumentParser
import ShopfloorModel
import ShopfloorPlanning

/// `shopfloor plan attach`: proposed cells for isolated members (not applied).
struct PlanAttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Propose cells for members with no cell to be active in (changes are only proposed).",
        discussion: """
            "In factories in which there are only one or two party members, they shall be attached to the \
            nearest factory cell. Party members who do not work in a factory shall be attached to factory \
            cells in their neighbourhood; otherwise they form street cells" [res. 14]. Nearest means by \
            coordinates when both are known, else the same district, else fewest ties apart.

            Example:
              shopfloor plan attach Graphs/district.yaml --json
            """
    )

    @OptionGroup var common: PlanCommonOptions

    func run() throws {
        let (graph, _) = try common.load()
        let plan = Planning.attach(graph)
        if common.json { return try JSONOutput.print(plan) }
        let p = PlanPrinter(graph: graph, options: common)
        guard !plan.proposals.isEmpty else {
            Terminal.print("Every member has a cell to be active in: nothing to propose.")
            return
        }
        Terminal.print(Terminal.styled("Proposed cell changes (\(plan.proposals.count)), not applied:", .bold))
        var table = TextTable(["member", "proposal", "cell", "why"])
        for a in plan.proposals {
            let proposal = switch a.action {
            case .attach: "attach to"
            case .joinStreetCell: "join street cell"
            case .formStreetCell: "form street cell"
            }
            let km = a.distanceKm.map { " (\(p.number($0)) km)" } ?? ""
            table.add([p.label(a.person), proposal, a.cell ?? a.neighbourhood.map { "in \($0)" } ?? "-", a.reason + km])
        }
        Terminal.print(table.render(indent: "  "))
    }
}
