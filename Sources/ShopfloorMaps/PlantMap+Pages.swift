import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// One page of a plant map split over pages by shop: the shops it draws (with the gates, the workplace cells,
/// the title and the legend, so that it reads alone) and, for each other page a line of it reaches, a
/// "continues on page k" table naming the people that line goes to. The outside of the fence (street cells,
/// other contacts) is drawn on the first page.
public struct PlantMapPage: Sendable, Hashable {
    /// This page's number, from 1.
    public var number: Int
    /// The shop rows of every page in order, each by its key (``PlantMap/shopRows(graph:workplace:)``).
    public var groups: [[String]]
    /// Who a marker row stands for.
    enum Marker: Hashable, Sendable { case person(Person.ID), segment(String) }
    /// The people and segments of other pages drawn as marker rows: nil draws all of them (the first of the
    /// two passes of ``PlantMap/build(graph:workplace:plan:planPath:pathLimit:everyone:options:page:)``).
    var kept: Set<Marker>?

    /// Page `number` of the pages `groups` lists.
    public init(number: Int, groups: [[String]]) {
        self.number = number
        self.groups = groups
    }

    /// How many pages there are.
    public var count: Int { groups.count }

    /// The page a shop row is on (nil when no page lists it).
    func page(ofRow key: String) -> Int? {
        groups.firstIndex { $0.contains(key) }.map { $0 + 1 }
    }
}

extension PlantMap {
    /// The rows of a workplace's shop tables in the map's order: each shop (key: its id) and, when some
    /// workers are in no listed shop, the other departments (key `?`), with the name the map gives them.
    public static func shopRows(graph: OrganizingGraph, workplace id: Workplace.ID) -> [(key: String, name: String)] {
        guard let workplace = graph.workplace(id) else { return [] }
        var rows = workplace.shops.map { (key: $0.id.rawValue, name: $0.name) }
        let unlisted = max(0, workplace.headcount - workplace.shops.reduce(0) { $0 + $1.headcount })
        if unlisted > 0 || graph.people(at: id).contains(where: { $0.shop == nil }) {
            rows.append((key: "?", name: Text.string("map.plant.otherShops")))
        }
        return rows
    }
}

extension PlantMapBuilder {
    /// Whether a plan's endpoint is drawn on another page than this one.
    func isElsewhere(_ endpoint: PlanEndpoint) -> Bool {
        switch endpoint {
        case .person(let id): elsewhere[id] != nil
        case .segment(let id): elsewhereSegments.contains(id.description)
        }
    }

    /// The "continues on page k" table for the people (and shop × shift segments) of `what` on page `home`: a
    /// header and a row per person, each a port a line of this page can reach. Nil when none is kept.
    mutating func marker(home: Int, what: String, people: [Person], segments: [String], inCell: Set<Person.ID>,
        committee: Set<Person.ID>) -> MapNode?
    {
        for person in people { elsewhere[person.id] = home }
        elsewhereSegments.formUnion(segments)
        let kept = page?.kept
        let rowsKept = people.filter { kept?.contains(.person($0.id)) ?? true }
        let segmentsKept = segments.filter { kept?.contains(.segment($0)) ?? true }
        guard !rowsKept.isEmpty || !segmentsKept.isEmpty else { return nil }
        let id = newID()
        let header = MapTable.Cell([Text.string("map.page.continues", ["page": .integer(home), "pages": .integer(page?.count ?? 1)]), what],
            port: "head", fill: MapPalette.segmentHeader)
        var rows: [[MapTable.Cell]] = [[header]]
        for segment in segmentsKept {
            segmentNode[segment] = id
            segmentPorts[segment] = "head"
            markerRows[id + ":head"] = .segment(segment)
        }
        for (i, person) in rowsKept.sorted(by: { redactor.alias($0.id) < redactor.alias($1.id) }).enumerated() {
            let port = "c\(i + 1)"
            personEnd[person.id] = (id, port)
            markerRows[id + ":" + port] = .person(person.id)
            var cell = personCell(person, port: port, inCell: inCell, committee: committee)
            cell.text = cell.text.map { "→ p.\(home) " + $0 }
            rows.append([cell])
        }
        markerNodes.insert(id)
        var node = MapNode(id: id, label: .table(MapTable(rows: rows)))
        node.border = MapPalette.line
        return node
    }

    /// On a page after the first: the table of the outside's people (drawn on page 1) that lines of this page
    /// reach.
    mutating func addOutsideMarker() {
        guard let page, page.number != 1, !outsideAway.isEmpty else { return }
        let people = outsideAway.compactMap { graph.person($0) }
        guard let node = marker(home: 1, what: Text.string("map.page.outside"), people: people, segments: [],
            inCell: [], committee: []) else { return }
        document.nodes.append(node)
        outsideNodes.append(node.id)
    }

    /// The marker rows a line of the page reaches (after the first pass).
    func referencedMarkers() -> Set<PlantMapPage.Marker> {
        var reached: Set<PlantMapPage.Marker> = []
        for edge in document.edges where edge.line != .invisible {
            for (node, port) in [(edge.from, edge.fromPort), (edge.to, edge.toPort)] where markerNodes.contains(node) {
                if let port {
                    if let marker = markerRows[node + ":" + port] { reached.insert(marker) }
                } else {
                    // A line that leaves the table, not a row (within the outside column): all of it stays.
                    for (key, marker) in markerRows where key.hasPrefix(node + ":") { reached.insert(marker) }
                }
            }
        }
        return reached
    }
}
