import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorTestSupport
import Testing

@Suite("Plant outreach map")
struct PlantMapTests {
    static func plan() throws -> Plan { try SampleGraphs.plan() }

    /// The sample plan as the reach plan it is.
    static func reach() throws -> ReachPlan {
        guard case .reach(let reach) = try Self.plan() else { throw SampleGraphs.FixtureError() }
        return reach
    }

    @Test("the sample plant map matches its golden DOT")
    func golden() throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: Self.plan(),
            options: MapTestSupport.options)
        MapTestSupport.golden.assertMatches(DOTEncoder().encode(document), named: "plant-with-plan.dot")
    }

    @Test("one table per shop with a column per shift inside the fence; gates and the cell drawn")
    func structure() throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto")
        let fence = try #require(document.clusters.first)
        let shopTables = fence.nodes.compactMap { node -> MapTable? in
            if case .table(let table) = node.label { return table } else { return nil }
        }
        #expect(shopTables.count == 9)  // 8 shops + other departments
        // The shifts' columns head each table (a later shift is entered from above), the shop's name closes it.
        #expect(shopTables.allSatisfy { $0.rows.count == 2 && $0.rows[0].count == 3 })
        let shiftTitles = shopTables[0].rows[0].map { $0.nested.first?.rows.first?.first?.text.first ?? "" }
        #expect(shiftTitles == ["Morning 06:00–14:00", "Evening 14:00–22:00", "Night 22:00–06:00"])
        let gateLabels = fence.nodes.compactMap { node -> String? in
            if case .text(let lines) = node.label { return lines.first } else { return nil }
        }
        #expect(gateLabels.contains("Gate: North gate"))
        #expect(gateLabels.contains("Gate: South gate"))
        #expect(gateLabels.contains("Workplace cell"))
        // The street cell stands outside the fence, a table of its own.
        #expect(document.nodes.contains { node in
            if case .table(let table) = node.label { return table.rows.first?.first?.text.first == "Street cell · Kirazlı" }
            return false
        })
        // Level of detail: far fewer nodes than 2,400 workers.
        #expect(document.visibleNodes.count < 60)
    }

    @Test("the fence is one column, gates first, shops in the workplace's order, no two nodes touching")
    func fenceColumn() throws {
        let graph = try SampleGraphs.plant()
        let document = try PlantMap.build(graph: graph, workplace: "anadolu-oto")
        let fence = try #require(document.clusters.first)
        let invisible = Set(document.allNodes.filter(\.invisible).map(\.id))
        let column = try #require(document.sameRank.first { $0.contains(fence.nodes[0].id) })
        #expect(Set(column) == Set(fence.nodes.map(\.id)))
        #expect(zip(column, column.dropFirst()).allSatisfy { invisible.contains($0) || invisible.contains($1) })
        #expect(invisible.contains(column[0]) && invisible.contains(column[column.count - 1]))
        let titles = column.compactMap { id in fence.nodes.first { $0.id == id } }.compactMap { node -> String? in
            switch node.label {
            case .text(let lines): return lines.first
            case .table(let table): return table.rows.last?.first?.text.first
            }
        }.filter { !$0.isEmpty }
        let shops = try #require(graph.workplace("anadolu-oto")).shops.map(\.name)
        #expect(titles.prefix(3) == ["Gate: North gate", "Gate: South gate", "Workplace cell"])
        #expect(titles.dropFirst(3).map { String($0.prefix { $0 != "·" }.dropLast()) } == shops + ["Other departments"])
        // And Graphviz keeps that order top to bottom.
        let tops = try SVGContents.nodeTops(MapTestSupport.render(document))
        let drawn = column.filter { !invisible.contains($0) }.compactMap { tops[$0] }
        #expect(drawn.count == titles.count)
        #expect(drawn == drawn.sorted())
    }

    @Test("the plan's paths are drawn bold with their channel, via the gate and the tea house")
    func planPaths() throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: Self.plan())
        let bold = document.edges.filter { $0.penWidth >= 3 }
        #expect(bold.count == 6)  // gate step split in two, coworker, tie, pub step split in two
        let labels = bold.flatMap(\.label)
        // A step through a gate or a pub is written inside the place (one line each, with who and when), its
        // lines carry the step's number only: steps meeting there never pile onto each other or the name.
        #expect(labels.contains("1.1") && labels.contains("2.2"))
        #expect(!labels.contains("North gate") && !labels.contains("Yıldız Çay Ocağı"))
        let texts = document.allNodes.compactMap { node -> [String]? in
            if case .text(let lines) = node.label { return lines } else { return nil }
        }
        let gate = try #require(texts.first { $0.first == "Gate: North gate" })
        #expect(gate.contains { $0.hasPrefix("1.1 gate") && $0.contains("Mon 14:00") })
        let pub = try #require(texts.first { $0.contains("Yıldız Çay Ocağı") })
        #expect(pub.contains { $0.hasPrefix("2.2 pub") })
    }

    @Test("a plan for another workplace or with unknown ids is refused")
    func planErrors() throws {
        var plan = try Self.reach()
        plan.into = "elsewhere"
        #expect(throws: MapError.planForOtherWorkplace(path: "p.json", plan: "elsewhere", map: "anadolu-oto")) {
            try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: .reach(plan), planPath: "p.json")
        }
        for error in [MapError.planForOtherWorkplace(path: "p", plan: "a", map: "b"), .planWithoutPaths(path: "p", kind: "gates"),
            .unknownWorkplace(id: "w", known: []), .unknownDistrict(name: "d", known: ["e"]),
            .planReference(path: "p", id: "x", step: "step 1")] {
            #expect(!error.description.contains("--"), "a library error names a flag: \(error)")
        }
        plan = try Self.reach()
        plan.paths[0].steps[0].to = "nobody"
        #expect(throws: MapError.planReference(path: "plan", id: "nobody", step: "path 1 step 1")) {
            try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: .reach(plan))
        }
        #expect(throws: MapError.self) {
            try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-otto")
        }
        // The package's one "did you mean" rule: a typo inside the word is found, not only a shared prefix.
        #expect(MapError.unknownWorkplace(id: "anadolu-otto", known: ["anadolu-oto", "bursa-tekstil"]).description
            == "there is no workplace 'anadolu-otto'; did you mean 'anadolu-oto'?")
        #expect(throws: StoreError.self) { try PlanFile.decode(Plan.self, data: Data("{\"into\":1}".utf8), path: "x") }
    }

    @Test("the plant map renders to SVG that parses, with clusters, nodes and edges, in well under 3 s")
    func svg() throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: Self.plan())
        let started = Date()
        let bytes = try MapTestSupport.render(document)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 3)
        let svg = try SVGContents(bytes)
        #expect(svg.elements.first == "svg")
        #expect(svg.classes.filter { $0 == "cluster" }.count == 1)  // the fence
        #expect(svg.classes.filter { $0 == "node" }.count == document.visibleNodes.count)
        #expect(svg.classes.filter { $0 == "edge" }.count == document.edges.filter { $0.line != .invisible }.count)
        #expect(svg.text.contains("Outreach map — Anadolu Otomotiv Gebze Plant"))
        #expect(svg.text.contains("≈ "))
    }

    @Test("PNG and PDF come out of the cairo plugin", arguments: [OutputFormat.png, .pdf])
    func binaryFormats(format: OutputFormat) throws {
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto")
        let bytes = try MapTestSupport.render(document, format: format)
        let magic: [UInt8] = format == .png ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)
        #expect(Array(bytes.prefix(4)) == magic)
        #expect(bytes.count > 10_000)
    }
}

