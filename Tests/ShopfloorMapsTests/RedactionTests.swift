import Foundation
@testable import ShopfloorMaps
import ShopfloorModel
import ShopfloorTestSupport
import Testing

@Suite("Redaction")
struct RedactionTests {
    /// Every identity in a graph: names, notes, addresses.
    static func secrets(_ graph: OrganizingGraph) -> [String] {
        graph.people.flatMap { [$0.name] + [$0.notes, $0.address].compactMap { $0 } }
    }

    static func outputs(_ graph: OrganizingGraph, _ options: MapOptions) throws -> [(String, String)] {
        let plan = try SampleGraphs.plan()
        var documents: [(String, MapDocument)] = []
        if graph.workplace("anadolu-oto") != nil {
            documents.append(("plant", try PlantMap.build(graph: graph, workplace: "anadolu-oto", plan: plan, options: options)))
        }
        documents.append(("district", try DistrictMap.build(graph: graph, options: options)))
        documents.append(("cells", CellChart.build(graph: graph, options: options)))
        return try documents.flatMap { name, document in
            let dot = DOTEncoder().encode(document)
            let svg = String(decoding: try MapTestSupport.render(document), as: UTF8.self)
            return [(name + ".dot", dot), (name + ".svg", svg)]
        }
    }

    @Test("no name, note or address appears in any map by default", arguments: ["plant", "district"])
    func hidden(sample: String) throws {
        let graph = sample == "plant" ? try SampleGraphs.plant() : SampleGraphs.district()
        for (file, text) in try Self.outputs(graph, MapOptions()) {
            for secret in Self.secrets(graph) {
                #expect(!text.contains(secret), "\(file) shows '\(secret)'")
            }
            #expect(!text.contains("Ayşe"), "\(file) shows a first name")
        }
    }

    @Test("--reveal-names shows names but still never notes or addresses")
    func revealed() throws {
        let graph = try SampleGraphs.plant()
        let outputs = try Self.outputs(graph, MapOptions(revealNames: true))
        let plant = try #require(outputs.first { $0.0 == "plant.svg" }?.1)
        #expect(plant.contains("Mehmet Demir 1"))
        for (file, text) in outputs {
            for person in graph.people {
                for secret in [person.notes, person.address].compactMap({ $0 }) {
                    #expect(!text.contains(secret), "\(file) shows '\(secret)'")
                }
            }
        }
    }

    @Test("--code-names hides workplace and employer names, stably")
    func codeNames() throws {
        let graph = SampleGraphs.district()
        let outputs = try Self.outputs(graph, MapOptions(codeNames: true))
        for (file, text) in outputs {
            for w in graph.workplaces {
                #expect(!text.contains(w.name), "\(file) shows workplace '\(w.name)'")
                if let employer = w.employer { #expect(!text.contains(employer), "\(file) shows '\(employer)'") }
            }
        }
        let again = try Self.outputs(graph, MapOptions(codeNames: true))
        // DOT and SVG are byte-stable (the SVG because Shopfloor reads DOT with ids in text order).
        for (first, second) in zip(outputs, again) {
            #expect(first.1 == second.1, "\(first.0) differs between two runs")
        }
    }

    @Test("aliases are stable, unique and not derived from names")
    func aliases() throws {
        let graph = try SampleGraphs.plant()
        let redactor = Redactor(graph: graph, options: MapOptions())
        let aliases = graph.people.map { redactor.alias($0.id) }
        #expect(Set(aliases).count == aliases.count)
        #expect(aliases.allSatisfy { $0.count >= 4 })
        var renamed = graph
        for var person in graph.people {
            person.name = "Someone Else"
            renamed.upsert(person)
        }
        let again = Redactor(graph: renamed, options: MapOptions())
        #expect(graph.people.map { again.alias($0.id) } == aliases)
    }

    /// The aliases as first defined: every id in id order takes the shortest code of its digest not yet taken.
    private static func referenceAliases(_ ids: [Person.ID]) -> [Person.ID: String] {
        var taken: Set<String> = [], out: [Person.ID: String] = [:]
        for id in ids.sorted() {
            let digest = StableHash.of(id.rawValue)
            var length = 4
            while !taken.insert(StableHash.code(digest, length: length)).inserted { length += 1 }
            out[id] = StableHash.code(digest, length: length)
        }
        return out
    }

    @Test("aliases of 40,000 people, hundreds of them sharing four letters, equal the one-pass definition")
    func aliasesAtScale() {
        // Ids in a scrambled order, so id order and graph order differ.
        let ids = (0..<40_000).map { Person.ID("w\(($0 &* 7919) % 40_000)-\($0 % 7)") }
        let graph = OrganizingGraph(people: ids.map { Person(id: $0, name: "N") })
        let redactor = Redactor(graph: graph, options: MapOptions())
        let expected = Self.referenceAliases(ids)
        let got = ids.map { redactor.alias($0) }
        #expect(got == ids.map { expected[$0] ?? "" })
        let longer = got.filter { $0.count > 4 }.count
        #expect(longer > 100, "the test needs four-letter clashes; it had \(longer)")
        #expect(Set(got).count == got.count)
        #expect(redactor.alias("nobody") == "?")
    }

    @Test("people with the same digest still get distinct aliases")
    func equalDigests() {
        // A repeated digest takes twelve letters and a numbered suffix (the old rule lengthened forever).
        let aliases = Redactor.resolve([42, 42, 42, 7])
        #expect(Set(aliases).count == 4)
        #expect(aliases[0] == StableHash.code(42, length: 4))
        #expect(aliases[1] == StableHash.code(42, length: 12) + "-2")
        #expect(aliases[2] == StableHash.code(42, length: 12) + "-3")
        #expect(aliases[3] == StableHash.code(7, length: 4))
        // Different digests whose first letters agree keep lengthening, as before: 31⁴ apart share four.
        let far: UInt64 = 787_662_783_788_549_761 + 5, near = far + 31 * 31 * 31 * 31  // 31¹² + 5
        #expect(Redactor.resolve([far, near]) == [StableHash.code(far, length: 4), StableHash.code(near, length: 5)])
    }

    @Test("hostile names and workplace names cannot break DOT or inject into SVG", arguments: [false, true])
    func hostile(reveal: Bool) throws {
        for graph in [try SampleGraphs.plant(hostile: true), SampleGraphs.district(hostile: true)] {
            for (file, text) in try Self.outputs(graph, MapOptions(revealNames: reveal)) where file.hasSuffix(".svg") {
                let svg = try SVGContents(Array(text.utf8))
                #expect(!svg.elements.contains("script"), "\(file) has a script element")
                #expect(svg.attributeValues.allSatisfy { !$0.contains("<script") })
                if !file.hasPrefix("cells") {
                    #expect(svg.text.contains("<script>alert('x')</script>"), "\(file) lost the hostile label text")
                    #expect(svg.text.contains("İğüşçö 🚩"))
                }
            }
        }
    }
}
