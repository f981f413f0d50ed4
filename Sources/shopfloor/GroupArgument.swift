import Foundation
import ArgumentParser
import ShopfloorModel
import ShopfloorPlanning

/// `--from GROUP`: a cell id, or comma-separated person ids, as typed.
///
/// Which of the two it is depends on the graph (a single id that names a cell is the cell), so the text is
/// read here and made a ``PlanningGroup`` once the graph is loaded.
struct GroupArgument: ExpressibleByArgument, Hashable {
    /// The ids as written, trimmed, empty ones left out.
    var ids: [String]

    init?(argument: String) {
        ids = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if ids.isEmpty { return nil }
    }

    /// The planning group these ids name in `graph`: the cell when one id names a cell, else the people (each
    /// by their id or by the alias plans and maps show them by).
    func group(in graph: OrganizingGraph, aliases: PersonAliases) -> PlanningGroup {
        if ids.count == 1, graph.cell(Cell.ID(ids[0])) != nil { return .cell(Cell.ID(ids[0])) }
        return .people(ids.map { text in
            graph.person(Person.ID(text)) != nil ? Person.ID(text) : aliases.person(alias: text) ?? Person.ID(text)
        })
    }
}
