import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import Testing

@Suite("District map and cell chart")
struct DistrictMapTests {
    @Test("the district map and the cell chart match their golden DOT")
    func golden() throws {
        let graph = SampleGraphs.district()
        try MapTestSupport.assertGolden(DOTEncoder().encode(DistrictMap.build(graph: graph)), named: "district.dot")
        try MapTestSupport.assertGolden(DOTEncoder().encode(DistrictMap.build(graph: graph, grouping: .sector)),
            named: "district-by-sector.dot")
        try MapTestSupport.assertGolden(DOTEncoder().encode(CellChart.build(graph: graph)), named: "cells.dot")
    }

    @Test("cell status follows the rules: none, forming, cell, cell with committee")
    func status() throws {
        let graph = SampleGraphs.district()
        func status(_ id: String) throws -> WorkplaceStanding.CellStatus {
            try WorkplaceStanding(#require(graph.workplace(Workplace.ID(id))), in: graph).status
        }
        #expect(try status("w0") == .none)
        #expect(try status("w2") == .forming)   // one member, attached elsewhere
        #expect(try status("w4") == .cell)      // three members, no committee
        #expect(try status("w6") == .committee) // five members, committee of three
    }

    @Test("penetration counts members and sympathizers per hundred workers")
    func penetration() throws {
        let workplace = Workplace(id: "x", name: "X", headcount: 200)
        let graph = OrganizingGraph(workplaces: [workplace], people: [
            Person(id: "a", name: "A", workplace: "x", affiliation: .member),
            Person(id: "b", name: "B", workplace: "x", affiliation: .sympathizer),
            Person(id: "c", name: "C", workplace: "x", affiliation: .nonParty),
        ])
        let standing = WorkplaceStanding(workplace, in: graph)
        #expect(standing.penetration == 1)
        #expect(standing.penetrationText == "1.0")
    }

    @Test("--district filters workplaces and names the known districts when it matches none")
    func districtFilter() throws {
        let graph = SampleGraphs.district()
        let gebze = try DistrictMap.build(graph: graph, district: "gebze")
        #expect(gebze.clusters.count == 1)
        #expect(gebze.clusters[0].nodes.filter { $0.shape == .box }.count == 7)
        #expect(throws: MapError.self) { try DistrictMap.build(graph: graph, district: "Atlantis") }
    }

    @Test("district and cell maps render to well-formed SVG with a legend")
    func svg() throws {
        let graph = SampleGraphs.district()
        for document in [try DistrictMap.build(graph: graph), CellChart.build(graph: graph)] {
            let svg = try MapTestSupport.parseSVG(MapTestSupport.render(document))
            #expect(svg.text.contains("Legend"))
            #expect(svg.classes.filter { $0 == "node" }.count == document.allNodes.count)
        }
    }
}
