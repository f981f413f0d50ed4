import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// A cell's workspace, made from a bundle that shows its workers under aliases, works with every planner, map
/// and the calendar as the committee's does, and its plans keep away from the people marked *avoid*.
@Suite("A cell's own workspace, end to end")
struct CellWorkspaceCommandTests {
    func run(_ arguments: [String], in dir: String) throws -> Subprocess.Result {
        try CLI.run(arguments, environment: BundleCommandTests.env, in: URL(fileURLWithPath: dir))
    }

    /// Every string in a JSON document but those under the lists of people a plan keeps away from
    /// (`avoided`, and the group's `dropped`).
    func strings(_ value: Any) -> [String] {
        switch value {
        case let s as String: [s]
        case let a as [Any]: a.flatMap(strings)
        case let d as [String: Any]: d.filter { !["avoided", "dropped"].contains($0.key) }.values.flatMap(strings)
        default: []
        }
    }

    /// The cell's workspace (`CELL.shopfloor` in `dir`), made from a bundle with its workers under aliases.
    func cellWorkspace(_ cell: String, in dir: String) throws -> OrganizingGraph {
        if !FileManager.default.fileExists(atPath: dir + "/c.shopfloor") {
            for setup in [["keys", "new", "committee"], ["init", "c.shopfloor"],
                          ["import", "c.shopfloor", PackageRoot.path("Graphs/district.yaml")]] {
                let result = try run(setup, in: dir)
                try #require(result.status == 0, "\(setup): \(result.stderr)")
            }
        }
        for setup in [["keys", "new", cell], ["cell", "key", "c.shopfloor", cell, "--set", cell + ".pub"],
                      ["bundle", "out", "c.shopfloor", "--cell", cell, "--key", "committee.key", "-o", cell + ".bundle"],
                      ["init", cell + ".shopfloor", "--from-bundle", cell + ".bundle", "--key", cell + ".key",
                       "--committee-key", "committee.pub"]] {
            let result = try run(setup, in: dir)
            try #require(result.status == 0, "\(setup): \(result.stderr)")
        }
        return try Workspace.open(at: dir + "/\(cell).shopfloor", passphrase: { "workspace passphrase" }).graph()
    }

    @Test("planners, maps, the report and the calendar run on cells' workspaces; no plan passes a person marked avoid",
        .timeLimit(.minutes(10)))
    func everyCommand() throws {
        let dir = try Scratch.folder("cell-workspace")
        let street = try cellWorkspace("kirazpinar-street", in: dir)
        let workplace = try cellWorkspace("mb-cell", in: dir)
        let avoid = Set((street.people + workplace.people).filter { $0.tags.contains("avoid") }.map(\.id.rawValue))
        #expect(!avoid.isEmpty)
        let source = "kirazpinar-street.shopfloor"
        let from = ["--from", "kirazpinar-street", "--into", "dilovasi-motor"]
        let commands: [[String]] = [
            ["plan", "reach", source] + from + ["--json", "--reveal-names"],
            ["plan", "core", source] + from + ["--json", "--reveal-names"],
            ["plan", "expand", "mb-cell.shopfloor", "--cell", "mb-cell", "--json", "--reveal-names"],
            ["plan", "gates", source] + from + ["--week", "2026-11-02", "--ics", "gates.ics"],
            ["map", "plant", source, "--workplace", "dilovasi-motor", "--from", "kirazpinar-street", "-o", "plant.svg"],
            ["map", "district", source, "-o", "district.svg"],
            ["map", "cells", "mb-cell.shopfloor", "-o", "cells.svg"],
            ["report", "penetration", source],
        ]
        for command in commands {
            let result = try run(command, in: dir)
            #expect(result.status == 0, "\(command.prefix(2).joined(separator: " ")): \(result.stderr)")
            guard command.contains("--json"), result.status == 0 else { continue }
            // Ids as they are (--reveal-names): the part's own ids, so a person marked avoid would show by id.
            let onPlan = Set(strings(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))))
            #expect(!onPlan.isEmpty && onPlan.isDisjoint(with: avoid), "\(command[1]) routes through \(onPlan.intersection(avoid))")
        }
        for file in ["gates.ics", "plant.svg", "district.svg", "cells.svg"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: dir + "/" + file)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file) written")
        }
    }
}
