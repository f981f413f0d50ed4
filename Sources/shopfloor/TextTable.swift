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

    /// The width of each column: its widest cell or header.
    var widths: [Int] {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        return widths
    }

    /// The width of the rendered table, indent included.
    func width(indent: String = "") -> Int {
        indent.count + widths.reduce(0, +) + 2 * max(0, headers.count - 1)
    }

    /// The same table without the columns at `indices`.
    func removing(_ indices: Set<Int>) -> TextTable {
        func keep<T>(_ list: [T]) -> [T] { list.enumerated().filter { !indices.contains($0.offset) }.map(\.element) }
        var table = TextTable(keep(headers), alignments: keep(alignments))
        table.rows = rows.map(keep)
        return table
    }

    /// The table as lines: a header and a rule (unless `header` is false), and the rows, columns two spaces apart.
    /// With `width`, the column `wrapping` (free text such as a route) is wrapped at spaces onto continuation
    /// lines so that the table fits; other cells are never cut.
    func render(indent: String = "", header: Bool = true, width: Int? = nil, wrapping: Int? = nil) -> String {
        var widths = self.widths
        var rows = self.rows
        if let width, let column = wrapping, column < widths.count, self.width(indent: indent) > width {
            let others = self.width(indent: indent) - widths[column]
            widths[column] = min(widths[column], max(16, width - others, headers[column].count))
            rows = rows.flatMap { row -> [[String]] in
                guard column < row.count else { return [row] }
                let pieces = Self.wrap(row[column], to: widths[column])
                return pieces.enumerated().map { i, piece in
                    row.enumerated().map { j, cell in j == column ? piece : (i == 0 ? cell : "") }
                }
            }
            for row in rows where column < row.count { widths[column] = max(widths[column], row[column].count) }
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

    /// Splits text at spaces into pieces of at most `width` characters (a longer word stays whole); pieces after
    /// the first are indented two spaces, so that a wrapped cell reads as one.
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = "  " + word
            }
        }
        lines.append(current)
        return lines
    }
}
