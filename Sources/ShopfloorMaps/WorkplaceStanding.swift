import ShopfloorModel
import ShopfloorText

/// How far the organization has reached into one workplace: members, sympathizers, penetration, cell status.
public struct WorkplaceStanding: Sendable, Hashable {
    /// The state of the workplace's cell.
    public enum CellStatus: String, Sendable, Hashable, CaseIterable {
        /// No members and no cell.
        case none
        /// One or two members, a cell below three, or members not yet organized in a cell.
        case forming
        /// A cell of three or more without a committee of three to five.
        case cell
        /// A cell of three or more with a committee of three to five.
        case committee = "cell+committee"

        /// A short label for map nodes.
        public var shortLabel: String {
            switch self {
            case .none: Text.string("standing.none")
            case .forming: Text.string("standing.forming.short")
            case .cell: Text.string("standing.cell.short")
            case .committee: Text.string("standing.committee")
            }
        }

        /// A label for legends.
        public var label: String {
            switch self {
            case .none: Text.string("standing.none")
            case .forming: Text.string("standing.forming")
            case .cell: Text.string("standing.cell")
            case .committee: Text.string("standing.committee")
            }
        }
    }

    public var members: Int
    public var sympathizers: Int
    /// The headcount used for penetration (the workplace's, or the people mapped when it is not given).
    public var headcount: Int
    public var status: CellStatus

    /// Members and sympathizers per hundred workers.
    public var penetration: Double {
        headcount > 0 ? Double(members + sympathizers) * 100 / Double(headcount) : 0
    }

    /// Counts the standing of a workplace in a graph.
    /// - Complexity: O(people + cells); for many workplaces use ``all(_:in:)``.
    public init(_ workplace: Workplace, in graph: OrganizingGraph) {
        guard let standing = Self.all([workplace], in: graph)[workplace.id] else {
            preconditionFailure("WorkplaceStanding.all gives a standing for every workplace it is given")
        }
        self = standing
    }

    /// The standing of each of `workplaces`, from one pass over the graph's people and cells (a national map
    /// has thousands of workplaces and a million people: one pass per workplace took most of a minute).
    /// - Complexity: O(people + cells + workplaces).
    public static func all(_ workplaces: [Workplace], in graph: OrganizingGraph) -> [Workplace.ID: WorkplaceStanding] {
        var counts: [Workplace.ID: (mapped: Int, members: Int, sympathizers: Int)] = [:]
        for w in workplaces { counts[w.id] = (0, 0, 0) }
        for person in graph.people {
            guard let w = person.workplace, var count = counts[w] else { continue }
            count.mapped += 1
            if person.isMember { count.members += 1 }
            if person.affiliation == .sympathizer { count.sympathizers += 1 }
            counts[w] = count
        }
        var cells: [Workplace.ID: [Cell]] = [:]
        for cell in graph.cells where cell.kind == .workplace {
            if let w = cell.workplace, counts[w] != nil { cells[w, default: []].append(cell) }
        }
        var out: [Workplace.ID: WorkplaceStanding] = [:]
        for w in workplaces where out[w.id] == nil {
            guard let count = counts[w.id] else { preconditionFailure("every workplace given was counted") }
            out[w.id] = WorkplaceStanding(w, mapped: count.mapped, members: count.members,
                sympathizers: count.sympathizers, cells: cells[w.id] ?? [])
        }
        return out
    }

    private init(_ workplace: Workplace, mapped: Int, members: Int, sympathizers: Int, cells: [Cell]) {
        self.members = members
        self.sympathizers = sympathizers
        headcount = max(workplace.headcount, mapped)
        if let best = cells.max(by: { $0.members.count < $1.members.count }), best.members.count >= Cell.minimumMembers {
            status = cells.contains { $0.members.count >= Cell.minimumMembers && Cell.committeeSize.contains($0.committee.count) }
                ? .committee : .cell
        } else {
            status = members > 0 || !cells.isEmpty ? .forming : .none
        }
    }

    /// The number as printed on maps: one decimal below ten, none above.
    public var penetrationText: String {
        let value = penetration
        if value == 0 { return "0" }
        if value >= 10 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
