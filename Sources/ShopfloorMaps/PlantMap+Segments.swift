import ShopfloorModel
import ShopfloorText

/// One table per shop, one column per shift (shift, the people who matter, a count of the rest).
extension PlantMapBuilder {
    /// A column of the shop × shift grid: a shift, or people whose shift is not known.
    struct Column {
        var shift: Shift?
        var key: String { shift?.id.rawValue ?? "?" }
    }

    /// A row of the grid: a shop, or the departments no shop lists.
    struct Row {
        var shop: Shop?
        var headcount: Int
        var key: String { shop?.id.rawValue ?? "?" }
    }

    mutating func addShops(people: [Person], shown: Set<Person.ID>, cells: [Cell], into fence: inout MapCluster) {
        var columns = workplace.shifts.map { Column(shift: $0) }
        if columns.isEmpty || people.contains(where: { $0.shift == nil }) { columns.append(Column(shift: nil)) }
        var rows = workplace.shops.map { Row(shop: $0, headcount: $0.headcount) }
        let unlisted = max(0, workplace.headcount - workplace.shops.reduce(0) { $0 + $1.headcount })
        if unlisted > 0 || people.contains(where: { $0.shop == nil }) { rows.append(Row(shop: nil, headcount: unlisted)) }

        var bySegment: [String: [Person]] = [:]
        for person in people {
            bySegment["\(person.shop?.rawValue ?? "?")@\(person.shift?.rawValue ?? "?")", default: []].append(person)
        }
        let committee = Set(cells.flatMap(\.committee))
        let inCell = Set(cells.flatMap(\.members))
        let realShifts = columns.filter { $0.shift != nil }.count

        var away: [Int: [(row: Row, people: [Person], segments: [String])]] = [:]
        for row in rows {
            if let page, let home = page.page(ofRow: row.key), home != page.number {
                let keys = columns.map { "\(row.key)@\($0.key)" }
                let drawn = keys.flatMap { bySegment[$0] ?? [] }.filter { shown.contains($0.id) }
                away[home, default: []].append((row, drawn, keys))
                continue
            }
            let id = newID()
            let header = MapTable.Cell([(row.shop?.name ?? Text.string("map.plant.otherShops")) + Text.string("map.plant.shopWorkers", ["workers": "\(Text.plural("count.workers", count: row.headcount))"])],
                fill: MapPalette.shopHeader)
            var columnCells: [MapTable.Cell] = []
            for (c, column) in columns.enumerated() {
                let key = "\(row.key)@\(column.key)"
                let mapped = bySegment[key] ?? []
                if column.shift == nil && mapped.isEmpty && realShifts > 0 { continue }
                var share = 0
                if column.shift != nil, realShifts > 0 {
                    share = row.headcount / realShifts + (c < row.headcount % realShifts ? 1 : 0)
                } else if realShifts == 0 {
                    share = row.headcount
                }
                let drawn = mapped.filter { shown.contains($0.id) }
                let segmentPort = "s\(c + 1)"
                segmentNode[key] = id
                segmentPorts[key] = segmentPort
                if c > 0 { northPorts.insert(id + ":" + segmentPort) }
                let title = column.shift.map { "\($0.name) \($0.start)–\($0.end)" } ?? Text.string("map.plant.shiftUnknown")
                var body = MapTable.Cell([])
                body.alignTop = true
                body.nested = [segmentTable(node: id, column: c + 1,
                    title: MapTable.Cell([title], port: segmentPort, fill: MapPalette.segmentHeader), share: max(share, mapped.count),
                    mapped: mapped.count, people: drawn, inCell: inCell, committee: committee)]
                columnCells.append(body)
            }
            // The shifts' columns head the table (a later shift's title is entered from above, where its arrowhead
            // shows) and the shop's name closes it.
            fence.nodes.append(MapNode(id: id, label: .table(MapTable(rows: [columnCells, [header]]))))
            shopNodes.append(id)
        }
        for (home, shops) in away.sorted(by: { $0.key < $1.key }) {
            let names = shops.map { $0.row.shop?.name ?? Text.string("map.plant.otherShops") }
            if let marker = marker(home: home, what: names.joined(separator: ", "), people: shops.flatMap(\.people),
                segments: shops.flatMap(\.segments), inCell: inCell, committee: committee) {
                fence.nodes.append(marker)
                shopNodes.append(marker.id)
            }
        }
    }

