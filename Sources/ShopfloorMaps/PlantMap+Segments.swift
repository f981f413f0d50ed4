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
        let names = Dictionary(columns.map { ($0.key, $0.shift?.name ?? Text.string("map.plant.shiftUnknown")) }) { a, _ in a }

        var away: [Int: [(what: String, people: [Person], segments: [String])]] = [:]
        for row in rows {
            let name = row.shop?.name ?? Text.string("map.plant.otherShops")
            // The columns drawn (a column of unknown shift only when someone is in it) and each one's people in
            // the order they are drawn.
            var drawnColumns: [(index: Int, column: Column, mapped: [Person], drawn: [Person])] = []
            for (c, column) in columns.enumerated() {
                let mapped = bySegment["\(row.key)@\(column.key)"] ?? []
                if column.shift == nil && mapped.isEmpty && realShifts > 0 { continue }
                let drawn = mapped.filter { shown.contains($0.id) }
                    .sorted { (rank($0), redactor.alias($0.id)) < (rank($1), redactor.alias($1.id)) }
                drawnColumns.append((c, column, mapped, drawn))
            }
            shops.append(PlantMapShop(key: row.key, name: name,
                columns: drawnColumns.map { (key: $0.column.key, name: names[$0.column.key] ?? $0.column.key, drawn: $0.drawn.count) }))
            let parts = page.map { page in page.parts.filter { $0.shop == row.key } } ?? [PlantMapPart(shop: row.key)]
            if let page {
                // Who of this shop another page draws: "continues" rows here, gathered by that page.
                var gone: [Int: (people: [Person], segments: [String])] = [:]
                for entry in drawnColumns {
                    let key = "\(row.key)@\(entry.column.key)"
                    if !parts.contains(where: { $0.columns?.contains(entry.column.key) ?? true }),
                        let home = page.page(shop: row.key, column: entry.column.key, position: 0) {
                        gone[home, default: ([], [])].segments.append(key)
                    }
                    for (i, person) in entry.drawn.enumerated() {
                        guard let home = page.page(shop: row.key, column: entry.column.key, position: i), home != page.number
                        else { continue }
                        gone[home, default: ([], [])].people.append(person)
                    }
                }
                for (home, what) in gone {
                    let there = page.groups[home - 1].filter { $0.shop == row.key }.map { $0.title(shop: name, columnNames: names) }
                    away[home, default: []].append((there.joined(separator: ", "), what.people, what.segments))
                }
            }
            for part in parts {
                let id = newID()
                let header = MapTable.Cell([part.title(shop: name, columnNames: names)
                    + Text.string("map.plant.shopWorkers", ["workers": "\(Text.plural("count.workers", count: row.headcount))"])],
                    fill: MapPalette.shopHeader)
                var columnCells: [MapTable.Cell] = []
                for entry in drawnColumns where part.columns?.contains(entry.column.key) ?? true {
                    let (c, column) = (entry.index, entry.column)
                    let key = "\(row.key)@\(column.key)"
                    var share = 0
                    if column.shift != nil, realShifts > 0 {
                        share = row.headcount / realShifts + (c < row.headcount % realShifts ? 1 : 0)
                    } else if realShifts == 0 {
                        share = row.headcount
                    }
                    let run = part.people.map { $0.clamped(to: 0..<entry.drawn.count) } ?? 0..<entry.drawn.count
                    let segmentPort = "s\(c + 1)"
                    if segmentNode[key] == nil {
                        segmentNode[key] = id
                        segmentPorts[key] = segmentPort
                    }
                    if !columnCells.isEmpty { northPorts.insert(id + ":" + segmentPort) }
                    let title = column.shift.map { "\($0.name) \($0.start)–\($0.end)" } ?? Text.string("map.plant.shiftUnknown")
                    var body = MapTable.Cell([])
                    body.alignTop = true
                    body.nested = [segmentTable(node: id, column: c + 1, later: !columnCells.isEmpty,
                        title: MapTable.Cell([title], port: segmentPort, fill: MapPalette.segmentHeader),
                        share: max(share, entry.mapped.count), mapped: entry.mapped.count,
                        people: Array(entry.drawn[run]), first: run.lowerBound,
                        others: run.upperBound >= entry.drawn.count ? entry.drawn.count : nil, inCell: inCell, committee: committee)]
                    columnCells.append(body)
                    drawnHere += run.count
                }
                // The shifts' columns head the table (a later shift's title is entered from above, where its
                // arrowhead shows) and the shop's name closes it.
                fence.nodes.append(MapNode(id: id, label: .table(MapTable(rows: [columnCells, [header]]))))
                shopNodes.append(id)
            }
        }
        for (home, shops) in away.sorted(by: { $0.key < $1.key }) {
            if let marker = marker(home: home, what: shops.map(\.what).joined(separator: ", "), people: shops.flatMap(\.people),
                segments: shops.flatMap(\.segments), inCell: inCell, committee: committee) {
                fence.nodes.append(marker)
                shopNodes.append(marker.id)
            }
        }
    }

    /// The people of one shop × shift (or a run of them, the first at `first` of the column) and, under the
    /// column's last run (`others`: how many of the column are drawn in all), a count of the rest.
    private mutating func segmentTable(
        node: String, column: Int, later: Bool, title: MapTable.Cell, share: Int, mapped: Int, people: [Person], first: Int,
        others drawnInAll: Int?, inCell: Set<Person.ID>, committee: Set<Person.ID>
    ) -> MapTable {
        var rows: [[MapTable.Cell]] = [[title]]
        for (i, person) in people.enumerated() {
            let port = "p\(column)_\(first + i + 1)"
            personEnd[person.id] = (node, port)
            if later, let titlePort = title.port { laterShiftRow[person.id] = (node, titlePort, port) }
            rows.append([personCell(person, port: port, inCell: inCell, committee: committee)])
        }
        guard let drawnInAll else { return MapTable(rows: rows) }
        let others = max(0, share - drawnInAll)
        let known = mapped - drawnInAll
        var footerText = others == 0 && drawnInAll == 0 ? Text.string("map.plant.noneMapped") : Text.string("map.plant.more", ["count": .integer(others)])
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
