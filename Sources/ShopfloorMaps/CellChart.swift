import ShopfloorModel
import ShopfloorText

/// The organization's structure: the committee, its workplace and street cells, and their members
/// (committee members first), with the cell rules' findings written under each cell.
public enum CellChart {
    /// Builds the cell-structure chart of the whole graph.
    ///
    /// - Complexity: O(cells × members + people).
    public static func build(graph: OrganizingGraph, options: MapOptions = MapOptions()) -> MapDocument {
        let redactor = Redactor(graph: graph, options: options)
        var document = MapDocument(title: [], direction: .topToBottom)
        var next = 0
        func newID() -> String { next += 1; return "n\(next)" }

        var root = MapNode(id: newID(), label: .text([Text.string("map.cells.committee"),
            options.codeNames || graph.name.isEmpty ? Text.string("map.cells.organization") : graph.name]), shape: .box, fill: MapPalette.cellRed)
        root.fontColor = MapPalette.white
        root.fontSize = 14
        root.penWidth = 2
        root.rounded = true
        document.nodes.append(root)

        let findings = graph.cellRuleFindings()
        var inSomeCell: Set<Person.ID> = []
        for kind in [Cell.Kind.workplace, .street] {
            let cells = graph.cells.filter { $0.kind == kind }.sorted { $0.id < $1.id }
            guard !cells.isEmpty else { continue }
            var cluster = MapCluster(id: kind.rawValue,
                label: [Text.string(kind == .workplace ? "map.cells.workplaceCells" : "map.cells.streetCells", ["count": .integer(cells.count)])],
                fill: kind == .workplace ? MapPalette.workplaceCluster : MapPalette.streetCluster)
            cluster.fontSize = 15
            let perRow = max(3, Int(Double(cells.count).squareRoot().rounded(.up)))
            for (i, cell) in cells.enumerated() {
                inSomeCell.formUnion(cell.members)
                let notes = findings.filter { $0.cell == cell.id && [.cellTooSmall, .committeeSize, .noCommittee].contains($0.rule) }
                let node = cellNode(cell, graph: graph, redactor: redactor, findings: notes, id: newID())
                cluster.nodes.append(node)
                if i >= perRow { document.edges.append(.spacer(cluster.nodes[i - perRow].id, node.id)) }
            }
            // The committee leads every cell: one line to each. Only the first row's lines place the cells (the
            // rows below hang from it by spacers); the others are drawn without moving anything.
            for (i, node) in cluster.nodes.enumerated() {
                var edge = MapEdge(from: root.id, to: node.id)
                edge.color = MapPalette.cellRed
                edge.penWidth = 1.5
                if i >= perRow { edge.constraint = false }
                document.edges.append(edge)
            }
            document.clusters.append(cluster)
        }

        let loose = graph.people.filter { $0.isMember && !inSomeCell.contains($0.id) }
            .sorted { redactor.alias($0.id) < redactor.alias($1.id) }
        if !loose.isEmpty {
            var header = MapTable.Cell([Text.string("map.cells.loose", ["count": .integer(loose.count)])], fill: MapPalette.looseHeader)
            header.bold = true
            var rows: [[MapTable.Cell]] = [[header]]
            for person in loose {
                var cell = MapTable.Cell([memberText(person, graph: graph, redactor: redactor, committee: false)])
                cell.alignLeft = true
                rows.append([cell])
            }
            let node = MapNode(id: newID(), label: .table(MapTable(rows: rows)))
            document.nodes.append(node)
            var edge = MapEdge(from: root.id, to: node.id)
            edge.line = .dashed
            edge.color = MapPalette.looseLine
            document.edges.append(edge)
        }

        let members = graph.people.filter(\.isMember).count
        document.title = [Text.string("map.cells.title"),
            Text.string("map.cells.subtitle", [
                "workplace": "\(Text.plural("count.workplaceCells", count: graph.cells.filter { $0.kind == .workplace }.count))",
                "street": "\(Text.plural("count.streetCells", count: graph.cells.filter { $0.kind == .street }.count))",
                "members": "\(Text.plural("count.members", count: members))", "loose": .integer(loose.count)])]
        document.nodeSeparation = 0.3
        document.rankSeparation = 0.5
        document.nodes.append(MapLegend(entries: [
            .init(swatch: MapPalette.committeeRow, mark: "◆◆", Text.string("map.cells.legend.committee")),
            .init(mark: "◆", Text.string("map.cells.legend.member")),
            .init(swatch: MapPalette.workplaceCluster, Text.string("map.cells.legend.workplaceCell")),
            .init(swatch: MapPalette.streetCluster, Text.string("map.cells.legend.streetCell")),
            .init(mark: "⚠", markColor: MapPalette.cellRed, Text.string("map.cells.legend.finding")),
            .init(mark: "@", Text.string("map.cells.legend.worksAt")),
        ]).node(id: newID()))
        return document
    }

    /// A cell's place name on lines of about ``titleWidth`` characters, broken at spaces: one long workplace
    /// name made the whole chart too wide to print on A3 at 7 pt.
    static func titleLines(_ name: String) -> [String] {
        name.split(separator: " ").reduce(into: [String]()) { lines, word in
            if let last = lines.last, last.count + 1 + word.count <= titleWidth {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
    }

    /// The longest line of a cell's title, in characters.
    static let titleWidth = 30

    static func cellNode(_ cell: Cell, graph: OrganizingGraph, redactor: Redactor, findings: [Finding], id: String)
        -> MapNode
    {
        let place: String
        if let w = cell.workplace.flatMap({ graph.workplace($0) }) {
            place = redactor.name(w)
        } else {
            place = cell.neighbourhood.flatMap { graph.place($0)?.name } ?? Text.string("map.cells.legend.streetCell")
        }
        var header = MapTable.Cell(titleLines(place) + [Text.string("map.cells.header", ["cell": "\(cell.id.rawValue)", "members": "\(Text.plural("count.members", count: cell.members.count))"])],
            fill: cell.kind == .workplace ? MapPalette.workplaceCellHeader : MapPalette.streetCellHeader)
        header.bold = true
        var rows: [[MapTable.Cell]] = [[header]]
        let committee = Set(cell.committee)
        let ordered = cell.members.compactMap { graph.person($0) }.sorted {
            (committee.contains($0.id) ? 0 : 1, redactor.alias($0.id)) < (committee.contains($1.id) ? 0 : 1, redactor.alias($1.id))
        }
        for person in ordered {
            var text = memberText(person, graph: graph, redactor: redactor, committee: committee.contains(person.id))
            if let w = person.workplace, w != cell.workplace, let workplace = graph.workplace(w) {
                text += " @ " + redactor.name(workplace)
            }
            var row = MapTable.Cell([text], fill: committee.contains(person.id) ? MapPalette.committeeRow : nil)
            row.alignLeft = true
            row.bold = committee.contains(person.id)
            rows.append([row])
        }
        for finding in findings {
            var note = MapTable.Cell(["⚠ " + finding.rule.rawValue.split(separator: "-").joined(separator: " ")],
                fontColor: MapPalette.cellRed)
            note.italic = true
            note.fontSize = 10
            rows.append([note])
        }
        return MapNode(id: id, label: .table(MapTable(rows: rows)))
    }

    static func memberText(_ person: Person, graph: OrganizingGraph, redactor: Redactor, committee: Bool) -> String {
        var text = (committee ? MapPalette.committeeMark : MapPalette.cellMark) + " " + redactor.label(person)
        if person.role != .worker && person.role != .other { text += " · \(person.role.rawValue)" }
        return text
    }
}
