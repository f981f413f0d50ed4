/// Encodes a ``MapDocument`` as DOT text, deterministically: the same document gives the same bytes.
///
/// Every id is quoted and synthetic, every user string is escaped (``quoted(_:)``, ``htmlEscaped(_:)``), so
/// the output parses whatever the names in the graph contain.
public struct DOTEncoder: Sendable {
    /// The font every label uses; DejaVu Sans covers Latin (Turkish included), Greek and Cyrillic.
    public var fontName = "DejaVu Sans"

    public init() {}

    /// The DOT text of a document.
    ///
    /// - Complexity: O(size of the document).
    public func encode(_ document: MapDocument) -> String {
        let document = document.withoutFlatLabels()
        var out = "digraph \"map\" {\n"
        var title = DOTEncoder.quoted(lines: document.title)
        if let legend = document.titleLegend, case .table(let table) = legend.label {
            // The title's lines, and under them the legend in its own type size.
            let lines = document.title.map(DOTEncoder.htmlEscaped).joined(separator: "<BR ALIGN=\"LEFT\"/>")
            title = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                + lines + "</TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(DOTEncoder.number(legend.fontSize))\">"
                + html(table) + "</FONT></TD></TR></TABLE>>"
        }
        let font = DOTEncoder.quoted(fontName)
        out += "  graph [charset=\"UTF-8\", fontname=\(font), fontsize=\(DOTEncoder.number(document.titleFontSize)), label=\(title), labelloc=\"t\", "
            + "labeljust=\"l\", rankdir=\"\(document.direction.rawValue)\", "
            + "nodesep=\(DOTEncoder.number(document.nodeSeparation)), "
            + "ranksep=\(DOTEncoder.number(document.rankSeparation)), compound=true, newrank=true, "
            + "outputorder=\"edgesfirst\", pad=\(DOTEncoder.number(document.padding)), bgcolor=\"\(MapPalette.white.hex)\""
            + (document.floatingEdgeLabels ? ", forcelabels=true" : "")
            + (document.keepsOrderWithinRanks ? ", remincross=false" : "")
            + (document.paper.map { paper in
                // Scaled (up or down) until one side fills the sheet's drawing area; margin=0 because the area
                // already leaves the sheet's margins (PDF and PostScript would add 0.5 in more on each side).
                let area = paper.drawingArea(for: document.direction, landscape: document.paperLandscape)
                return ", size=\"\(DOTEncoder.number(area.width)),\(DOTEncoder.number(area.height))!\", margin=0"
            } ?? "") + "];\n"
        out += "  node [fontname=\(font), fontsize=11, margin=\"0.08,0.04\"];\n"
        out += "  edge [fontname=\(font), fontsize=\(DOTEncoder.number(MapEdge.labelFontSize))];\n"
        for cluster in document.clusters { encode(cluster, indent: "  ", into: &out) }
        for node in document.nodes { encode(node, indent: "  ", into: &out) }
        for group in document.sameRank where !group.isEmpty {
            out += "  { rank=same; " + group.map { DOTEncoder.quoted($0) + ";" }.joined(separator: " ") + " }\n"
        }
        for edge in document.edges { encode(edge, labelKey: document.floatingEdgeLabels ? "xlabel" : "label", into: &out) }
        out += "}\n"
        return out
    }

    private func encode(_ cluster: MapCluster, indent: String, into out: inout String) {
        out += "\(indent)subgraph \(DOTEncoder.quoted("cluster_" + cluster.id)) {\n"
        let inner = indent + "  "
        var style = ["rounded"]
        if cluster.fill != nil { style.append("filled") }
        if cluster.dashed { style.append("dashed") }
        out += "\(inner)graph [label=\(DOTEncoder.quoted(lines: cluster.label)), labeljust=\"l\", labelloc=\"t\", "
            + "fontsize=\(DOTEncoder.number(cluster.fontSize)), style=\"\(style.joined(separator: ","))\", "
            + "color=\"\(cluster.border.hex)\", penwidth=\(DOTEncoder.number(cluster.penWidth))"
        if let fill = cluster.fill { out += ", fillcolor=\"\(fill.hex)\"" }
        out += "];\n"
        for child in cluster.clusters { encode(child, indent: inner, into: &out) }
        for node in cluster.nodes { encode(node, indent: inner, into: &out) }
        out += "\(indent)}\n"
    }