@Suite("Plan files and planners")
struct PlanFileTests {
    @Test("core plans (contacts) and reach alternatives decode into the planners' own values")
    func contactsAndAlternatives() throws {
        let core = """
            {"kind":"core","into":"anadolu-oto","from":{"cell":"kirazli-street","people":["st-1"]},"method":"exact",
             "candidates":3,"contacts":[{"target":"p020","targetKind":"person","segment":"ao-body@ao-a","cost":1,
             "risk":0.1,"score":2,"gain":140,"steps":[{"from":"st-1","to":"p020","channel":"tie"}]}],
             "coveredHeadcount":140,"totalHeadcount":2400,"uncovered":[],"avoided":[{"person":"p040","reason":"x"}]}
            """
        let plan = try PlanFile.decode(Plan.self, data: Data(core.utf8), path: "core.json")
        #expect(plan.kind == "core")
        #expect(plan.paths.map(\.target) == [.person("p020")])
        guard case .core(let contacts) = plan else { Issue.record("not a core plan"); return }
        #expect(contacts.contacts.first?.segment == SegmentID(shop: "ao-body", shift: "ao-a"))
        let reach = """
            {"kind":"reach","into":"anadolu-oto","from":{"people":["st-1"]},"paths":[{"target":"p020",
             "targetKind":"person","cost":1,"risk":0.1,"steps":[{"from":"st-1","to":"p020","channel":"tie"}],
             "alternatives":[{"cost":6,"risk":0.2,"steps":[{"from":"st-1","to":"p020","channel":"gate",
             "place":"ao-north","window":"05:30-06:00"}]}]}],"unreachable":[{"target":"x@y","reason":"r"}],
             "avoided":[]}
            """
        let decoded = try PlanFile.decode(Plan.self, data: Data(reach.utf8), path: "reach.json")
        #expect(decoded.paths[0].alternatives.first?.steps.first?.channel == .gate)
        #expect(decoded.paths[0].alternatives.first?.steps.first?.place == "ao-north")
        guard case .reach(let value) = decoded else { Issue.record("not a reach plan"); return }
        #expect(value.unreachable.first?.target == .segment(SegmentID(shop: "x", shift: "y")))
        #expect(throws: StoreError.self) { try PlanFile.decode(Plan.self, data: Data("{\"into\":\"w\"}".utf8), path: "x") }
    }

