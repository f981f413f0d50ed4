import ShopfloorModel
import ShopfloorText
import ShopfloorPlanning

/// The outreach map of one workplace: the fence with its gates, one table per shop with a column per shift
/// (the people who matter, and a count of the rest), the workplace cell, the street cells that live near or
/// target the plant outside the fence with their ties in, and planned paths drawn bold.
///
/// Level of detail: a person is drawn when they are a member, a leader, a suspected informer or on the
/// management side, tied to a nearby street cell, or on the plan; everyone else is counted per shop × shift.
/// With `everyone` (and on its own for a workplace of at most ``everyoneLimit`` known workers) every known
/// worker is drawn. Each drawn worker carries their influence among their coworkers (`●`…`●●●`, larger type for
/// the most influential) and, when tied to a suspected informer or to management, `⚑`.
public enum PlantMap {
    /// Up to this many known workers, a plant map draws every one of them without being asked.
    public static let everyoneLimit = 60

    /// Builds the outreach map of a workplace.
    ///
    /// - Parameters:
    ///   - plan: a plan to draw (bold, one colour per path, steps labelled with their channel): a planner's
    ///     own value, computed here or read back from a plan file.
    ///   - planPath: the plan's file name, for messages.
    ///   - pathLimit: draw at most this many of the plan's paths, in the seed's approach order (stage 1 first,
    ///     each target's stage read from the graph), then the plan's order; nil draws all.
    ///   - everyone: draw every known worker (true), only the people who matter (false), or every known worker
    ///     when there are at most ``everyoneLimit`` (nil).
    /// - Throws: ``MapError`` when the workplace does not exist, the plan is for another workplace or has no
    ///   paths to draw, or names ids the graph lacks.
    /// - Complexity: O(people + ties + plan steps).
    public static func build(
        graph: OrganizingGraph, workplace id: Workplace.ID, plan: Plan? = nil, planPath: String = "plan",
        pathLimit: Int? = nil, everyone: Bool? = nil, options: MapOptions = MapOptions(), page: PlantMapPage? = nil
    ) throws(MapError) -> MapDocument {
        try layout(graph: graph, workplace: id, plan: plan, planPath: planPath, pathLimit: pathLimit, everyone: everyone,
            options: options, page: page).document
    }

    /// Builds the outreach map of a workplace as ``build(graph:workplace:plan:planPath:pathLimit:everyone:options:page:)``
    /// does, and says which shops it draws with which columns (what a split over pages cuts up).
    public static func layout(
        graph: OrganizingGraph, workplace id: Workplace.ID, plan: Plan? = nil, planPath: String = "plan",
        pathLimit: Int? = nil, everyone: Bool? = nil, options: MapOptions = MapOptions(), page: PlantMapPage? = nil
    ) throws(MapError) -> (document: MapDocument, shops: [PlantMapShop]) {
        guard let workplace = graph.workplace(id) else {
            throw .unknownWorkplace(id: id.rawValue, known: graph.workplaces.map(\.id.rawValue).sorted())
        }
        if let plan {
            guard let into = plan.into, plan.group != nil else { throw .planWithoutPaths(path: planPath, kind: plan.kind) }
            if into != id { throw .planForOtherWorkplace(path: planPath, plan: into.rawValue, map: id.rawValue) }
            if case .gates = plan { throw .planWithoutPaths(path: planPath, kind: plan.kind) }
        }
        // The seed's order first: every first-stage path before any later one, the plan's order within a stage.
        let paths = (plan?.paths ?? []).enumerated()
            .sorted { (ApproachStage.of($0.element.target, in: graph), $0.offset) < (ApproachStage.of($1.element.target, in: graph), $1.offset) }
            .map(\.element)
        let drawn = pathLimit.map { Array(paths.prefix(max(0, $0))) } ?? paths
        var builder = PlantMapBuilder(graph: graph, workplace: workplace, plan: plan, paths: drawn, planPath: planPath,
            redactor: Redactor(graph: graph, options: options), everyone: everyone, page: page)
        let unbuilt = builder
        var document = try builder.build()
        if var page, page.kept == nil {
            // The first pass marks every person of another page; the page keeps those a line of it reaches. The
            // second starts from the builder as it was before the first (its influence, exposure and aliases are
            // the whole graph's, the same for every page).
            page.kept = builder.referencedMarkers()
            builder = unbuilt
            builder.page = page
            document = try builder.build()
        }
        if let plan {
            let alternatives = drawn.reduce(0) { $0 + $1.alternatives.count }
            let with = alternatives == 0 ? "" : Text.plural("map.plan.alternatives", count: alternatives)
            document.title.insert(Text.string("map.plan.drawn", ["kind": "\(plan.kind)", "drawn": .integer(drawn.count),
                "paths": .integer(paths.count), "with": "\(with)"]), at: 2)
        }
        return (document, builder.shops)
    }
}

