import ArgumentParser
import ShopfloorText
import ShopfloorModel
import ShopfloorPresent
import ShopfloorStore

/// `shopfloor show`: one workplace, person, cell or place with everything that hangs on it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Text.string("show.Show.abstract"),
        discussion: Text.string("show.Show.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.show.source"))) var source: String
    @Argument(help: ArgumentHelp(Text.string("opt.show.id"))) var id: String
    @Option(help: ArgumentHelp(Text.string("opt.show.kind"))) var kind: RecordKind?
    @Flag(help: ArgumentHelp(Text.string("opt.show.revealNames"))) var revealNames = false
    @Flag(help: ArgumentHelp(Text.string("opt.show.json"))) var json = false

    @OptionGroup var language: LanguageOption

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
