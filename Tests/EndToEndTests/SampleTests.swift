import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// The samples in `Graphs/` are maintained by hand as YAML; these tests fail when a sample and what is said
/// about it drift apart: the README's table, the examples in the help texts, the rule that person ids are codes.
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

    @Test("every example in the help texts that names a sample runs on it")
    func helpExamplesRun() throws {
        let dump = try CLI.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        // `serve` runs until it is stopped (it hung CI for 90 minutes here): WorkbenchServeTests runs its example.
        let examples = try Self.examples(inHelpDump: Data(dump.stdout.utf8))
            .filter { $0.contains { $0.hasPrefix("Graphs/") } && $0.first != "serve" }
        #expect(examples.count >= 15, "only \(examples.count) examples name a sample")
        let folder = URL(fileURLWithPath: try Scratch.folder("examples"))
        for name in ["Graphs", "Examples"] {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: PackageRoot.url(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let plan = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "arapcesme-street", "--into",
            "korfez-motor", "--json"], in: folder)
        try Data(plan.stdout.utf8).write(to: folder.appendingPathComponent("plan.json"))
        for example in examples {
            for workspace in example where workspace.hasSuffix(".shopfloor") {
                if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(workspace).path) {
                    #expect(try CLI.run(["init", workspace], in: folder).status == 0)
                }
            }
            let result = try CLI.run(example, in: folder)
            #expect(result.status == 0, "shopfloor \(example.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
    }

    /// The `shopfloor …` command lines of every command's discussion (continuation lines joined), as arguments,
    /// without the program name and without what follows a pipe or a redirection.
    static func examples(inHelpDump data: Data) throws -> [[String]] {
        struct Command: Decodable {
            var discussion: String?
            var subcommands: [Command]?
        }
        struct Dump: Decodable { var command: Command }
        var lines: [String] = []
        func walk(_ command: Command) {
            var pending = ""
            for raw in (command.discussion ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if pending.isEmpty, !line.hasPrefix("shopfloor ") { continue }
                pending += (pending.isEmpty ? "" : " ") + line
                if pending.hasSuffix("\\") { pending.removeLast() } else { lines.append(pending); pending = "" }
            }
            command.subcommands?.forEach(walk)
        }
        walk(try JSONDecoder().decode(Dump.self, from: data).command)
        return lines.map { line in
            let words = Self.shellWords(line)
            let end = words.firstIndex { $0 == "|" || $0 == ">" } ?? words.count
            return Array(words[1..<end])
        }
    }

    /// Splits a command line as a shell would (quotes kept together, no expansions).
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?, inWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c == " " {
                if inWord { words.append(word); word = ""; inWord = false }
            } else {
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