/// The state of one plant-map projection: synthetic ids and where each person, segment and place is drawn.
struct PlantMapBuilder {
    let graph: OrganizingGraph
    let workplace: Workplace
    /// The plan drawn, if any, and the paths of it that are drawn.
    let plan: Plan?
    let paths: [PlanPath]
    let planPath: String
    let redactor: Redactor

    var document = MapDocument(title: [], direction: .leftToRight)
    var nextID = 0
    /// Where each drawn person is: table node and port.
    var personEnd: [Person.ID: (node: String, port: String)] = [:]
    /// Shop tables and the port of each `SHOP@SHIFT` column header, by the segment's text.
    var segmentNode: [String: String] = [:]
    var segmentPorts: [String: String] = [:]
    /// Workers drawn in a later shift's column: the table, the column title's port (where a plan's line points)
    /// and their own row's port (where the step is written).
    var laterShiftRow: [Person.ID: (node: String, title: String, row: String)] = [:]
    /// Ports entered from the north ("node:port"): the titles of later shifts' columns, which head the table.
    var northPorts: Set<String> = []
    var gateNode: [Place.ID: String] = [:]
    var cellNode: [Cell.ID: (node: String, port: String?)] = [:]
    var placeNode: [Place.ID: String] = [:]
    /// Shop tables in the workplace's order, the fence's column (gates, cells, shops) and the nodes drawn
    /// outside the fence in order (street cells, the plan's places and other contacts).
    var shopNodes: [String] = []
    var fenceColumn: [String] = []
    var outsideNodes: [String] = []
    /// The edge drawn for each hop of the plan (from, port, to, port), by index into the document's edges.
    var stepEdges: [String: Int] = [:]
    /// The labels of the steps each such edge stands for, by edge index (joined once the plan is drawn).
    var stepLabels: [Int: [[String]]] = [:]
    /// The pairs of people a step of the plan joins (an in-plant tie between them is not drawn twice).
    var planPairs: Set<Set<Person.ID>> = []
    var alternativesDrawn = 0
    var tiesInsideDrawn = 0
    /// Draw every known worker (nil: when there are at most ``PlantMap/everyoneLimit``).
    let everyone: Bool?
    /// Each person's influence among their coworkers, and their ties to informers and management.
    let influence: WorkplaceInfluence
    let exposure: TieExposure
    var influenceDrawn = false
    var listeningDrawn = false
    /// The page drawn when the map is split over pages by shop (nil: the whole plant).
    var page: PlantMapPage?
    /// The page each person drawn elsewhere is on, and the "continues on page k" tables that stand for them.
    var elsewhere: [Person.ID: Int] = [:]
    var elsewhereSegments: Set<String> = []
    var markerNodes: Set<String> = []
    /// Who each row of a marker is, by "node:port" (a segment's marker row is its table's header, port `head`).
    var markerRows: [String: PlantMapPage.Marker] = [:]
    /// People of the outside (street cells, other contacts) when this page is not the first, which draws them.
    var outsideAway: [Person.ID] = []
    /// The shops drawn with their columns (for splitting over pages), and how many plant people this page's
    /// tables draw.
    var shops: [PlantMapShop] = []
    var drawnHere = 0

    /// People of the plan (steps and targets), and the paths each person is the target of.
    var planPeople: Set<Person.ID> = []
    var targetOf: [Person.ID: [Int]] = [:]
    /// The day of the last contact logged with each person (for the people's tooltips).
    var lastContact: [Person.ID: Day] = [:]

