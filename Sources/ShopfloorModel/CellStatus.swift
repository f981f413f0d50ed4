import ShopfloorText

/// Where a workplace stands in building its cell [res. 13, 16]: the one rule the district map, the penetration
/// report, the GraphML export and the cell rules all read.
public enum CellStatus: String, Vocabulary, Comparable {
    /// No members work there and there is no workplace cell.
    case none
    /// Members work there but no workplace cell has three yet: one or two members, a cell below three, or
    /// members not yet organized in a cell.
    case forming
    /// A workplace cell of three or more members without a committee of three to five.
    case cell
    /// A workplace cell of three or more members with a committee of three to five.
    case cellWithCommittee = "cell-with-committee"

    /// The status one workplace cell gives its workplace: forming below three distinct members, else cell, or
    /// cell with committee when the committee has three to five distinct seats.
    public init(cellSize: Int, committee: Int) {
        if cellSize < Cell.minimumMembers {
            self = .forming
        } else {
            self = Cell.committeeSize.contains(committee) ? .cellWithCommittee : .cell
        }
    }

    /// The status one cell gives its workplace, counting each member and committee seat once.
    public init(_ cell: Cell) {
        self.init(cellSize: Set(cell.members).count, committee: Set(cell.committee).count)
    }

    /// The status of a workplace: the furthest any of its workplace cells has come, else forming when members
    /// work there, else none.
    /// - Parameters:
    ///   - members: party members who work there.
    ///   - workplaceCells: the workplace cells of that workplace (street cells do not count).
    public init(members: Int, workplaceCells: some Sequence<Cell>) {
        var best: CellStatus?
        for cell in workplaceCells {
            let status = CellStatus(cell)
            best = best.map { Swift.max($0, status) } ?? status
        }
        self = best ?? (members > 0 ? .forming : .none)
    }

    /// Whether the workplace has a cell by the rule of three.
    public var isCell: Bool { self == .cell || self == .cellWithCommittee }

    /// Words for tables.
    public var label: String {
        switch self {
        case .none: Text.string("cellStatus.none")
        case .forming: Text.string("cellStatus.forming")
        case .cell: Text.string("cellStatus.cell")
        case .cellWithCommittee: Text.string("cellStatus.committee")
        }
    }

    /// The order of the steps: none, forming, cell, cell with committee.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.step < rhs.step }

    private var step: Int {
        switch self {
        case .none: 0
        case .forming: 1
        case .cell: 2
        case .cellWithCommittee: 3
        }
    }
}
