import ShopfloorModel
import ShopfloorText

/// How deep the organization reaches into the workplaces of a graph, grouped by workplace, employer, sector or
/// district, with the committee's diagnosis (rule 7 of the product brief, the 1930 circular [9]).
///
/// One value, computed once by ``init(graph:options:)``; the table, JSON, CSV and HTML forms are all rendered
/// from it, so every form shows the same numbers. It names workplaces and cells by id and counts people: it
/// holds no person's name, address, note or id.
public struct PenetrationReport: Hashable, Sendable, Codable {
    /// What the rows of a report stand for.
    public enum Grouping: String, Vocabulary {
        case workplace, employer, sector, district

        public static let aliases: [String: Grouping] = [
            "plant": .workplace, "company": .employer, "industry": .sector, "town": .district,
            // Turkish
            "işyeri": .workplace, "fabrika": .workplace, "işveren": .employer, "şirket": .employer,
            "sektör": .sector, "sanayi": .sector, "ilçe": .district, "bölge": .district,
        ]

        /// The word for tables, maps and the report, in the process's language.
        public var label: String {
            switch self {
            case .workplace: Text.string("report.csv.group.workplace")
            case .employer: Text.string("report.csv.group.employer")
            case .sector: Text.string("report.csv.group.sector")
            case .district: Text.string("report.csv.group.district")
            }
        }
    }

    /// The settings a report is computed with.
    public struct Options: Hashable, Sendable, Codable {
        /// What the rows stand for.
        public var grouping: Grouping
        /// The day "days since the last contact" is counted to; contacts after it are ignored.
        public var today: Day
        /// A workplace with at least this many workers is a large plant.
        public var largeThreshold: Int
        /// A cell with no contact logged in more than this many days is stale.
        public var staleDays: Int

        /// The size threshold the report uses unless told otherwise.
        public static let defaultLargeThreshold = 500
        /// The staleness window the report uses unless told otherwise.
        public static let defaultStaleDays = 30

        /// Creates options; thresholds below their minimum (1 worker, 0 days) are raised to it.
        public init(
            grouping: Grouping = .workplace, today: Day, largeThreshold: Int = defaultLargeThreshold,
            staleDays: Int = defaultStaleDays
        ) {
            self.grouping = grouping
            self.today = today
            self.largeThreshold = max(1, largeThreshold)
            self.staleDays = max(0, staleDays)
        }
    }

    /// The graph's title.
    public var graph: String
    /// The settings the report was computed with.
    public var options: Options
    /// One row per group, the largest uncovered first (see ``PenetrationRow/precedes(_:)``).
    public var rows: [PenetrationRow]
    /// All workplaces together.
    public var totals: PenetrationRow
    /// Organization-wide figures the diagnosis is drawn from.
    public var organization: OrganizationFigures
    /// The warning signs of the 1930 circular, each with its numbers and the workplaces and cells behind it.
    public var diagnosis: Diagnosis
}

/// A count out of a whole, with its percentage rounded to one decimal (0 when the whole is 0).
public struct Share: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The part.
    public var count: Int
    /// The whole.
    public var of: Int
    /// The part in percent of the whole, one decimal.
    public var percent: Double

    /// Creates a share and computes its percentage.
    public init(_ count: Int, of whole: Int) {
        self.count = count
        self.of = whole
        self.percent = whole == 0 ? 0 : (Double(count) * 1000 / Double(whole)).rounded() / 10
    }

    /// `12 of 40 (30.0%)`.
    public var description: String {
        Text.string("share", ["count": .integer(count), "of": .integer(of), "percent": "\(Text.current.decimal(written: Share.format(percent)))"])
    }

    /// Formats a percentage with one decimal, the same way in every output.
    public static func format(_ percent: Double) -> String {
        let tenths = Int((percent * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// Organization-wide figures: where the cells are, where the workers are, where the members are organized.
public struct OrganizationFigures: Hashable, Sendable, Codable {
    /// All workplaces in the graph.
    public var workplaces: Int
    /// Workplaces with at least ``PenetrationReport/Options/largeThreshold`` workers.
    public var largePlants: Int
    /// Workers in all workplaces.
    public var headcount: Int
    /// Workers in large plants, out of all workers.
    public var workersInLargePlants: Share
    /// Workplaces with a real cell (three or more members), out of all workplaces.
    public var workplacesWithCell: Share
    /// Of the workplaces with a cell, those that are small plants.
    public var cellsInSmallPlants: Share
    /// Of the large plants, those without a cell.
    public var largePlantsWithoutCell: Share
    /// Party members in the graph.
    public var members: Int
    /// Members who work in a workplace, out of all members (the circular's "57% industrial workers").
    public var membersAtWorkplaces: Share
    /// Members in a workplace cell of their own workplace (a forming one included), out of all members (the
    /// circular's "14% in factory cells").
    public var membersInWorkplaceCells: Share
    /// Workplace cells in the graph, whatever their size.
    public var workplaceCells: Int
    /// Street cells in the graph.
    public var streetCells: Int
}
