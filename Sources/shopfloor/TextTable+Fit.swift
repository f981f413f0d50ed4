/// Fitting a table into a terminal's width: narrowed, wrapped columns, or one block per row.
extension TextTable {
    /// The widths that fit the table into `width` by narrowing the `wrapped` columns: each gets at least its
    /// header and its longest word (with the continuation lines' two spaces) and at most its widest cell; the
    /// room left is shared out narrowest first. Nil when the other columns and those least widths do not fit.
    func fittedWidths(_ wrapped: [Int], indent: String, width: Int) -> [Int]? {
        var widths = self.widths
        guard !wrapped.isEmpty else { return nil }
        let fixed = self.width(indent: indent) - wrapped.map { widths[$0] }.reduce(0, +)
        var least: [Int: Int] = [:]
        for column in wrapped {
            let word = rows.compactMap { row in column < row.count ? row[column].split(separator: " ").map(\.count).max() : nil }.max() ?? 0
            least[column] = min(widths[column], max(headers[column].count, word + 2))
        }
        var room = width - fixed - least.values.reduce(0, +)
        guard room >= 0 else { return nil }
        var open = wrapped.sorted { widths[$0] - (least[$0] ?? 0) < widths[$1] - (least[$1] ?? 0) }
        var given = least
        while let column = open.first {
            let share = room / open.count
            let extra = min(widths[column] - (given[column] ?? 0), share)
            given[column, default: 0] += extra
            room -= extra
            open.removeFirst()
        }
        for (column, w) in given { widths[column] = w }
        return widths
    }

    /// Each row as a block: its first cell (after its header), then `header: value` for every other cell that is
    /// not empty, wrapped to `width` (for a terminal too narrow for the table).
    func blocks(indent: String, width: Int, headed: Bool) -> String {
        var out: [String] = []
        for row in rows {
            guard let first = row.first else { continue }
            let title = headed && !headers.isEmpty ? "\(headers[0]): \(first)" : first
            if !first.isEmpty { out.append(Terminal.styled(Self.wrapped(title, width: width, indent: indent), .bold)) }
            for (i, cell) in row.enumerated().dropFirst() where !cell.isEmpty {
                let text = headed && i < headers.count ? "\(headers[i]): \(cell)" : cell
                out.append(Self.wrapped(text, width: width, indent: indent + "  "))
            }
        }
        return out.joined(separator: "\n")
    }
}