    init(graph: OrganizingGraph, workplace: Workplace, plan: Plan?, paths: [PlanPath], planPath: String,
        redactor: Redactor, everyone: Bool? = nil, page: PlantMapPage? = nil)
    {
        self.everyone = everyone
        self.page = page
        self.graph = graph
        self.workplace = workplace
        self.plan = plan
        self.paths = paths
        self.planPath = planPath
        self.redactor = redactor
        for contact in graph.contacts where lastContact[contact.with].map({ $0 < contact.date }) ?? true {
            lastContact[contact.with] = contact.date
        }
        var planPeople: Set<Person.ID> = []
        for (k, path) in paths.enumerated() {
            if let target = path.target.person, graph.person(target) != nil {
                planPeople.insert(target)
                targetOf[target, default: []].append(k + 1)
            }
            for step in path.steps + path.alternatives.flatMap(\.steps) {
                for end in [step.from, step.to.person].compactMap({ $0 }) where graph.person(end) != nil {
                    planPeople.insert(end)
                }
            }
        }
        self.planPeople = planPeople
        (influence, exposure) = Self.measures(graph: graph, workplace: workplace, plan: plan, planPeople: planPeople)
    }

    mutating func newID() -> String {
        nextID += 1
        return "n\(nextID)"
    }

    mutating func build() throws(MapError) -> MapDocument {
        let plantPeople = graph.people(at: workplace.id)
        let streetCells = nearbyStreetCells()
        let streetMembers = Set(streetCells.flatMap(\.members))
        let plantIDs = Set(plantPeople.map(\.id))
        // One pass over all ties: those from a nearby street cell into the plant, and those within the plant.
        let (tiesIn, tiesWithin) = tiesOfPlant(plantIDs, streetMembers: streetMembers)
        let tiedIn = Set(tiesIn.flatMap { [$0.a, $0.b] }).intersection(plantIDs)
        let workplaceCells = graph.cells(at: workplace.id).sorted { $0.id < $1.id }
        let inCell = Set(workplaceCells.flatMap(\.members))
        let all = everyone ?? (plantPeople.count <= PlantMap.everyoneLimit)
        let shown = plantPeople.filter {
            all || $0.isMember || $0.assessment == .leader || $0.isDanger || planPeople.contains($0.id)
                || tiedIn.contains($0.id) || inCell.contains($0.id)
        }

        var fence = MapCluster(id: "plant", label: fenceLabel(), fill: MapPalette.fenceFill)
        fence.penWidth = 3
        fence.border = MapPalette.fence
        fence.fontSize = page == nil ? 16 : 11
        addGates(into: &fence)
        addWorkplaceCells(workplaceCells, into: &fence)
        addShops(people: plantPeople, shown: Set(shown.map(\.id)), cells: workplaceCells, into: &fence)
        placeFence(&fence, shops: shopNodes)
        document.clusters.append(fence)

        for cell in streetCells { addStreetCell(cell) }
        addOutsideContacts(excluding: plantIDs.union(streetMembers))
        addOutsideMarker()
        for cell in workplaceCells { linkCell(cell) }
        for cell in streetCells where cell.targets.contains(workplace.id) { linkStreetCellToGates(cell) }
        for tie in tiesIn.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) { drawTie(tie, streetMembers: streetMembers) }
        try drawPlan()
        drawTiesInside(tiesWithin)
        if page == nil {
            placeOutside(outsideNodes)
            orientEdgesWithinColumns()
        }

