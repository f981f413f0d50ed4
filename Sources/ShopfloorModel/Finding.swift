import ShopfloorText

/// A finding of the cell rules: not an error in the data, but something the organization should act on.
public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule a finding comes from, with a stable code for scripts.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// A suspected informer or a management person is a member of a cell [res. 15, 16]: the most serious
        /// finding there is.
        case dangerInCell = "danger-in-cell"
        /// A cell with fewer than three members [res. 13].
        case cellTooSmall = "cell-too-small"
        /// A committee that is not of three to five members [res. 16].
        case committeeSize = "committee-size"
        /// A cell of three or more that has not elected a committee [res. 16].
        case noCommittee = "no-committee"
        /// A member who works where a workplace cell exists but is not in it [res. 13].
        case memberOutsideCell = "member-outside-cell"
        /// A workplace with one or two members who are attached to no workplace cell [res. 14].
        case unattachedMembers = "unattached-members"
        /// A street-cell member who works where a workplace cell exists [res. 13, 14].
        case streetMemberWithWorkplaceCell = "street-member-has-workplace-cell"
        /// A workplace with three or more members and no cell [res. 13].
        case membersWithoutCell = "members-without-cell"
        /// A workplace with no cell where three or more workers are in contact [circular 1930, 13].
        case readyToOrganize = "ready-to-organize"
        /// A member who works nowhere and belongs to no cell [res. 14].
        case memberWithoutCell = "member-without-cell"

        /// The seed reference the rule quotes.
        public var reference: String {
            switch self {
            case .dangerInCell: Text.string("reference.res15-16")
            case .cellTooSmall: Text.string("reference.res13")
            case .committeeSize, .noCommittee: Text.string("reference.res16")
            case .memberOutsideCell, .membersWithoutCell: Text.string("reference.res13")
            case .unattachedMembers, .memberWithoutCell: Text.string("reference.res14")
            case .streetMemberWithWorkplaceCell: Text.string("reference.res13-14")
            case .readyToOrganize: Text.string("reference.circular13")
            }
        }
    }

    /// How urgent a finding is: `critical` before `warning` before `info`.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// Someone may be in danger now (a suspected informer inside a cell): act before anything else.
        case critical
        case warning, info

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .critical: 0
            case .warning: 1
            case .info: 2
            }
        }
    }

    public var rule: Rule
    public var severity: Severity
    /// The cell the finding is about, if any.
    public var cell: Cell.ID?
    /// The workplace the finding is about, if any.
    public var workplace: Workplace.ID?
    /// The people the finding is about (identities: print ids, not names).
    public var people: [Person.ID]
    /// What the finding says, in plain words, naming ids only.
    public var message: String

    public init(
        _ rule: Rule, severity: Severity = .warning, cell: Cell.ID? = nil, workplace: Workplace.ID? = nil,
        people: [Person.ID] = [], message: String
    ) {
        self.rule = rule
        self.severity = severity
        self.cell = cell
        self.workplace = workplace
        self.people = people
        self.message = message.echoed()
    }

    public var description: String { "\(severity.rawValue): \(message) [\(rule.reference)]" }
}
