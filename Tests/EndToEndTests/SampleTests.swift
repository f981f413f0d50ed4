import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// The samples in `Graphs/` are maintained by hand as YAML; these tests fail when a sample and what is said
/// about it drift apart: the README's table, the rule that person ids are codes.
@Suite("Sample graphs: one source, nothing drifts from it")
struct SampleTests {
    @Test("every sample loads without errors and breaks no rule of the graph", arguments: Sample.allCases)
    func loads(sample: Sample) throws {
        let graph = try GraphFile.load(path: sample.path)
        #expect(graph.violations().isEmpty)
        #expect(!graph.people.isEmpty)
    }

    @Test("Graphs/README.md counts what each sample holds", arguments: Sample.allCases)
    func readmeTable(sample: Sample) throws {
        let readme = try String(contentsOfFile: PackageRoot.path("Graphs/README.md"), encoding: .utf8)
        let row = try #require(readme.split(separator: "\n").first { $0.hasPrefix("| `\(sample.rawValue).yaml` |") },
            "Graphs/README.md has no row for \(sample)")
        let numbers = row.split(separator: "|").dropFirst(1).map { $0.trimmingCharacters(in: .whitespaces) }.compactMap { Int($0) }
        let graph = try GraphFile.load(path: sample.path)
        let counted = [graph.workplaces.count, graph.people.count, graph.ties.count, graph.cells.count, graph.contacts.count,
            graph.people.filter { $0.affiliation == .member }.count]
        #expect(numbers == counted, "README: \(numbers), \(sample) holds \(counted) (workplaces, people, ties, cells, contacts, members)")
    }

    @Test("every person id in the samples is a code (p-NNNN, first digit the sample), never a name or initials",
        arguments: Sample.allCases)
    func personIdsAreCodes(sample: Sample) throws {
        let digit = ["automotive-plant": "1", "district": "2", "office-plaza": "3"][sample.rawValue] ?? "?"
        let graph = try GraphFile.load(path: sample.path)
        for person in graph.people {
            let id = person.id.rawValue
            #expect(id.wholeMatch(of: /p-\d{4}/) != nil && id.dropFirst(2).hasPrefix(digit), "\(sample): id '\(id)'")
            // No part of the name (first name, surname, their initials) in the id.
            let parts = person.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
            let initials = String(parts.compactMap(\.first))
            for part in parts + [initials] where part.count >= 2 {
                #expect(!id.contains(part), "\(sample): id '\(id)' holds '\(part)' of the name")
            }
        }
    }
}
