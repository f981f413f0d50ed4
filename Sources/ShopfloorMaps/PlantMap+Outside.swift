import ShopfloorModel
import ShopfloorText

/// What lies outside the fence: street cells with their ties in, and other people on a planned path.
extension PlantMapBuilder {
    /// A street cell: one table (not a cluster: each cluster, and each edge into one, costs Graphviz 2.42
    /// memory it never frees), headed by the neighbourhood, the cell and its size, a row per member.
    mutating func addStreetCell(_ cell: Cell) {
        if let page, page.number != 1 {
            // Split over pages: the outside is drawn on the first page; here its people are "continues" rows.
            for member in cell.members where graph.person(member) != nil { outsideAway.append(member) }
            return
        }
        let place = cell.neighbourhood.flatMap { graph.place($0) }
        let id = newID()
        let header = MapTable.Cell([Text.string("map.streetCell") + (place.map { " · \($0.name)" } ?? ""),
            Text.string("map.cells.header", ["cell": "\(cell.name ?? cell.id.rawValue)",
                "members": "\(Text.plural("count.members", count: cell.members.count))"])],
            port: "cell", fill: MapPalette.streetCellHeader)
        var rows: [[MapTable.Cell]] = [[header]]
        let committee = Set(cell.committee)
        let members = cell.members.compactMap { graph.person($0) }
            .sorted { redactor.alias($0.id) < redactor.alias($1.id) }
        for (i, person) in members.enumerated() {
            let port = "p\(i + 1)"
            personEnd[person.id] = (id, port)
            rows.append([personCell(person, port: port, inCell: Set(cell.members), committee: committee)])
        }
        cellNode[cell.id] = (id, "cell")
        document.nodes.append(MapNode(id: id, label: .table(MapTable(rows: rows))))
        outsideNodes.append(id)
    }

    /// People on a planned path who neither work here nor belong to a nearby street cell.
    mutating func addOutsideContacts(excluding known: Set<Person.ID>) {
        let outside = planPeople.subtracting(known).compactMap { graph.person($0) }
            .sorted { redactor.alias($0.id) < redactor.alias($1.id) }
        guard !outside.isEmpty else { return }
        if let page, page.number != 1 {
            outsideAway += outside.map(\.id)
            return
        }
        let id = newID()
        let header = MapTable.Cell([Text.string("map.plant.otherContacts")], fill: MapPalette.outsideHeader)
        var rows: [[MapTable.Cell]] = [[header]]
        for (i, person) in outside.enumerated() {
            let port = "p\(i + 1)"
            personEnd[person.id] = (id, port)
            rows.append([personCell(person, port: port, inCell: [], committee: [])])
        }
        document.nodes.append(MapNode(id: id, label: .table(MapTable(rows: rows))))
        outsideNodes.append(id)
    }

    /// Dotted lines from a workplace cell to its members.
    mutating func linkCell(_ cell: Cell) {
        guard let node = cellNode[cell.id]?.node else { return }
        for member in cell.members {
            guard let end = personEnd[member], !markerNodes.contains(end.node) else { continue }
            var edge = MapEdge(from: node, to: end.node, toPort: end.port)
            edge.toSide = "w"
            edge.color = MapPalette.memberRed
            edge.line = .dotted
            edge.arrow = false
            edge.constraint = false
            document.edges.append(edge)
        }
    }

    /// Dashed lines from a street cell that targets the plant to its gates.
    mutating func linkStreetCellToGates(_ cell: Cell) {
        guard let from = cellNode[cell.id] else { return }
        for gate in graph.gates(of: workplace.id) {
            guard let gateID = gateNode[gate.id] else { continue }
            var edge = MapEdge(from: from.node, fromPort: from.port, to: gateID)
            edge.color = MapPalette.streetOrange
            edge.line = .dashed
            edge.label = [Text.string("map.plant.atTheGate")]
            edge.fontColor = MapPalette.streetOrangeText
            document.edges.append(edge)
        }
    }

    /// A tie from a street-cell member to a worker inside, dashed, labelled with its kind.
    mutating func drawTie(_ tie: Tie, streetMembers: Set<Person.ID>) {
        let (outside, inside) = streetMembers.contains(tie.a) ? (tie.a, tie.b) : (tie.b, tie.a)
        // Split over pages: a tie is drawn on the page of its worker inside (the street side continues there).
        guard let from = personEnd[outside], let to = personEnd[inside], !markerNodes.contains(to.node) else { return }
        var edge = MapEdge(from: from.node, fromPort: from.port, to: to.node, toPort: to.port)
        edge.fromSide = "e"
        edge.toSide = "w"
        edge.color = MapPalette.outsideTie
        edge.line = .dashed
        edge.arrow = false
        edge.penWidth = 1 + Double(max(0, tie.strength - 1)) * 0.6
        edge.label = [tie.kind.label]
        edge.fontColor = MapPalette.outsideTieText
        document.edges.append(edge)
    }
}
