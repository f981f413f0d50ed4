import ShopfloorText

/// The penetration table fitted to the terminal: its columns, what each means (a line under the table for each
/// column shown), and which are left out first when the table is wider than the terminal.
extension PenetrationTable {
    /// The table's columns, in order.
    enum Column: Int, CaseIterable {
        case key, workers, mapped, members, sympathizers, contacts, cell, segments, perTen, target, union, lastContact

        /// What the column's numbers mean, in one line.
        var meaning: String {
            let key = switch self {
            case .key: "penetration.legend.key"
            case .workers: "penetration.legend.workers"
            case .mapped: "penetration.legend.mapped"
            case .members: "penetration.legend.members"
            case .sympathizers: "penetration.legend.sympathizers"
            case .contacts: "penetration.legend.contacts"
            case .cell: "penetration.legend.cell"
            case .segments: "penetration.legend.segments"
            case .perTen: "penetration.legend.perTen"
            case .target: "penetration.legend.target"
            case .union: "penetration.legend.union"
            case .lastContact: "penetration.legend.lastContact"
            }
            return Text.string(key)
        }

        /// The order columns are left out in when the table is too wide: least needed first.
        static let expendable: [Column] = [.union, .contacts, .lastContact, .mapped, .target, .segments, .sympathizers]
    }

    /// The table with the columns that fit `width` (the least needed left out first) and the columns kept, or
    /// nil when even the essential ones (row, workers, members, cell, per 10) do not fit.
    static func layout(_ table: TextTable, width: Int) -> (table: TextTable?, shown: [Column]) {
        var dropped: Set<Int> = []
        var candidate = table
        var expendable = Column.expendable[...]
        while candidate.width(indent: "  ") > width {
            guard let next = expendable.popFirst() else { return (nil, Column.allCases) }
            dropped.insert(next.rawValue)
            candidate = table.removing(dropped)
        }
        return (candidate, Column.allCases.filter { !dropped.contains($0.rawValue) })
    }

    /// Prints the table fitted to `width`, or one block per row on a terminal too narrow for any table; then a
    /// line for each column shown saying what it means, and which columns were left out.
    static func printFitted(_ table: TextTable, rows: [[String]], width: Int) {
        let (fitted, shown) = layout(table, width: width)
        if let fitted {
            Terminal.print(fitted.render(indent: "  "))
        } else {
            for values in rows {
                Terminal.print("  " + Terminal.styled(values[Column.key.rawValue], .bold))
                let pairs = Column.allCases.dropFirst().map { "\(table.headers[$0.rawValue]) \(values[$0.rawValue])" }
                for line in TextTable.wrap(pairs.joined(separator: ", "), to: max(20, width - 4)) {
                    Terminal.print("    " + line.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        Terminal.print()
        for column in shown {
            Terminal.print(Terminal.styled(TextTable.wrapped("\(table.headers[column.rawValue]): \(column.meaning)",
                width: width, indent: "  "), .dim))
        }
        let left = Column.allCases.filter { !shown.contains($0) }
        if !left.isEmpty {
            Terminal.print(Terminal.styled(TextTable.wrapped(Text.string("penetration.columnsLeftOut", ["width": .integer(width),
                "columns": "\(left.map { table.headers[$0.rawValue] }.joined(separator: ", "))"]), width: width, indent: "  "), .dim))
        }
    }
}
