import ArgumentParser
import ShopfloorModel
import ShopfloorPresent

extension RecordKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `shopfloor list`: the workplaces, people, cells or places of a graph or workspace, filtered and sorted.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List workplaces, people, cells or places, with search, filters and sorting.",
        discussion: """
            People are listed by id and alias (the same alias every map shows); names only with --reveal-names. \
            --search keeps the records whose id, alias (or revealed name), shop, shift or workplace contain every \
            word. Filters combine: --affiliation, --assessment, --workplace, --shop, --shift, --cell.

            Examples:
              shopfloor list Graphs/automotive-plant.yaml people --affiliation member
              shopfloor list Graphs/automotive-plant.yaml people --workplace korfez-motor \\
                --sort last-contact --descending
              shopfloor list Graphs/district.yaml workplaces --sort headcount \\
                --descending --limit 5
              shopfloor list Graphs/automotive-plant.yaml cells --json
            """
    )

    @Argument(help: "A graph file (.yaml, .yml or .json) or a workspace (.shopfloor).") var source: String
    @Argument(help: "What to list: workplaces, people, cells or places.") var kind: RecordKind
    @OptionGroup var filters: LookupFilters
    @Option(help: "Sort by this column (see the column names above the table; default id).") var sort: String?
    @Flag(help: "Sort from the largest down.") var descending = false
    @Option(help: "Show at most this many rows.") var limit: Int?
    @Flag(help: "Show people's names (hidden by default).") var revealNames = false
    @Flag(help: "Print the rows as JSON.") var json = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: revealNames)
        defer { Source.printNote() }
        let directory = Directory(graph: graph, revealNames: revealNames, aliasKey: aliasKey)
        var query = filters.query()
        query.sort = sort
        query.descending = descending
        query.limit = limit
        do {
            switch kind {
            case .people:
                let rows = try directory.people(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "alias"] + (revealNames ? ["name"] : []) + ["workplace", "shop", "shift",
                    "affiliation", "assessment", "ties", "contacts", "last-contact"],
                    alignments: [.left, .left] + (revealNames ? [.left] : []) + [.left, .left, .left, .left, .right, .right, .right, .left])
                for r in rows {
                    table.add([r.id, r.alias] + (revealNames ? [r.name ?? ""] : []) + [r.workplace ?? "", r.shop ?? "",
                        r.shift ?? "", r.affiliation, "\(r.assessment)", "\(r.ties)", "\(r.contacts)", r.lastContact ?? "never"])
                }
                print(table, count: rows.count, noun: "people")
            case .workplaces:
                let rows = try directory.workplaces(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "name", "kind", "sector", "district", "headcount", "mapped", "members", "cells"],
                    alignments: [.left, .left, .left, .left, .left, .right, .right, .right, .left])
                for r in rows {
                    table.add([r.id, r.name, r.kind, r.sector, r.district ?? "", "\(r.headcount)", "\(r.mapped)", "\(r.members)",
                        r.cells.joined(separator: ", ")])
                }
                print(table, count: rows.count, noun: "workplaces")
            case .cells:
                let rows = try directory.cells(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "kind", "workplace", "neighbourhood", "targets", "members", "committee", "last-contact"],
                    alignments: [.left, .left, .left, .left, .left, .right, .right, .left])
                for r in rows {
                    table.add([r.id, r.kind, r.workplace ?? "", r.neighbourhood ?? "", r.targets.joined(separator: ", "),
                        "\(r.members)", "\(r.committee)", r.lastContact ?? "never"])
                }
                print(table, count: rows.count, noun: "cells")
            case .places:
                let rows = try directory.places(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "kind", "name", "workplace", "district"])
                for r in rows { table.add([r.id, r.kind, r.name, r.workplace ?? "", r.district ?? ""]) }
                print(table, count: rows.count, noun: "places")
            }
        } catch let error as DirectoryQueryError {
            throw CLIError.usage("--sort: \(error)")
        }
    }

    private func print(_ table: TextTable, count: Int, noun: String) {
        guard count > 0 else { return Terminal.print("No \(noun) match.") }
        Terminal.print(table.render())
    }
}

/// The filters `list` takes (the workbench's list pages offer the same).
struct LookupFilters: ParsableArguments {
    @Option(help: "Keep records whose id, alias, shop, shift or workplace contain all these words.") var search: String?
    @Option(help: "Only people with this affiliation.") var affiliation: Affiliation?
    @Option(help: "Only people with this assessment (0–5).") var assessment: Assessment?
    @Option(help: "Only this workplace's people, cells and gates.") var workplace: String?
    @Option(help: "Only people of this shop.") var shop: String?
    @Option(help: "Only people of this shift.") var shift: String?
    @Option(help: "Only members of this cell.") var cell: String?

    func query() -> DirectoryQuery {
        DirectoryQuery(text: search, affiliation: affiliation, assessment: assessment, workplace: workplace.map { .init($0) },
            shop: shop.map { .init($0) }, shift: shift.map { .init($0) }, cell: cell.map { .init($0) })
    }
}
