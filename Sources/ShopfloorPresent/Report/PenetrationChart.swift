import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// Inline SVG charts for the HTML report, drawn by hand so the page needs nothing else.
enum PenetrationChart {
    /// The most bars one chart draws; the rest are left to the table.
    static let maximumBars = 40

    /// The colour of a cell status, matching the table's badges.
    static func color(_ status: CellStatus) -> String { MapPalette.Page.status(status).hex }

    /// The status a row is drawn with: its own, or for a group the best any of its workplaces has reached.
    static func status(of row: PenetrationRow) -> CellStatus { row.cellStatus ?? row.cellStatuses.furthest }

    /// Horizontal bars of members per ten workers, one per row, with the one-in-ten line and a legend.
    static func bars(rows: [PenetrationRow]) -> String {
        let shown = Array(rows.prefix(maximumBars))
        let label = 200.0, plot = 560.0, right = 180.0, rowHeight = 20.0, top = 34.0
        let width = label + plot + right
        let height = top + Double(max(shown.count, 1)) * rowHeight + 16
        let scale = max(1.5, (shown.map(\.membersPerTen).max() ?? 0) * 1.1)
        func x(_ value: Double) -> Double { label + min(value, scale) / scale * plot }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLWriter.escape(Text.string("report.html.perTen")))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">\n"
        // Legend.
        var lx = label
        for status in CellStatus.allCases {
            svg += "<rect x=\"\(n(lx))\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(color(status))\"/>"
            svg += "<text x=\"\(n(lx + 14))\" y=\"15\">\(HTMLWriter.escape(status.label))</text>\n"
            lx += 24 + Double(status.label.count) * 6.5
        }
        let one = x(1)
        svg += "<line x1=\"\(n(one))\" y1=\"\(n(top - 6))\" x2=\"\(n(one))\" y2=\"\(n(height - 10))\" "
            + "stroke=\"\(MapPalette.Page.ink.hex)\" stroke-dasharray=\"4 3\"/>"
        svg += "<text x=\"\(n(one + 4))\" y=\"\(n(top - 8))\" fill=\"\(MapPalette.Page.ink.hex)\">\(HTMLWriter.escape(Text.string("report.chart.oneInTen")))</text>\n"
        for (i, row) in shown.enumerated() {
            let y = top + Double(i) * rowHeight
            let name = row.key.count > 30 ? String(row.key.prefix(29)) + "…" : row.key
            svg += "<text x=\"\(n(label - 8))\" y=\"\(n(y + 13))\" text-anchor=\"end\">\(HTMLWriter.escape(name))</text>"
            svg += "<rect x=\"\(n(label))\" y=\"\(n(y + 3))\" width=\"\(n(plot))\" height=\"13\" fill=\"\(MapPalette.Page.track.hex)\"/>"
            let w = max(row.members > 0 ? 2 : 0, x(row.membersPerTen) - label)
            let perTen = Text.current.decimal(written: PenetrationReport.format(perTen: row.membersPerTen))
            svg += "<rect x=\"\(n(label))\" y=\"\(n(y + 3))\" width=\"\(n(w))\" height=\"13\" fill=\"\(color(status(of: row)))\">"
            svg += "<title>\(HTMLWriter.escape(row.key)): \(HTMLWriter.escape(Text.string("report.chart.perTen", ["value": "\(perTen)"])))</title></rect>"
            let note = Text.string("report.chart.note", ["workers": .integer(row.headcount), "members": .integer(row.members), "value": "\(perTen)"])
            svg += "<text x=\"\(n(label + plot + 8))\" y=\"\(n(y + 13))\" fill=\"\(MapPalette.Page.muted.hex)\">\(HTMLWriter.escape(note))</text>\n"
        }
        if rows.count > shown.count {
            svg += "<text x=\"\(n(label))\" y=\"\(n(height - 2))\" fill=\"\(MapPalette.Page.muted.hex)\">"
                + "\(HTMLWriter.escape(Text.string("report.chart.more", ["count": .integer(rows.count - shown.count)])))</text>\n"
        }
        return svg + "</svg>"
    }

    /// Two shares side by side as bars out of 100%, the way the 1930 circular set 57% against 14%.
    static func versus(title: String, first: (String, Share), second: (String, Share)) -> String {
        let width = 460.0, bar = 300.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) 86\" role=\"img\" "
            + "aria-label=\"\(HTMLWriter.escape(title))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n"
        svg += "<text x=\"0\" y=\"14\" font-weight=\"700\">\(HTMLWriter.escape(title))</text>\n"
        for (i, (label, share)) in [first, second].enumerated() {
            let y = 26.0 + Double(i) * 30
            let fill = (i == 0 ? MapPalette.Page.ink : MapPalette.Page.accent).hex
            svg += "<rect x=\"0\" y=\"\(n(y))\" width=\"\(n(bar))\" height=\"12\" fill=\"\(MapPalette.Page.background.hex)\"/>"
            svg += "<rect x=\"0\" y=\"\(n(y))\" width=\"\(n(bar * min(100, share.percent) / 100))\" height=\"12\" fill=\"\(fill)\"/>"
            svg += "<text x=\"\(n(bar + 8))\" y=\"\(n(y + 11))\" font-weight=\"700\">"
                + "\(HTMLWriter.escape(Text.string("report.chart.percent", ["value": "\(Text.current.decimal(written: Share.format(share.percent)))"])))</text>"
            svg += "<text x=\"0\" y=\"\(n(y + 25))\" fill=\"\(MapPalette.Page.muted.hex)\" font-size=\"11\">"
                + "\(HTMLWriter.escape(label)) (\(HTMLWriter.escape(Text.string("report.chart.of", ["count": .integer(share.count), "of": .integer(share.of)]))))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