    /// The people of one shop × shift and a count of the rest, as the rows of a nested table.
    private mutating func segmentTable(
        node: String, column: Int, title: MapTable.Cell, share: Int, mapped: Int, people: [Person],
        inCell: Set<Person.ID>, committee: Set<Person.ID>
    ) -> MapTable {
        var rows: [[MapTable.Cell]] = [[title]]
        let ordered = people.sorted { (rank($0), redactor.alias($0.id)) < (rank($1), redactor.alias($1.id)) }
        for (i, person) in ordered.enumerated() {
            let port = "p\(column)_\(i + 1)"
            personEnd[person.id] = (node, port)
            if column > 1, let titlePort = title.port { laterShiftRow[person.id] = (node, titlePort, port) }
            rows.append([personCell(person, port: port, inCell: inCell, committee: committee)])
        }
        let others = max(0, share - people.count)
        let known = mapped - people.count
        var footerText = others == 0 && people.isEmpty ? Text.string("map.plant.noneMapped") : Text.string("map.plant.more", ["count": .integer(others)])
        if known > 0 { footerText += Text.string("map.plant.known", ["count": .integer(known)]) }
        var footer = MapTable.Cell([footerText], fontColor: MapPalette.line)
        footer.fontSize = 9
        rows.append([footer])
        return MapTable(rows: rows)
    }

    /// Sort order inside a table: members, leaders, the plan's people, the others, danger last.
    private func rank(_ person: Person) -> Int {
        if person.isDanger { return 4 }
        if person.isMember { return 0 }
        if person.assessment == .leader { return 1 }
        if planPeople.contains(person.id) { return 2 }
        return 3
    }

    /// One person's row: fill by affiliation (dark for danger), assessment mark, alias, role, cell marks.
    mutating func personCell(_ person: Person, port: String, inCell: Set<Person.ID>, committee: Set<Person.ID>)
        -> MapTable.Cell
    {
        var parts: [String] = []
        parts.append(person.isDanger ? MapPalette.danger : MapPalette.mark(person.assessment))
        parts.append(redactor.label(person))
        var text = parts.joined(separator: " ")
        if person.affiliation == .informer {
            text += " · " + Text.string("map.person.informer")
        } else if person.role != .worker && person.role != .other {
            text += " · \(person.role.label)"
        }
        if committee.contains(person.id) {
            text += " " + MapPalette.committeeMark
        } else if inCell.contains(person.id) {
            text += " " + MapPalette.cellMark
        } else if let other = graph.cells(of: person.id).first {
            // A member of another cell (a street cell, another plant's): named, never called cell-less.
            text += " " + MapPalette.cellMark + " " + (other.name ?? other.id.rawValue)
        } else if person.isMember {
            text += " " + Text.string("map.person.noCell")
        }
        if let paths = targetOf[person.id] { text += " ◎" + paths.map(String.init).joined(separator: ",") }
        guard let position = graph.index(of: person.id) else {
            preconditionFailure("the plant map draws only the people of its graph")
        }
        let share = influence.share(position)
        let mark = MapPalette.influenceMark(share)
        if !mark.isEmpty {
            text += " " + mark
            influenceDrawn = true
        }
        if !person.isDanger, let flag = exposure.flag(position, person: person.id) {
            text += " \(MapPalette.listeningMark) " + Text.string(flag.informerTies > 0 ? "map.person.tiedToInformer" : "map.person.tiedToManagement")
            listeningDrawn = true
        }
        let fill = MapPalette.fill(person)
        let font = person.isDanger ? MapPalette.white : MapPalette.text(person.affiliation)
        var cell = MapTable.Cell([text], port: port, fill: fill, fontColor: font)
        cell.alignLeft = true
        if share >= 0.75 { cell.fontSize = 13 }
        if redactor.options.links { cell.tooltip = tooltip(person) }
        // The alias, as the label: a map that travels carries no more than it shows.
        cell.anchor = redactor.options.links ? "person:" + redactor.alias(person.id) : nil
        return cell
    }

    /// What a pointer resting on a person shows: alias (and name when revealed), shop, shift, affiliation,
    /// assessment and the last contact.
    func tooltip(_ person: Person) -> String {
        let shop = person.shop.map { id in graph.shop(id)?.shop.name ?? id.rawValue } ?? Text.string("map.plant.shopUnknown")
        let shift = person.shift.map { id in graph.shift(id)?.shift.name ?? id.rawValue } ?? Text.string("map.plant.shiftUnknown")
        let who = redactor.options.revealNames && !person.name.isEmpty
            ? "\(redactor.alias(person.id)) (\(person.name))" : redactor.alias(person.id)
        return [who, shop, shift, person.affiliation.label,
            Text.string("map.plant.tooltip.assessment", ["value": "\(person.assessment.rawValue)"]),
            Text.string("map.plant.tooltip.lastContact", ["day": lastContact[person.id].map { .date(year: $0.year, month: $0.month, day: $0.day) }
                ?? "\(Text.string("report.table.never"))"])].joined(separator: " · ")
    }
}