    private func encode(_ node: MapNode, indent: String, into out: inout String) {
        if node.invisible {
            out += "\(indent)\(DOTEncoder.quoted(node.id)) [label=\"\", shape=\"point\", style=\"invis\", width=0.01, height=0.01];\n"
            return
        }
        var attributes: [String] = []
        switch node.label {
        case .text(let lines):
            attributes.append("label=\(DOTEncoder.quoted(lines: lines))")
            attributes.append("shape=\"\(node.shape.rawValue)\"")
            var style: [String] = []
            if node.fill != nil { style.append("filled") }
            if node.rounded { style.append("rounded") }
            if node.dashed { style.append("dashed") }
            if !style.isEmpty { attributes.append("style=\"\(style.joined(separator: ","))\"") }
            if let fill = node.fill { attributes.append("fillcolor=\"\(fill.hex)\"") }
            attributes.append("color=\"\(node.border.hex)\"")
            attributes.append("penwidth=\(DOTEncoder.number(node.penWidth))")
            if node.peripheries != 1 { attributes.append("peripheries=\(max(0, node.peripheries))") }
        case .table(let table):
            attributes.append("label=<\(html(table))>")
            attributes.append("shape=\"plain\"")
        }
        attributes.append("fontcolor=\"\(node.fontColor.hex)\"")
        if node.fontSize != 11 { attributes.append("fontsize=\(DOTEncoder.number(node.fontSize))") }
        if let width = node.width { attributes.append("width=\(DOTEncoder.number(width))") }
        if let height = node.height { attributes.append("height=\(DOTEncoder.number(height))") }
        // A text node's label is what a pointer resting on it shows, never the node's internal id.
        if case .text(let lines) = node.label, !lines.isEmpty {
            attributes.append("tooltip=\(DOTEncoder.quoted(Self.tooltipText(lines.joined(separator: " · "))))")
        }
        out += "\(indent)\(DOTEncoder.quoted(node.id)) [\(attributes.joined(separator: ", "))];\n"
    }

    /// A tooltip as it goes into an attribute: angle brackets become ‹ › so that no attribute of a map ever
    /// holds markup, even a name made to look like some.
    static func tooltipText(_ text: String) -> String {
        String(text.map { $0 == "<" ? "‹" : $0 == ">" ? "›" : $0 })
    }

    private func encode(_ edge: MapEdge, labelKey: String, into out: inout String) {
        func end(_ id: String, _ port: String?, _ side: String?) -> String {
            let compass = side.flatMap { ["n", "e", "s", "w"].contains($0) ? ":" + $0 : nil } ?? ""
            return DOTEncoder.quoted(id) + (port.map { ":" + DOTEncoder.quoted($0) + compass } ?? "")
        }
        var attributes: [String] = []
        if !edge.label.isEmpty { attributes.append("\(labelKey)=\(DOTEncoder.quoted(lines: edge.label))") }
        attributes.append("color=\"" + ([edge.color] + edge.parallelColors).map(\.hex).joined(separator: ":") + "\"")
        if let fontColor = edge.fontColor { attributes.append("fontcolor=\"\(fontColor.hex)\"") }
        if edge.penWidth != 1 { attributes.append("penwidth=\(DOTEncoder.number(edge.penWidth))") }
        if edge.line != .solid { attributes.append("style=\"\(edge.line.rawValue)\"") }
        if edge.drawnBackward {
            attributes.append(edge.arrow ? "dir=\"back\"" : "dir=\"none\"")
        } else if !edge.arrow {
            attributes.append("arrowhead=\"none\"")
        }
        if !edge.constraint { attributes.append("constraint=false") }
        if let weight = edge.weight { attributes.append("weight=\(weight)") }
        if let minimumLength = edge.minimumLength { attributes.append("minlen=\(minimumLength)") }
        out += "  \(end(edge.from, edge.fromPort, edge.fromSide)) -> \(end(edge.to, edge.toPort, edge.toSide)) [\(attributes.joined(separator: ", "))];\n"
    }

    /// The HTML-like label of a table; every text is XML-escaped.
    func html(_ table: MapTable) -> String {
        if let frame = table.frame { return framed(table, frame) }
        return Self.tableTag(border: table.border, cellBorder: 1, spacing: 0, padding: 3, color: MapPalette.line, fill: MapPalette.white)
            + rows(table, padding: 3) + "</TABLE>"
    }

    /// The opening `<TABLE>` tag (attributes in one order for every table the maps write).
    private static func tableTag(
        border: Int, cellBorder: Int, spacing: Int, padding: Int, color: MapColor? = nil, fill: MapColor? = nil,
        style: [String] = []
    ) -> String {
        var out = "<TABLE BORDER=\"\(max(0, border))\" CELLBORDER=\"\(max(0, cellBorder))\" CELLSPACING=\"\(max(0, spacing))\""
            + " CELLPADDING=\"\(max(0, padding))\""
        if let color { out += " COLOR=\"\(color.hex)\"" }
        if let fill { out += " BGCOLOR=\"\(fill.hex)\"" }
        if !style.isEmpty { out += " STYLE=\"\(style.joined(separator: ","))\"" }
        return out + ">"
    }

