import Foundation
@testable import ShopfloorMaps
@testable import ShopfloorModel
import ShopfloorTestSupport
import Testing

@Suite("Redaction")
struct RedactionTests {
    /// A fixed key, so that two runs of a test draw the same aliases and code names.
    static let key = AliasKey(secret: "redaction-tests-secret-0123456789")

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
        let outputs = try Self.outputs(graph, MapOptions(codeNames: true, aliasKey: Self.key))
        for (file, text) in outputs {
            for w in graph.workplaces {
                #expect(!text.contains(w.name), "\(file) shows workplace '\(w.name)'")
                if let employer = w.employer { #expect(!text.contains(employer), "\(file) shows '\(employer)'") }
            }
        }
        let again = try Self.outputs(graph, MapOptions(codeNames: true, aliasKey: Self.key))
        // DOT and SVG are byte-stable (the SVG because Shopfloor reads DOT with ids in text order).
        for (first, second) in zip(outputs, again) {
            #expect(first.1 == second.1, "\(first.0) differs between two runs")
        }
    }

    @Test("aliases are stable, unique and not derived from names")
    func aliases() throws {
        let graph = try SampleGraphs.plant()
        let redactor = Redactor(graph: graph, options: MapOptions(aliasKey: Self.key))
        let aliases = graph.people.map { redactor.alias($0.id) }
        #expect(Set(aliases).count == aliases.count)
        #expect(aliases.allSatisfy { $0.count >= 4 })
        var renamed = graph
        for var person in graph.people {
            person.name = "Someone Else"
            renamed.upsert(person)
        }
        let again = Redactor(graph: renamed, options: MapOptions(aliasKey: Self.key))
        #expect(graph.people.map { again.alias($0.id) } == aliases)
    }

    /// The four-letter code the old, unkeyed scheme gave an id: FNV-1a of the id, as anyone could compute it.
    private static func unkeyedCode(_ id: Person.ID) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return AliasCode.code(hash, length: 4)
    }

    @Test("a map's aliases cannot be computed from a guessed id without the source's secret (issue 12.3)")
    func keyed() throws {
        let graph = try SampleGraphs.plant()
        let redactor = Redactor(graph: graph, options: MapOptions(aliasKey: Self.key))
        let guessed = graph.people.filter { redactor.alias($0.id) == Self.unkeyedCode($0.id) }
        #expect(guessed.count <= 1, "\(guessed.count) aliases are the unkeyed codes of their ids")
        let dot = DOTEncoder().encode(try PlantMap.build(graph: graph, workplace: "anadolu-oto", options: MapOptions(aliasKey: Self.key)))
        let shown = graph.people.filter { dot.contains(redactor.alias($0.id)) }.count
        #expect(shown > 10, "the map shows the redactor's aliases (\(shown))")
        // Another secret, other aliases: the secret, not the id alone, decides them.
        let other = Redactor(graph: graph, options: MapOptions(aliasKey: AliasKey(secret: "another-secret-of-the-same-size")))
        let mine = Redactor(graph: graph, options: MapOptions(aliasKey: Self.key))
        let same = graph.people.filter { other.alias($0.id) == mine.alias($0.id) }.count
        #expect(same <= 1, "\(same) of \(graph.people.count) people keep their alias under another secret")
    }

    @Test("without a key, two runs draw different aliases (nobody can reproduce them)")
    func randomKey() throws {
        let graph = try SampleGraphs.plant()
        let first = Redactor(graph: graph, options: MapOptions()), second = Redactor(graph: graph, options: MapOptions())
        #expect(first.aliases.isRandom)
        #expect(graph.people.filter { first.alias($0.id) == second.alias($0.id) }.count <= 1)
    }

    /// The aliases as first defined: every id in id order takes the shortest code of its digest not yet taken.
    private static func referenceAliases(_ ids: [Person.ID], key: AliasKey) -> [Person.ID: String] {
        var taken: Set<String> = [], out: [Person.ID: String] = [:]
        for id in ids.sorted() {
            let digest = key.digest(id.rawValue)
            var length = 4
            while !taken.insert(AliasCode.code(digest, length: length)).inserted { length += 1 }
            out[id] = AliasCode.code(digest, length: length)
        }
        return out
    }

    @Test("aliases of 40,000 people, hundreds of them sharing four letters, equal the one-pass definition")
    func aliasesAtScale() {
        // Ids in a scrambled order, so id order and graph order differ.
        let ids = (0..<40_000).map { Person.ID("w\(($0 &* 7919) % 40_000)-\($0 % 7)") }
        let graph = OrganizingGraph(people: ids.map { Person(id: $0, name: "N") })
        let redactor = Redactor(graph: graph, options: MapOptions(aliasKey: Self.key))
        let expected = Self.referenceAliases(ids, key: Self.key)
        let got = ids.map { redactor.alias($0) }
        #expect(got == ids.map { expected[$0] ?? "" })
        let longer = got.filter { $0.count > 4 }.count
        #expect(longer > 100, "the test needs four-letter clashes; it had \(longer)")
        #expect(Set(got).count == got.count)
        #expect(redactor.alias("nobody") == "?")
        // Every alias reads back to its person.
        #expect(ids.prefix(2_000).allSatisfy { redactor.aliases.person(alias: redactor.alias($0)) == $0 })
    }

    @Test("people with the same digest still get distinct aliases")
    func equalDigests() {
        // A repeated digest takes twelve letters and a numbered suffix (the old rule lengthened forever).
        let aliases = PersonAliases.resolve([42, 42, 42, 7])
        #expect(Set(aliases).count == 4)
        #expect(aliases[0] == AliasCode.code(42, length: 4))
        #expect(aliases[1] == AliasCode.code(42, length: 12) + "-2")
        #expect(aliases[2] == AliasCode.code(42, length: 12) + "-3")
        #expect(aliases[3] == AliasCode.code(7, length: 4))
        // Different digests whose first letters agree keep lengthening, as before: 31⁴ apart share four.
        let far: UInt64 = 787_662_783_788_549_761 + 5, near = far + 31 * 31 * 31 * 31  // 31¹² + 5
        #expect(PersonAliases.resolve([far, near]) == [AliasCode.code(far, length: 4), AliasCode.code(near, length: 5)])
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