        let hidden = max(0, max(workplace.headcount, plantPeople.count) - shown.count)
        let counts: [String: TextArgument] = ["headcount": "\(Text.plural("count.workers", count: workplace.headcount))",
            "shops": "\(Text.plural("count.shops", count: workplace.shops.count))",
            "shifts": "\(Text.plural("count.shifts", count: workplace.shifts.count))"]
        let title = Text.string("map.plant.title", ["workplace": "\(redactor.name(workplace))"])
        if let page {
            // A page says what it shows of the plant, in a smaller title that leaves the sheet to the map.
            let of = page.count > 1 ? " — " + Text.string("map.page.of", ["page": .integer(page.number), "pages": .integer(page.count)]) : ""
            document.title = [title + of,
                Text.plural("map.page.subtitle", count: shown.count, counts.merging(["here": .integer(drawnHere)]) { $1 })]
            document.titleFontSize = 14
            document.padding = 0.1
        } else {
            document.title = [title, Text.string("map.plant.subtitle", counts.merging([
                "shown": "\(Text.plural("count.people", count: shown.count))", "hidden": .integer(hidden),
                "every": "\(all ? Text.string("map.plant.everyKnown") : "")"]) { $1 })]
        }
        document.title.append(redactor.options.revealNames ? Text.string("map.namesShown") : Text.string("map.namesHidden"))
        document.nodeSeparation = 0.2
        document.rankSeparation = 0.7
        document.floatingEdgeLabels = true
        document.keepsOrderWithinRanks = true
        var legend = MapLegend(entries: MapLegend.peopleEntries)
        if let page { legend.lineLength = page.legendAcross ? 34 : 48 }
        legend.entries.append(.init(mark: "≈ n", Text.string("map.legend.notShown")))
        legend.entries.append(.init(mark: "- - -", Text.string("map.legend.personalTie")))
        if tiesInsideDrawn > 0 {
            legend.entries.append(.init(mark: "───", markColor: MapPalette.tie,
                Text.string("map.legend.tieShown")))
        }
        if influenceDrawn {
            legend.entries.append(.init(mark: "●●●", Text.string("map.legend.influence")))
        }
        if listeningDrawn {
            legend.entries.append(.init(mark: MapPalette.listeningMark, markColor: MapPalette.listening,
                Text.string("map.legend.listening")))
        }
        if !paths.isEmpty {
            legend.entries.append(.init(swatch: MapPalette.paths[0], mark: "━", markColor: MapPalette.white,
                Text.string("map.legend.path")))
            legend.entries.append(.init(mark: "◎ n", Text.string("map.legend.target")))
        }
        if !markerNodes.isEmpty {
            legend.entries.append(.init(mark: "→ p.", Text.string("map.legend.continues")))
        }
        if alternativesDrawn > 0 {
            legend.entries.append(.init(swatch: MapPalette.alternative(MapPalette.paths[0]), mark: "- - -",
                markColor: MapPalette.paths[0], Text.string("map.legend.alternative")))
        }
        if let page {
            // On a page the legend is either a low band across the top, under the title (leaving the sheet's
            // height to the shops), or the head of the outside column, beside the fence (leaving its width).
            let node: MapNode
            if page.legendAcross {
                legend.columns = 3
                node = legend.node(id: newID())
                document.titleLegend = node
            } else {
                node = legend.node(id: newID())
                document.nodes.append(node)
                outsideNodes.insert(node.id, at: 0)
            }
            placeOutside(outsideNodes)
            orientEdgesWithinColumns()
        } else {
            document.nodes.append(legend.node(id: newID()))
        }
        return document
    }

    /// Street cells that target the workplace or live in its neighbourhood or a gate's, plus the plan's cell.
    func nearbyStreetCells() -> [Cell] {
        Self.nearbyStreetCells(graph: graph, workplace: workplace, plan: plan)
    }

    func fenceLabel() -> [String] {
        var second = Text.string("map.plant.fence", ["headcount": "\(Text.plural("count.workers", count: workplace.headcount))", "kind": "\(workplace.kind.label)"])
        if !workplace.sector.isEmpty { second += " · \(workplace.sector)" }
        if let union = workplace.union {
            let name = union.name.map { "\($0) " } ?? ""
            second += Text.string("map.plant.union", ["name": "\(name)", "character": "\(union.character.label)"])
        }
        return [redactor.name(workplace), second]
    }

    mutating func addGates(into fence: inout MapCluster) {
        for gate in graph.gates(of: workplace.id) {
            let shifts = workplace.shifts.filter { $0.gate == gate.id }.map(\.name)
            var label = [Text.string("map.plant.gate", ["gate": "\(gate.name)"])]
            if !shifts.isEmpty { label.append(Text.string("map.plant.gateShifts", ["shifts": "\(shifts.joined(separator: ", "))"])) }
            var node = MapNode(id: newID(), label: .text(label), shape: .invhouse, fill: MapPalette.gate)
            node.border = MapPalette.gateBorder
            node.penWidth = 2
            gateNode[gate.id] = node.id
            fence.nodes.append(node)
        }
    }

    mutating func addWorkplaceCells(_ cells: [Cell], into fence: inout MapCluster) {
        for cell in cells {
            let label = [Text.string("map.workplaceCell"), cell.name ?? cell.id.rawValue,
                Text.string("map.cellCounts", ["members": "\(Text.plural("count.members", count: cell.members.count))", "committee": .integer(cell.committee.count)])]
            var node = MapNode(id: newID(), label: .text(label), shape: .box, fill: MapPalette.workplaceCell)
            node.border = MapPalette.memberRed
            node.penWidth = 2.5
            node.rounded = true
            node.peripheries = cell.committee.isEmpty ? 1 : 2
            cellNode[cell.id] = (node.id, nil)
            fence.nodes.append(node)
        }
    }
}