    /// A table with a frame of its own (outline, fill, style, spacing).
    private func framed(_ table: MapTable, _ frame: MapTable.Frame) -> String {
        Self.tableTag(border: frame.border, cellBorder: frame.cellBorder, spacing: frame.cellSpacing,
            padding: frame.cellPadding, color: frame.color, fill: frame.fill,
            style: (frame.rounded ? ["rounded"] : []) + (frame.dashed ? ["dashed"] : []))
            + rows(table, padding: max(0, frame.cellPadding), cellBorder: max(0, frame.cellBorder),
                spacing: max(0, frame.cellSpacing)) + "</TABLE>"
    }

    /// The rows of a table. Graphviz 2.42 sizes a table that has both several rows and several columns through
    /// two helper graphs whose edge lists it never frees (`sizeArray`), so such a table is written as one
    /// column: a row of several cells becomes a one-row table inside a borderless cell. Every table Graphviz
    /// sees is then one row or one column, which it sizes without them (`sizeLinearArray`).
    private func rows(_ table: MapTable, padding: Int, cellBorder: Int = 1, spacing: Int = 0) -> String {
        let oneColumn = table.rows.count > 1 && table.rows.contains { $0.count > 1 }
        var out = ""
        for row in table.rows {
            out += "<TR>"
            if oneColumn && row.count > 1 {
                out += "<TD BORDER=\"0\" CELLPADDING=\"0\" ALIGN=\"LEFT\">"
                    + Self.tableTag(border: 0, cellBorder: cellBorder, spacing: spacing, padding: padding) + "<TR>"
                    + row.map { self.cell($0, spanning: false) }.joined() + "</TR></TABLE></TD>"
            } else {
                out += row.map { self.cell($0, spanning: !oneColumn) }.joined()
            }
            out += "</TR>"
        }
        return out
    }

    /// One `<TD>`: a nested table, or lines of escaped text with the cell's font.
    private func cell(_ cell: MapTable.Cell, spanning: Bool) -> String {
        var out = "<TD"
        if let port = cell.port { out += " PORT=\"\(DOTEncoder.htmlEscaped(port))\"" }
        if let fill = cell.fill { out += " BGCOLOR=\"\(fill.hex)\"" }
        if spanning && cell.columnSpan > 1 { out += " COLSPAN=\"\(cell.columnSpan)\"" }
        if let width = cell.minimumWidth { out += " WIDTH=\"\(max(0, width))\"" }
        if let height = cell.minimumHeight { out += " HEIGHT=\"\(max(0, height))\"" }
        if cell.alignLeft { out += " ALIGN=\"LEFT\" BALIGN=\"LEFT\"" }
        if cell.alignTop { out += " VALIGN=\"TOP\"" }
        if let tooltip = cell.tooltip { out += " TOOLTIP=\"\(DOTEncoder.htmlEscaped(Self.tooltipText(tooltip)))\"" }
        // A link to the fragment only (no element id: ids in an SVG must be XML names, anchors need not be).
        if let anchor = cell.anchor { out += " HREF=\"#\(DOTEncoder.htmlEscaped(anchor))\"" }
        out += ">"
        if let nested = cell.nested.first {
            if let frame = nested.frame { return out + framed(nested, frame) + "</TD>" }
            return out + Self.tableTag(border: 0, cellBorder: 1, spacing: 0, padding: 2) + rows(nested, padding: 2)
                + "</TABLE></TD>"
        }
        var text = cell.text.map(DOTEncoder.htmlEscaped).joined(separator: "<BR/>")
        if text.isEmpty { return out + "</TD>" }
        var font: [String] = []
        // Bold and italic as a font face, not <B>/<I>: Graphviz 2.42's Pango plugin parses those as markup and
        // never frees the parsed text and attribute list (12 KB a render of the cell chart).
        if cell.bold || cell.italic {
            let face = fontName + (cell.bold ? " Bold" : "") + (cell.italic ? " Italic" : "")
            font.append("FACE=\"\(DOTEncoder.htmlEscaped(face))\"")
        }
        if let color = cell.fontColor { font.append("COLOR=\"\(color.hex)\"") }
        if let size = cell.fontSize { font.append("POINT-SIZE=\"\(DOTEncoder.number(size))\"") }
        if !font.isEmpty { text = "<FONT \(font.joined(separator: " "))>\(text)</FONT>" }
        return out + text + "</TD>"
    }
}
