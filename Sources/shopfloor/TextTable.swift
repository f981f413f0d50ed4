/// A plain-text table with aligned columns, for human output.
struct TextTable {
    /// How a column's cells line up.
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Adds a row; a cell's control characters (from a name in a file) are shown as escapes, so that the
    /// table stays aligned and the terminal is not driven by the data.
    mutating func add(_ row: [String]) { rows.append(row.map { Terminal.guarded($0, keepingLineBreaks: false) }) }

    /// Whether the table has no rows.
    var isEmpty: Bool { rows.isEmpty }

    /// The table as lines: a header and a rule (unless `header` is false), and the rows, columns two spaces apart.
    func render(indent: String = "", header: Bool = true) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, cell -> String in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return alignments[i] == .right ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }
            return indent + padded.joined(separator: "  ")
        }
        var out: [String] = []
        if header {
            out.append(Terminal.styled(line(headers), .bold))
            out.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        }
        out += rows.map(line)
        return out.joined(separator: "\n")
    }
}
