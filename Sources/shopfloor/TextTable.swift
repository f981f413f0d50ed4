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
    /// With `width` (the terminal's unless told; nil lays the table out at its natural width), a table wider
    /// than that is fitted: first the columns in `underneath` (notes such as who is
    /// listening) leave the grid and are written under their row as `header: value`; then the columns in
    /// `wrapping` (free text such as a route; when empty, every left-aligned column but the first) share what
    /// room the other columns leave, each at least as wide as its header and its longest word, and are wrapped
    /// at spaces onto continuation lines; other cells are never cut. When even that does not fit, each row is
    /// printed as a block of `header: value` lines wrapped to `width`.
    func render(indent: String = "", header: Bool = true, width: Int? = Terminal.width, wrapping: [Int] = [],
        underneath: [Int] = []) -> String {
        let moved = Set(underneath.filter { $0 < headers.count })
        guard let width, self.width(indent: indent) > width, !moved.isEmpty else {
            guard let lines = lineGroups(indent: indent, header: header, width: width, wrapping: wrapping) else {
                return blocks(indent: indent, width: width ?? 80, headed: header)
            }
            return (lines.header + lines.rows.joined()).joined(separator: "\n")
        }
        let kept = removing(moved)
        let shifted = wrapping.filter { !moved.contains($0) }.map { i in i - moved.filter { $0 < i }.count }
        guard let lines = kept.lineGroups(indent: indent, header: header, width: width, wrapping: shifted) else {
            return blocks(indent: indent, width: width, headed: header)
        }
        var out = lines.header
        for (row, rowLines) in zip(rows, lines.rows) {
            out += rowLines
            for column in moved.sorted() where column < row.count && !row[column].isEmpty {
                out.append(Self.wrapped("\(headers[column]): \(row[column])", width: width, indent: indent + "      "))
            }
        }
        return out.joined(separator: "\n")
    }

    /// The header's lines and each row's lines, fitted to `width` as ``render(indent:header:width:wrapping:underneath:)``
    /// says; nil when the table does not fit even with its wrapped columns at their narrowest.
    func lineGroups(indent: String, header: Bool, width: Int?, wrapping: [Int]) -> (header: [String], rows: [[String]])? {
        var widths = self.widths
        var groups = rows.map { [$0] }
        if let width, self.width(indent: indent) > width {
            let wrapped = (wrapping.isEmpty ? Array(alignments.indices.dropFirst().filter { alignments[$0] == .left }) : wrapping)
                .filter { $0 < widths.count }
            guard let fitted = fittedWidths(wrapped, indent: indent, width: width) else { return nil }
            widths = fitted
            groups = rows.map { row -> [[String]] in
                var pieces: [Int: [String]] = [:]
                for column in wrapped where column < row.count { pieces[column] = Self.wrap(row[column], to: widths[column]) }
                let height = pieces.values.map(\.count).max() ?? 1
                return (0..<height).map { i in
                    row.enumerated().map { j, cell in
                        if let parts = pieces[j] { return i < parts.count ? parts[i] : "" }
                        return i == 0 ? cell : ""
                    }
                }
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, cell -> String in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return alignments[i] == .right ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }
            return indent + padded.joined(separator: "  ")
        }
        let head = header ? [Terminal.styled(line(headers), .bold),
            indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] : []
        return (head, groups.map { $0.map(line) })
    }

    /// Splits text at spaces into pieces of at most `width` characters (a longer word stays whole); pieces after
    /// the first are indented two spaces, so that a wrapped cell reads as one.
    /// A quoted command (`'shopfloor plan reach --help'`, `` `alias-secret: …` ``) is one word: it is never broken.
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in ProseWords.split(text) {
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

    /// Each line of `text` that is longer than `width` wrapped as prose after its own leading spaces (two more
    /// on the lines it continues on); shorter lines as they are.
    static func fitted(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let body = line.drop { $0 == " " }
            return wrapped(String(body), width: width, indent: String(repeating: " ", count: line.count - body.count))
        }.joined(separator: "\n")
    }

    /// Prose wrapped to `width` columns at spaces, every line after `indent` and the lines after the first two
    /// spaces further in (a word longer than a line stays whole).
    static func wrapped(_ text: String, width: Int, indent: String) -> String {
        wrap(text, to: max(20, width - indent.count)).map { indent + $0 }.joined(separator: "\n")
    }
}
