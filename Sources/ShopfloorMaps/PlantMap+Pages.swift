import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// One page of a plant map split over pages by shop: the shops (or parts of shops) it draws, with the gates,
/// the workplace cells, the title and the legend, so that it reads alone, and, for each other page a line of
/// it reaches, a "continues on page k" table naming the people that line goes to. The outside of the fence
/// (street cells, other contacts) is drawn on the first page.
public struct PlantMapPage: Sendable, Hashable {
    /// This page's number, from 1.
    public var number: Int
    /// The shop parts of every page in order.
    public var groups: [[PlantMapPart]]
    /// Whether the legend is a low band across the top, under the title, rather than the head of the column
    /// beside the fence (whichever prints a page larger).
    public var legendAcross = false
    /// Who a marker row stands for.
    enum Marker: Hashable, Sendable { case person(Person.ID), segment(String) }
    /// The people and segments of other pages drawn as marker rows: nil draws all of them (the first of the
    /// two passes of ``PlantMap/build(graph:workplace:plan:planPath:pathLimit:everyone:options:page:)``).
    var kept: Set<Marker>?

    /// Page `number` of the pages `groups` lists.
    public init(number: Int, groups: [[PlantMapPart]]) {
        self.number = number
        self.groups = groups
    }

    /// How many pages there are.
    public var count: Int { groups.count }

    /// The parts of this page.
    var parts: [PlantMapPart] { groups.indices.contains(number - 1) ? groups[number - 1] : [] }

    /// The page that draws the person at `position` (in the column's drawing order) of a shop's shift column,
    /// nil when no page does.
    func page(shop: String, column: String, position: Int) -> Int? {
        groups.firstIndex { $0.contains { $0.holds(shop: shop, column: column, position: position) } }.map { $0 + 1 }
    }
}

/// A shop as a plant map draws it: its row key, its name and its shift columns, each with how many people it
/// draws (what a split over pages may cut a shop into).
public struct PlantMapShop: Sendable, Hashable {
    /// One shift column: its key (`?`: shift not known), the shift's name and the people drawn in it.
    public struct Column: Sendable, Hashable {
        public var key: String
        public var name: String
        public var drawn: Int
    }

    public var key: String
    public var name: String
    public var columns: [Column]

    init(key: String, name: String, columns: [(key: String, name: String, drawn: Int)]) {
        self.key = key
        self.name = name
        self.columns = columns.map { Column(key: $0.key, name: $0.name, drawn: $0.drawn) }
    }
}

/// A shop, or part of one, as one page draws it: some of its shift columns (all when nil) and, for a column
/// too long for a page, a run of its people (in the column's drawing order).
public struct PlantMapPart: Sendable, Hashable {
    /// The shop's row key (its id, or `?` for the departments no shop lists).
    public var shop: String
    /// The keys of the shift columns drawn (`?` for the people whose shift is not known); nil: every one.
    public var columns: [String]?
    /// The people of each drawn column drawn here, by position; nil: all of them.
    public var people: Range<Int>?
    /// Which part of its shop this is and how many there are (1 of 1: the whole shop).
    public var index: Int
    public var count: Int

    /// A shop (`columns` and `people` nil), or part `index` of `count` of it.
    public init(shop: String, columns: [String]? = nil, people: Range<Int>? = nil, index: Int = 1, count: Int = 1) {
        self.shop = shop
        self.columns = columns
        self.people = people
        self.index = index
        self.count = count
    }

    /// Whether the part draws the person at `position` of the shop's column `column`.
    func holds(shop: String, column: String, position: Int) -> Bool {
        self.shop == shop && (columns?.contains(column) ?? true) && (people?.contains(position) ?? true)
    }

    /// The shop's name with the part it is, when it is not the whole shop: `Pres hattı (part 1 of 2: shifts
    /// Sabah, Akşam)`; `names` gives each column key's shift name.
    public func title(shop name: String, columnNames names: [String: String]) -> String {
        guard count > 1 || columns != nil || people != nil else { return name }
        let shifts = (columns ?? []).map { names[$0] ?? $0 }
        var what = shifts.isEmpty ? "" : Text.plural("map.page.part.shifts", count: shifts.count,
            ["names": "\(shifts.joined(separator: ", "))"])
        if let people {
            let run = Text.string("map.page.part.people", ["from": .integer(people.lowerBound + 1), "to": .integer(people.upperBound)])
            what = what.isEmpty ? run : what + ", " + run
        }
        return Text.string("map.page.part", ["shop": "\(name)", "part": .integer(index), "parts": .integer(count), "what": "\(what)"])
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
