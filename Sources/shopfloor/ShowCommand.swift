import ArgumentParser
import ShopfloorModel
import ShopfloorPresent
import ShopfloorStore

/// `shopfloor show`: one workplace, person, cell or place with everything that hangs on it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one workplace, person, cell or place: a person's ties, contacts and cells; a workplace's grid.",
        discussion: """
            A workplace shows its shops × shifts grid (mapped people, members), shift times and gates, cells and \
            people; a person their ties, contacts over time and cells; a cell its members and their contacts. \
            The id is looked up among workplaces, people, cells and places in that order (--kind picks one).

            Examples:
              shopfloor show Graphs/automotive-plant.yaml korfez-motor
              shopfloor show Graphs/automotive-plant.yaml p-1172
              shopfloor show Graphs/automotive-plant.yaml arapcesme-street --json
            """
    )

    @Argument(help: "A graph file (.yaml, .yml or .json) or a workspace (.shopfloor).") var source: String
    @Argument(help: "The record's id.") var id: String
    @Option(help: "Look the id up only among workplaces, people, cells or places.") var kind: RecordKind?
    @Flag(help: "Show people's names, addresses and notes (hidden by default).") var revealNames = false
    @Flag(help: "Print the record as JSON.") var json = false

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: revealNames)
        defer { Source.printNote() }
        let directory = Directory(graph: graph, revealNames: revealNames, aliasKey: aliasKey)
        let kinds = kind.map { [$0] } ?? RecordKind.allCases
        for kind in kinds {
            switch kind {
            case .workplaces:
                guard let w = directory.workplace(.init(id)) else { continue }
                if json { try JSONOutput.print(w) } else { ShowPrinter(revealNames: revealNames).print(w) }
                return
            case .people:
                guard let p = directory.person(.init(id)) else { continue }
                if json { try JSONOutput.print(p) } else { ShowPrinter(revealNames: revealNames).print(p) }
                return
            case .cells:
                guard let c = directory.cell(.init(id)) else { continue }
                if json { try JSONOutput.print(c) } else { ShowPrinter(revealNames: revealNames).print(c) }
                return
            case .places:
                guard let place = directory.graph.place(.init(id)) else { continue }
                let row = directory.row(place)
                if json { try JSONOutput.print(row) } else { ShowPrinter(revealNames: revealNames).print(row) }
                return
            }
        }
        let g = directory.graph
        let ids = kinds.flatMap { kind -> [String] in
            switch kind {
            case .workplaces: g.workplaces.map(\.id.rawValue)
            case .people: g.people.map(\.id.rawValue)
            case .cells: g.cells.map(\.id.rawValue)
            case .places: g.places.map(\.id.rawValue)
            }
        }
        throw StoreError.notFound(path: source, what: kind.map { String($0.rawValue.dropLast()) } ?? "record", id: id,
            hint: Suggestion.hint(for: id, among: ids, noun: "id"))
    }
}
