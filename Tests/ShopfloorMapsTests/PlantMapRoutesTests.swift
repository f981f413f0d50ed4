import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorTestSupport
import Testing

/// Alternative routes and the ties among the people drawn inside the plant.
@Suite("Plant map: alternatives and ties inside")
struct PlantMapRoutesTests {
    static func plan() throws -> Plan { try SampleGraphs.plan() }

    /// The row (table node and port) each drawn person of the fence occupies, found by alias in the tables.
    static func rows(_ document: MapDocument, _ graph: OrganizingGraph) throws -> [Person.ID: (node: String, port: String)] {
        let redactor = Redactor(graph: graph, options: MapTestSupport.options)
        var byAlias: [String: (node: String, port: String)] = [:]
        func walk(_ table: MapTable, node: String) {
            for cell in table.rows.joined() {
                if let port = cell.port, let word = cell.text.first?.split(separator: " ").dropFirst().first {
                    byAlias[String(word)] = (node, port)
                }
                for nested in cell.nested { walk(nested, node: node) }
            }
        }
        for node in try #require(document.clusters.first).nodes {
            if case .table(let table) = node.label { walk(table, node: node.id) }
        }
        var rows: [Person.ID: (node: String, port: String)] = [:]
        for person in graph.people { if let row = byAlias[redactor.alias(person.id)] { rows[person.id] = row } }
        return rows
    }

    @Test("alternatives are dashed, lighter, labelled alt n.k:step, and listed in the legend, DOT and SVG")
    func alternatives() throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: Self.plan(),
            options: MapTestSupport.options)
        let alternative = document.edges.filter { $0.line == .dashed && $0.penWidth > 1 && $0.penWidth < 3 }
        #expect(alternative.contains { $0.label.first == "alt 1.1:1" })
        #expect(alternative.contains { $0.label.first == "alt 2.1:1" })
        let placeLines = document.allNodes.flatMap { node -> [String] in
            if case .text(let lines) = node.label { return lines } else { return [] }
        }
        #expect(placeLines.contains { $0.hasPrefix("alt 1.1:1 gate") })
        #expect(placeLines.contains { $0.hasPrefix("alt 2.1:1 pub") })
        #expect(alternative.contains { $0.color == MapPalette.alternative(MapPalette.paths[0]) })
        #expect(alternative.contains { $0.color == MapPalette.alternative(MapPalette.paths[1]) })
        #expect(MapPalette.alternative(MapPalette.paths[0]) != MapPalette.paths[0])
        #expect(document.title.contains { $0.contains("with 2 alternative routes") })
        let dot = DOTEncoder().encode(document)
        #expect(dot.contains("xlabel=\"alt 1.1:1\""))
        #expect(dot.contains("\\nalt 1.1:1 gate (")) // inside the South gate's label, with who and when
        let svg = try SVGContents(MapTestSupport.render(document))
        #expect(svg.text.contains("alt 1.1:1 gate"))
        #expect(svg.text.contains("alternative route of path n"))
        #expect(svg.classes.filter { $0 == "edge" }.count == document.edges.filter { $0.line != .invisible }.count)
    }

    @Test("a reach plan computed in-process keeps its alternatives")
    func alternativesInProcess() throws {
        let graph = try SampleGraphs.plant()
        let streetOnly = OrganizingGraph(name: graph.name, workplaces: graph.workplaces, people: graph.people,
            cells: graph.cells.filter { $0.kind == .street }, places: graph.places, ties: graph.ties.array)
        let reach = try Planning.reach(streetOnly, from: .cell("kirazli-street"),
            into: "anadolu-oto", options: ReachOptions(alternatives: 1))
        let plan = Plan.reach(reach)
        #expect(plan.paths.map(\.alternatives.count) == reach.paths.map(\.alternatives.count))
        var expected: Set<String> = []
        for (k, path) in reach.paths.prefix(3).enumerated() {
            for j in path.alternatives.indices { expected.insert("alt \(k + 1).\(j + 1):") }
        }
        try #require(!expected.isEmpty)
        let dot = DOTEncoder().encode(try PlantMap.build(graph: streetOnly, workplace: "anadolu-oto", plan: plan, pathLimit: 3,
            options: MapTestSupport.options))
        let drawn = try Regex("alt [0-9]+\\.[0-9]+:")
        #expect(Set(dot.matches(of: drawn).map { String(dot[$0.range]) }) == expected)
    }

    @Test("ties among people drawn inside: thin grey lines between tables, ↔ on the rows within one table")
    func tiesInside() throws {
        let base = try SampleGraphs.plant()
        let plan = try Self.plan()
        let before = try PlantMap.build(graph: base, workplace: "anadolu-oto", plan: plan, options: MapTestSupport.options)
        let rows = try Self.rows(before, base)
        let plant = Set(base.people(at: "anadolu-oto").map(\.id))
        let drawn = rows.keys.filter { plant.contains($0) }.sorted()
        // Two pairs of drawn workers, one in two tables and one in a single table, and one tie to someone not drawn.
        let across = try #require(drawn.lazy.flatMap { a in drawn.lazy.map { (a, $0) } }
            .first { rows[$0.0]?.node != rows[$0.1]?.node })
        let within = try #require(drawn.lazy.flatMap { a in drawn.lazy.map { (a, $0) } }
            .first { $0.0 < $0.1 && rows[$0.0]?.node == rows[$0.1]?.node })
        let hidden = try #require(base.people(at: "anadolu-oto").first { rows[$0.id] == nil })
        let graph = OrganizingGraph(name: base.name, workplaces: base.workplaces, people: base.people,
            cells: base.cells, places: base.places, ties: base.ties + [Tie(across.0, across.1, kind: .union),
                Tie(within.0, within.1, kind: .relative), Tie(across.0, hidden.id, kind: .friend)])
        let document = try PlantMap.build(graph: graph, workplace: "anadolu-oto", plan: plan, options: MapTestSupport.options)

        let grey = document.edges.filter { $0.color == MapPalette.tie }
        let ends = { (p: Person.ID) in rows[p].map { [$0.node, $0.port] } }
        let line = try #require(grey.first { edge in
            Set([[edge.from, edge.fromPort ?? ""], [edge.to, edge.toPort ?? ""]])
                == Set([ends(across.0), ends(across.1)].compactMap { $0 })
        })
        #expect(line.label == ["union"])
        #expect(line.penWidth < 1 && !line.arrow && !line.constraint)
        // One line per tie between two drawn rows of two tables that no step of the plan joins; only rows of
        // people (ports p…), never a count or a shift header.
        let planPairs = Set(plan.paths.flatMap { $0.steps + $0.alternatives.flatMap(\.steps) }
            .compactMap { step in step.to.person.map { Set([step.from, $0]) } })
        let expected = Set(graph.ties.filter { tie in
            guard let a = rows[tie.a], let b = rows[tie.b], plant.contains(tie.a), plant.contains(tie.b) else { return false }
            return a.node != b.node && !planPairs.contains([tie.a, tie.b])
        }.map { Set([$0.a, $0.b]) })
        #expect(grey.count == expected.count)
        #expect(grey.allSatisfy { ($0.fromPort ?? "").hasPrefix("p") && ($0.toPort ?? "").hasPrefix("p") })
        // Within one table: written on both rows.
        let redactor = Redactor(graph: graph, options: MapTestSupport.options)
        let texts = DOTEncoder().encode(document)
        #expect(texts.contains("↔ relative: \(redactor.alias(within.1))"))
        #expect(texts.contains("↔ relative: \(redactor.alias(within.0))"))
        #expect(texts.contains("tie between two workers shown"))
        // In the SVG too, with no name anywhere.
        let svg = String(decoding: try MapTestSupport.render(document), as: UTF8.self)
        #expect(svg.contains("union"))
        #expect(svg.contains("↔ relative"))
        for person in graph.people { #expect(!svg.contains(person.name) && !texts.contains(person.name), "\(person.name)") }
    }
}
