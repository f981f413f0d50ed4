import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorTestSupport
import Testing

@Suite("District map and cell chart")
struct DistrictMapTests {
    @Test("the district map and the cell chart match their golden DOT")
    func golden() throws {
        let graph = SampleGraphs.district()
        try MapTestSupport.golden.assertMatches(DOTEncoder().encode(DistrictMap.build(graph: graph, options: MapTestSupport.options)), named: "district.dot")
        try MapTestSupport.golden.assertMatches(DOTEncoder().encode(DistrictMap.build(graph: graph, grouping: .sector, options: MapTestSupport.options)),
            named: "district-by-sector.dot")
        MapTestSupport.golden.assertMatches(DOTEncoder().encode(CellChart.build(graph: graph, options: MapTestSupport.options)), named: "cells.dot")
    }

    @Test("cell status follows the rules: none, forming, cell, cell with committee")
    func status() throws {
        let graph = SampleGraphs.district()
        func status(_ id: String) throws -> CellStatus {
            try WorkplaceStanding(#require(graph.workplace(Workplace.ID(id))), in: graph).status
        }
        #expect(try status("w0") == .none)
        #expect(try status("w2") == .forming)   // one member, attached elsewhere
        #expect(try status("w4") == .cell)      // three members, no committee
        #expect(try status("w6") == .cellWithCommittee) // five members, committee of three
    }

    @Test("a cell that lists a member twice is drawn forming, not as a cell of three")
    func duplicateMemberIsOneSeat() {
        let workplace = Workplace(id: "x", name: "X", headcount: 50)
        let graph = OrganizingGraph(workplaces: [workplace], people: [
            Person(id: "a", name: "A", workplace: "x", affiliation: .member),
            Person(id: "b", name: "B", workplace: "x", affiliation: .member),
        ], cells: [Cell(id: "c", kind: .workplace, workplace: "x", members: ["a", "a", "b"])])
        #expect(WorkplaceStanding(workplace, in: graph).status == .forming)
    }

    @Test("penetration counts members per ten workers, as the report's per 10 does")
    func penetration() throws {
        let workplace = Workplace(id: "x", name: "X", headcount: 200)
        let graph = OrganizingGraph(workplaces: [workplace], people: [
            Person(id: "a", name: "A", workplace: "x", affiliation: .member),
            Person(id: "b", name: "B", workplace: "x", affiliation: .sympathizer),
            Person(id: "c", name: "C", workplace: "x", affiliation: .nonParty),
        ])
        let standing = WorkplaceStanding(workplace, in: graph)
        #expect(standing.penetration == 0.05)
        #expect(standing.penetrationText == "0.05")
    }

    @Test("--district filters workplaces and names the known districts when it matches none")
    func districtFilter() throws {
        let graph = SampleGraphs.district()
        let gebze = try DistrictMap.build(graph: graph, district: "gebze")
        let groups = Self.groupTables(gebze)
        #expect(groups.map(\.title) == ["Gebze"])
        #expect(groups.first?.ports.count == 7)
        #expect(throws: MapError.self) { try DistrictMap.build(graph: graph, district: "Atlantis") }
    }

    @Test("district and cell maps render to well-formed SVG with a legend")
    func svg() throws {
        let graph = SampleGraphs.district()
        for document in [try DistrictMap.build(graph: graph), CellChart.build(graph: graph)] {
            let svg = try SVGContents(MapTestSupport.render(document))
            #expect(svg.text.contains("Legend"))
            #expect(svg.classes.filter { $0 == "node" }.count == document.visibleNodes.count)
        }
    }

    /// The group tables of a district map: their title and the ports of their workplace boxes.
    static func groupTables(_ document: MapDocument) -> [(title: String, ports: [String])] {
        document.allNodes.compactMap { node in
            guard case .table(let table) = node.label, table.frame != nil, let title = table.rows.first?.first?.text.first
            else { return nil }
            return (title, table.rows.dropFirst().flatMap { $0.compactMap(\.port) })
        }
    }

    @Test("groups are tables, not clusters: every workplace is one port, no edge loops on one table")
    func groupsAreTables() throws {
        let graph = SampleGraphs.district()
        for grouping in DistrictMap.Grouping.allCases {
            let document = try DistrictMap.build(graph: graph, grouping: grouping)
            #expect(document.clusters.isEmpty)
            let ports = Self.groupTables(document).flatMap(\.ports)
            #expect(ports.count == graph.workplaces.count)
            #expect(Set(ports).count == ports.count)
            for edge in document.edges where edge.line != .invisible {
                #expect(edge.from != edge.to, "an edge loops on \(edge.from)")
            }
        }
    }

    @Test("members attached within one group are written in their workplace's box")
    func attachmentsWithinAGroup() throws {
        // Two workplaces of one district; a member of the second sits in the first one's cell.
        let a = Workplace(id: "a", name: "Alpha", headcount: 100, district: "D")
        let b = Workplace(id: "b", name: "Beta", headcount: 100, district: "D")
        var member = Person(id: "m1", name: "M")
        member.workplace = "b"
        var others = (0..<3).map { i in Person(id: Person.ID("a\(i)"), name: "A") }
        for i in others.indices { others[i].workplace = "a" }
        let cell = Cell(id: "c", kind: .workplace, workplace: "a", members: others.map(\.id) + ["m1"])
        let graph = OrganizingGraph(workplaces: [a, b], people: others + [member], cells: [cell])
        let document = try DistrictMap.build(graph: graph)
        #expect(!document.edges.contains { $0.label.contains { $0.contains("attached") } })
        #expect(DOTEncoder().encode(document).contains("1 attached → Alpha"))
    }

    @Test("standings counted in one pass equal those counted one workplace at a time")
    func standingsInOnePass() throws {
        for graph in [SampleGraphs.district(), try SampleGraphs.plant()] {
            let all = WorkplaceStanding.all(graph.workplaces, in: graph)
            #expect(all.count == Set(graph.workplaces.map(\.id)).count)
            for w in graph.workplaces { #expect(all[w.id] == WorkplaceStanding(w, in: graph), "\(w.id)") }
        }
    }
}
