import ShopfloorModel
import ShopfloorText

/// One row of a ``PenetrationReport``: a workplace, or all workplaces of an employer, sector or district.
public struct PenetrationRow: Hashable, Sendable, Codable {
    /// The workplace id, employer, sector or district the row stands for (`total` for the totals row).
    public var key: String
    /// The workplaces behind the row, sorted by id.
    public var workplaces: [Workplace.ID]
    /// Workers, mapped or not, as the graph declares them.
    public var headcount: Int
    /// Workers in the row's workplaces that have no cell of three or more: the sort key of the report.
    public var uncoveredHeadcount: Int
    /// People in the graph who work there (any affiliation and role).
    public var mapped: Int
    /// Party members who work there.
    public var members: Int
    /// Sympathizers who work there.
    public var sympathizers: Int
    /// Contacts (mapped people who are neither members nor management, HR, security or informers) by assessment.
    public var contacts: AssessmentCounts
    /// The cell status of a single-workplace row; nil for a row of several workplaces.
    public var cellStatus: CellStatus?
    /// How many of the row's workplaces have each cell status.
    public var cellStatuses: CellStatusCounts
    /// Shop × shift segments with a member in them.
    public var segmentsCovered: Int
    /// All shop × shift segments (a workplace without shops or shifts counts as one of each).
    public var segments: Int
    /// Members per ten workers, two decimals; the rule of thumb is one.
    public var membersPerTen: Double
    /// Members the one-in-ten rule of thumb asks for: one per ten workers, rounded up.
    public var oneInTenTarget: Int
    /// Whether the members reach one per ten workers (never for a row without workers).
    public var meetsOneInTen: Bool
    /// The union's name, for a single-workplace row that has one.
    public var union: String?
    /// How many of the row's workplaces have a democratic, a yellow, or no union.
    public var unions: UnionCounts
    /// The latest contact logged with or by someone who works there, on or before the report's day.
    public var lastContact: Day?
    /// Days from ``lastContact`` to the report's day; nil when nothing was logged.
    public var daysSinceLastContact: Int?


    /// The report's order: the largest uncovered headcount first, then the largest headcount, then the key in
    /// the language's alphabetical order.
    public func precedes(_ other: PenetrationRow) -> Bool {
        if uncoveredHeadcount != other.uncoveredHeadcount { return uncoveredHeadcount > other.uncoveredHeadcount }
        if headcount != other.headcount { return headcount > other.headcount }
        return Text.precedes(key, other.key)
    }
}

/// Counts of workplaces by ``CellStatus``, one field per status.
public struct CellStatusCounts: Hashable, Sendable, Codable {
    /// Workplaces without a workplace cell.
    public var none = 0
    /// Workplaces with a cell of one or two.
    public var forming = 0
    /// Workplaces with a cell of three or more and no committee.
    public var cell = 0
    /// Workplaces with a cell of three or more and a committee.
    public var cellWithCommittee = 0

    public init() {}

    /// Counts one workplace of a status.
    public mutating func add(_ status: CellStatus) {
        switch status {
        case .none: none += 1
        case .forming: forming += 1
        case .cell: cell += 1
        case .cellWithCommittee: cellWithCommittee += 1
        }
    }

    /// Workplaces with a cell of three or more, committee or not.
    public var cells: Int { cell + cellWithCommittee }

    /// How many workplaces have a status.
    public func count(_ status: CellStatus) -> Int {
        switch status {
        case .none: none
        case .forming: forming
        case .cell: cell
        case .cellWithCommittee: cellWithCommittee
        }
    }

    /// The furthest status any of the counted workplaces has reached, in ``CellStatus``'s order (none when
    /// nothing is counted): what a row of several workplaces is drawn with.
    public var furthest: CellStatus { CellStatus.allCases.sorted().last { count($0) > 0 } ?? .none }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.none += rhs.none
        sum.forming += rhs.forming
        sum.cell += rhs.cell
        sum.cellWithCommittee += rhs.cellWithCommittee
        return sum
    }
}

/// Counts of people by assessment, one field per value: 0 (not assessed) to 5 (hostile).
public struct AssessmentCounts: Hashable, Sendable, Codable {
    public var unassessed = 0
    public var leader = 0
    public var supportive = 0
    public var undecided = 0
    public var opposed = 0
    public var hostile = 0

    public init() {}

    /// Counts one person of an assessment.
    public mutating func add(_ assessment: Assessment) {
        switch assessment.rawValue {
        case 1: leader += 1
        case 2: supportive += 1
        case 3: undecided += 1
        case 4: opposed += 1
        case 5: hostile += 1
        default: unassessed += 1
        }
    }

    /// The counts in the order 0…5.
    public var values: [Int] { [unassessed, leader, supportive, undecided, opposed, hostile] }

    /// Everyone counted.
    public var total: Int { values.reduce(0, +) }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.unassessed += rhs.unassessed
        sum.leader += rhs.leader
        sum.supportive += rhs.supportive
        sum.undecided += rhs.undecided
        sum.opposed += rhs.opposed
        sum.hostile += rhs.hostile
        return sum
    }
}

/// Counts of workplaces by the character of their union, one field per character.
public struct UnionCounts: Hashable, Sendable, Codable {
    public var democratic = 0
    public var yellow = 0
    public var none = 0

    public init() {}

    /// Counts one workplace's union (nil counts as none).
    public mutating func add(_ union: Union?) {
        switch union?.character ?? .none {
        case .democratic: democratic += 1
        case .yellow: yellow += 1
        case .none: none += 1
        }
    }

    /// `yellow`, `democratic`, `none`, or a mix such as `2 yellow, 1 none`.
    public var label: String {
        let parts = [(democratic, Text.string("union.character.democratic")), (yellow, Text.string("union.character.yellow")),
            (none, Text.string("union.character.none"))].filter { $0.0 > 0 }
        if parts.count == 1 && parts[0].0 == 1 { return parts[0].1 }
        return parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.democratic += rhs.democratic
        sum.yellow += rhs.yellow
        sum.none += rhs.none
        return sum
    }
}
