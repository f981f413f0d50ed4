import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import Testing

/// `map plant --everyone`, influence and exposure marks, and paths drawn in the seed's order.
@Suite("Plant map: everyone, influence, who is listening, stages")
struct PlantMapEveryoneTests {
    /// A 12-worker plant: w01 tied to most, w02 tied to the informer, a fascist and a non-party worker the
    /// street cell reaches.
    static func smallPlant() throws -> OrganizingGraph {
        let workers = (1...8).map { String(format: "  - {id: w%02d, name: Worker %02d, shop: sh, shift: a}", $0, $0) }
        let text = """
            name: small
            places: [{id: far, kind: neighbourhood, name: Far}]
            workplaces:
              - {id: pl, name: Plant, headcount: 40, gates: [g], shops: [{id: sh, name: Shop, headcount: 40}],
                 shifts: [{id: a, name: Day, start: "07:00", end: "15:00", gate: g}]}
            people:
              - {id: m1, name: Member, home: far, affiliation: member}
            \(workers.joined(separator: "\n"))
              - {id: f1, name: Fascist, shop: sh, shift: a, affiliation: fascist}
              - {id: n1, name: Nonparty, shop: sh, shift: a}
              - {id: snitch, name: Snitch, shop: sh, shift: a, affiliation: informer}
            cells: [{id: st, kind: street, neighbourhood: far, targets: [pl], members: [m1]}]
            ties:
              - [w01, w03, coworker, 3]
              - [w01, w04, coworker, 3]
              - [w01, w05, coworker, 3]
              - [w01, w06, coworker, 2]
              - [w03, w04, friend, 1]
              - [w02, snitch, friend, 2]
              - [m1, f1, friend, 3]
              - [m1, n1, friend, 1]
            """
        return try GraphFile.parse(text: text, path: "small.yaml")
    }

    /// Every person row inside the fence (ports `pC_R`): its text, fill and type size.
    static func rows(_ document: MapDocument) -> [(text: String, fill: MapColor?, fontSize: Double?)] {
        var out: [(String, MapColor?, Double?)] = []
        func walk(_ table: MapTable) {
            for row in table.rows {
                for cell in row {
                    if let port = cell.port, port.hasPrefix("p"), port.contains("_") { out.append((cell.text.joined(separator: " "), cell.fill, cell.fontSize)) }
                    cell.nested.forEach(walk)
                }
            }
        }
        for node in document.allNodes { if case .table(let table) = node.label { walk(table) } }
        return out
    }

    @Test func aSmallPlantIsDrawnWholeWithInfluenceAndExposure() throws {
        let graph = try Self.smallPlant()
        let known = graph.people(at: "pl").count
        let whole = try PlantMap.build(graph: graph, workplace: "pl")
        #expect(whole.title[1].contains("\(known) people shown (every known worker)"))
        let rows = Self.rows(whole)
        #expect(rows.count == known)
        let hub = try #require(rows.first { $0.text.contains("W01") || $0.text.contains("●●●") })
        #expect(hub.text.contains("●●●"))
        #expect(hub.fontSize == 13)
        #expect(rows.filter { $0.text.contains("●●●") }.count == 1)
        #expect(rows.filter { $0.text.contains("⚑ tied to informer") }.count == 1)
        // Asked for the short form, the plant shows only the people who matter (the informer).
        let short = try PlantMap.build(graph: graph, workplace: "pl", everyone: false)
        #expect(Self.rows(short).count < known)
        #expect(!short.title[1].contains("every known worker"))
    }

    @Test func theLargeSampleIsDrawnWholeOnlyWhenAsked() throws {
        let graph = try SampleGraphs.plant()
        let known = graph.people(at: "anadolu-oto").count
        #expect(known > PlantMap.everyoneLimit)
        let lod = try PlantMap.build(graph: graph, workplace: "anadolu-oto")
        #expect(Self.rows(lod).count < known)
        let everyone = try PlantMap.build(graph: graph, workplace: "anadolu-oto", everyone: true)
        #expect(everyone.title[1].contains("\(known) people shown (every known worker)"))
        #expect(Self.rows(everyone).count == known)
    }

    @Test func theFirstStagesPathsAreDrawnFirst() throws {
        let graph = try Self.smallPlant()
        var reach = try Planning.reach(graph, from: .cell("st"), into: "pl")
        // A plan written in another order (cheapest first, as before stages): the fascist worker first.
        reach.paths.sort { ($0.cost, $0.target) < ($1.cost, $1.target) }
        #expect(reach.paths.first?.target == .person("f1"))
        let document = try PlantMap.build(graph: graph, workplace: "pl", plan: .reach(reach), pathLimit: 2)
        let rows = Self.rows(document)
        let first = try #require(rows.first { $0.text.contains("◎1") })
        #expect(first.fill == MapPalette.fill(Affiliation.nonParty))
        #expect(!rows.contains { $0.text.contains("◎") && $0.fill == MapPalette.fill(Affiliation.fascist) })
    }
}
