import ShopfloorFormats
import ShopfloorModel
import ShopfloorText

/// How far the organization has reached into one workplace: members, sympathizers, penetration, cell status.
public struct WorkplaceStanding: Sendable, Hashable {
    public var members: Int
    public var sympathizers: Int
    /// The headcount used for penetration (the workplace's, or the people mapped when it is not given).
    public var headcount: Int
    /// The workplace's cell status, by the model's one rule (``CellStatus/init(members:workplaceCells:)``).
    public var status: CellStatus

    /// Members per ten workers, to two decimals: the report's "per 10" (the same headcount, the larger of the
    /// declared and the mapped, and the same rounding), so that the map and the report measure reach the same
    /// way; one in ten is the rule of thumb.
    public var penetration: Double {
        headcount > 0 ? (Double(members) * 1000 / Double(headcount)).rounded() / 100 : 0
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
        status = CellStatus(members: members, workplaceCells: cells)
    }

    /// The number as printed on maps and in the report: members per ten workers, two decimals.
    public var penetrationText: String { Figure.twoDecimals(penetration) }
}