    @Test("a plan read back is the value the planner made: encode, decode, equal")
    func roundTrip() throws {
        let graph = try SampleGraphs.plant()
        let streetOnly = OrganizingGraph(name: graph.name, workplaces: graph.workplaces, people: graph.people,
            cells: graph.cells.filter { $0.kind == .street }, places: graph.places, ties: graph.ties.array)
        let reach = try Planning.reach(streetOnly, from: .cell("kirazli-street"), into: "anadolu-oto",
            options: ReachOptions(alternatives: 1))
        let core = try Planning.core(streetOnly, into: "anadolu-oto", from: .cell("kirazli-street"))
        for plan in [Plan.reach(reach), .core(core)] {
            let text = try PlanFile.encode(plan)
            #expect(try PlanFile.decode(Plan.self, data: Data(text.utf8), path: "p.json") == plan)
        }
    }

    @Test("--paths draws only the first n paths and says so in the title")
    func pathLimit() throws {
        let plan = try SampleGraphs.plan()
        let document = try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto", plan: plan, pathLimit: 1)
        #expect(document.title.contains("reach plan: 1 of 2 paths drawn with 1 alternative route, first approach stage first"))
        #expect(document.edges.filter { $0.penWidth >= 3 }.allSatisfy { $0.color == MapPalette.paths[0] })
    }

    @Test("a core plan computed in-process is drawn like one read from a file")
    func plannedInProcess() throws {
        let graph = try SampleGraphs.plant()
        let streetOnly = OrganizingGraph(name: graph.name, workplaces: graph.workplaces, people: graph.people,
            cells: graph.cells.filter { $0.kind == .street }, places: graph.places, ties: graph.ties.array)
        let core = try Planning.core(streetOnly, into: "anadolu-oto", from: .cell("kirazli-street"))
        let plan = Plan.core(core)
        #expect(plan.kind == "core")
        #expect(!plan.paths.isEmpty)
        let document = try PlantMap.build(graph: streetOnly, workplace: "anadolu-oto", plan: plan)
        #expect(document.edges.contains { $0.penWidth >= 3 })
    }
}
