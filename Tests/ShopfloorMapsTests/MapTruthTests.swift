import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// What the maps say is true: a path to a later shift's worker points at that worker's column, a cell member is
/// never called cell-less, counts agree in number, steps through a place are written inside it, and the cell
/// chart ties the committee to every cell.
@Suite("Maps tell the truth")
struct MapTruthTests {
    /// A plant with one shop and two shifts; a sympathizer on the later shift reached by a tie from the street
    /// cell; a party member who works there and belongs to the street cell, not to a workplace cell.
    static func graph() throws -> OrganizingGraph {
        let shifts = [
            Shift(id: "a", name: "Day", start: try SampleGraphs.time(6), end: try SampleGraphs.time(14)),
            Shift(id: "b", name: "Late", start: try SampleGraphs.time(14), end: try SampleGraphs.time(22)),
        ]
        let plant = Workplace(id: "plant", name: "Plant", headcount: 1, shops: [Shop(id: "body", name: "Body", headcount: 1)],
            shifts: shifts)
        return OrganizingGraph(name: "truth", workplaces: [plant], people: [
            Person(id: "s1", name: "S1", home: "n", affiliation: .member),
            Person(id: "s2", name: "S2", home: "n", affiliation: .member),
            Person(id: "s3", name: "S3", workplace: "plant", shop: "body", shift: "a", home: "n", affiliation: .member),
            Person(id: "late", name: "Late Worker", workplace: "plant", shop: "body", shift: "b", affiliation: .sympathizer),
        ], cells: [
            Cell(id: "street", kind: .street, name: "Street cell", neighbourhood: "n", targets: ["plant"],
                members: ["s1", "s2", "s3"], committee: ["s1", "s2", "s3"]),
        ], places: [Place(id: "n", kind: .neighbourhood, name: "N")],
            ties: [Tie("s1", "late", kind: .friend, strength: 3)])
    }

    static let planJSON = """
        {"kind":"reach","into":"plant","from":{"cell":"street","people":["s1","s2","s3"]},
         "paths":[{"target":"late","targetKind":"person","cost":1,"risk":0.01,
                   "steps":[{"from":"s1","to":"late","channel":"tie"}],"alternatives":[]}],
         "unreachable":[],"avoided":[]}
        """

    static func document() throws -> MapDocument {
        let plan = try PlanFile.decode(Plan.self, data: Data(planJSON.utf8), path: "plan.json")
        return try PlantMap.build(graph: graph(), workplace: "plant", plan: plan, options: MapTestSupport.options)
    }

    /// Every line of text in a table, nested tables included.
    static func lines(_ table: MapTable) -> [String] {
        table.rows.joined().flatMap { $0.text + $0.nested.flatMap(lines) }
    }

    static func shopTable(_ document: MapDocument) throws -> (id: String, table: MapTable) {
        let fence = try #require(document.clusters.first)
        for node in fence.nodes { if case .table(let table) = node.label { return (node.id, table) } }
        Issue.record("no shop table")
        throw CancellationError()
    }

    @Test("a path to a worker of a later shift points at that shift's column from above, and the row names the step")
    func laterShiftPathPointsAtItsColumn() throws {
        let document = try Self.document()
        let shop = try Self.shopTable(document)
        // The later shift's column is the second: its title's port is s2, entered from the north.
        let edge = try #require(document.edges.first { $0.to == shop.id && $0.penWidth >= 3 })
        #expect(edge.toPort == "s2", "the line enters \(edge.toPort ?? "nil"), not the later shift's column")
        #expect(edge.toSide == "n")
        let dot = DOTEncoder().encode(document)
        #expect(dot.contains("\"\(shop.id)\":\"s2\":n"), "the DOT edge is not pinned to the column's top")
        #expect(Self.lines(shop.table).contains { $0.hasPrefix("← 1.1 tie") })
        // The columns head the table, the shop's name closes it.
        #expect(shop.table.rows.count == 2 && shop.table.rows[0].count == 2)
    }

    @Test("a member of another cell is named with that cell, never '(no cell)'")
    func memberOfAnotherCellIsNotCellLess() throws {
        let lines = Self.lines(try Self.shopTable(try Self.document()).table)
        let row = try #require(lines.first { $0.contains("◆ Street cell") })
        #expect(!row.contains("(no cell)"))
        #expect(!lines.contains { $0.contains("(no cell)") })
    }

    @Test("counts agree in number: 1 shop, 1 worker, 1 member; 2 shifts")
    func countsAgreeInNumber() throws {
        let document = try Self.document()
        let title = document.title.joined(separator: "\n")
        #expect(title.contains("1 worker ·") && title.contains("1 shop ·") && title.contains("2 shifts"), "\(title)")
        #expect(!title.contains("1 workers") && !title.contains("1 shops"))
        let lines = Self.lines(try Self.shopTable(document).table)
        #expect(lines.contains { $0.hasSuffix("Body · 1 worker") }, "\(lines)")
        let base = try Self.graph()
        // A cell of three members (below three it is only forming, and the title counts cells).
        let more = ["m2", "m3"].map { Person(id: Person.ID($0), name: $0, workplace: "plant", affiliation: .member) }
        let district = OrganizingGraph(name: "d", workplaces: base.workplaces, people: base.people + more,
            cells: [Cell(id: "one", kind: .workplace, workplace: "plant", members: ["s3", "m2", "m3"])], places: base.places)
        let map = try DistrictMap.build(graph: district, options: MapTestSupport.options)
        let districtTitle = map.title.joined(separator: "\n")
        #expect(districtTitle.contains("1 workplace ·") && districtTitle.contains("1 workplace cell ·")
            && districtTitle.contains("3 members ·"), "\(districtTitle)")
    }

    @Test("the cell chart draws the committee's line to every workplace cell, not only the first row's")
    func cellChartTiesEveryCell() throws {
        var people: [Person] = [], cells: [Cell] = [], workplaces: [Workplace] = []
        for i in 1...10 {
            workplaces.append(Workplace(id: Workplace.ID("w\(i)"), name: "W\(i)", headcount: 100))
            let members = (1...3).map { Person.ID("m\(i)-\($0)") }
            for m in members { people.append(Person(id: m, name: m.rawValue, workplace: Workplace.ID("w\(i)"), affiliation: .member)) }
            cells.append(Cell(id: Cell.ID("c\(i)"), kind: .workplace, workplace: Workplace.ID("w\(i)"), members: members))
        }
        let graph = OrganizingGraph(workplaces: workplaces, people: people, cells: cells)
        let chart = CellChart.build(graph: graph, options: MapTestSupport.options)
        let cluster = try #require(chart.clusters.first)
        let cellNodes = Set(cluster.nodes.map(\.id))
        #expect(cellNodes.count == 10)
        let tied = Set(chart.edges.filter { $0.line != .invisible && cellNodes.contains($0.to) && !cellNodes.contains($0.from) }.map(\.to))
        #expect(tied == cellNodes, "the committee reaches \(tied.count) of \(cellNodes.count) cells")
    }
}
