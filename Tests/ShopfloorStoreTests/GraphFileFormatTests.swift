import Foundation
import ShopfloorModel
import Testing

@testable import ShopfloorStore

@Suite("Graph file format: short forms, JSON, encodings")
struct GraphFileFormatTests {
    @Test func shortFormsReadAsTheLongForms() throws {
        let graph = try GraphFile.parse(text: validBase, path: "base.yaml")
        let ao = try #require(graph.workplace("ao"))
        #expect(ao.shops.map(\.id) == ["ao-body", "ao-paint"])
        #expect(ao.shops.map(\.headcount) == [50, 30])
        let night = try #require(graph.shift("ao-c")).shift
        #expect(night.start.description == "22:00")
        #expect(night.end.description == "06:00")
        #expect(night.crossesMidnight)
        #expect(night.lengthInMinutes == 480)
        #expect(graph.gates(of: "ao").map(\.id) == ["ao-north"])
        #expect(ao.union == Union(name: "Türk Metal", character: .yellow))
        // The workplace is implied by the shop.
        #expect(graph.person("ayse")?.workplace == "ao")
        #expect(graph.ties.first == Tie("ayse", "can", kind: .coworker, strength: 2))
        #expect(graph.ties.last?.strength == 2)
        #expect(graph.place("cay")?.kind == .pub)
        #expect(graph.contacts.first?.assessment == .supportive)
        // A workplace without a headcount line would count its shops; bm states 40.
        #expect(graph.workplace("bm")?.headcount == 40)
    }

    @Test func jsonWithTabsAndBOMReadsLikeYAML() throws {
        let json = """
            {
            \t"name": "json",
            \t"places": [{"id": "k", "kind": "neighborhood", "name": "Kirazlı"}],
            \t"workplaces": [{"id": "w", "headcount": 10, "shops": [{"id": "w-s", "headcount": 4}],
            \t  "shifts": [{"id": "w-a", "start": "07:00", "end": "15:30"}]}],
            \t"people": [{"id": "p", "shop": "w-s", "shift": "w-a", "home": "k", "assessment": 1}]
            }
            """
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(json.utf8))
        let graph = try GraphFile.parse(data: data, path: "g.json", format: .json)
        #expect(graph.person("p")?.workplace == "w")
        #expect(graph.person("p")?.assessment == .leader)
        #expect(graph.place("k")?.kind == .neighbourhood)
    }

    @Test func jsonErrorsHaveLineAndColumn() {
        let json = """
            {"people": [
              {"id": "p", "assessment": 6}
            ]}
            """
        do {
            _ = try GraphFile.parse(data: Data(json.utf8), path: "g.json", format: .json)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.line == 2)
            #expect(error.diagnostics.first?.column == 29)
        }
    }

    @Test func headcountDefaultsToShopsOrMappedPeople() throws {
        let graph = try GraphFile.parse(text: """
            workplaces:
              - {id: w, shops: [{id: s1, headcount: 12}, {id: s2, headcount: 8}]}
              - {id: v}
            people: [{id: a, workplace: v}, {id: b, workplace: v}]
            """, path: "h.yaml")
        #expect(graph.workplace("w")?.headcount == 20)
        #expect(graph.workplace("v")?.headcount == 2)
    }

    @Test func missingFileAndWrongExtension() {
        #expect(throws: StoreError.self) { try GraphFile.load(path: "/nonexistent/graph.yaml") }
        do {
            _ = try GraphFile.load(path: "/tmp/graph.txt")
        } catch {
            #expect(error.description.contains("graph files end in .yaml, .yml or .json"))
        }
    }

    @Test func notUTF8() {
        do {
            _ = try GraphFile.parse(data: Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE]), path: "x.yaml", format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("not UTF-8"))
        }
    }
}
