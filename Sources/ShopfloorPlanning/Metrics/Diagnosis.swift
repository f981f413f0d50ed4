import ShopfloorModel
import ShopfloorText

/// The committee's diagnosis: the warning signs the 1930 circular names [9], each with its numbers and the
/// workplaces and cells behind it.
public struct Diagnosis: Hashable, Sendable, Codable {
    /// The findings, in the order of ``DiagnosisFinding/Kind``; a sign that is absent has no finding.
    public var findings: [DiagnosisFinding]

    public init(findings: [DiagnosisFinding]) { self.findings = findings }

    /// The finding of a kind, if the sign is present.
    public func finding(_ kind: DiagnosisFinding.Kind) -> DiagnosisFinding? {
        findings.first { $0.kind == kind }
    }
}

/// One warning sign: what it is, its numbers, and the rows behind it.
public struct DiagnosisFinding: Hashable, Sendable, Codable {
    /// The signs the diagnosis looks for, in report order; each has a stable code for scripts.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Large plants have no cell (the circular's sign: while small plants have cells).
        case largePlantsWithoutCells = "large-plants-without-cells"
        /// Members work in a workplace but are not organized in its cell.
        case membersOutsideWorkplaceCells = "members-outside-workplace-cells"
        /// Cells with no contact logged in the staleness window.
        case staleCells = "stale-cells"
        /// Cells of three or more that have not elected a committee (the cell rule `no-committee`).
        case cellsWithoutCommittee = "cells-without-committee"
        /// Workplaces where members work and no workplace cell exists: three or more members, or one or two
        /// attached to no workplace cell (the cell rules `members-without-cell` and `unattached-members`).
        case workplacesWithMembersWithoutCell = "workplaces-with-members-without-cell"

        /// A short title for headings.
        public var title: String {
            switch self {
            case .largePlantsWithoutCells: Text.string("diagnosis.title.large")
            case .membersOutsideWorkplaceCells: Text.string("diagnosis.title.outside")
            case .staleCells: Text.string("diagnosis.title.stale")
            case .cellsWithoutCommittee: Text.string("diagnosis.title.committee")
            case .workplacesWithMembersWithoutCell: Text.string("diagnosis.title.noCell")
            }
        }

        /// The seed reference the sign comes from.
        public var reference: String {
            switch self {
            case .largePlantsWithoutCells, .membersOutsideWorkplaceCells, .staleCells: Text.string("reference.circular9")
            case .cellsWithoutCommittee: Text.string("reference.res16")
            case .workplacesWithMembersWithoutCell: Text.string("reference.res13-14")
            }
        }
    }

    public var kind: Kind
    public var severity: Finding.Severity
    /// The finding in one sentence, with its numbers, naming ids only.
    public var message: String
    /// The numbers the finding rests on, in a fixed order.
    public var figures: [Figure]
    /// The workplaces and cells behind the finding, largest first.
    public var evidence: [Evidence]

    /// The figure with a code, if the finding has it.
    public func figure(_ code: String) -> Figure? { figures.first { $0.code == code } }
}

/// A named number of a finding: a count, and optionally the whole it is a share of.
public struct Figure: Hashable, Sendable, Codable {
    /// A stable code for scripts, e.g. `cells-in-small-plants`.
    public var code: String
    /// Words for people.
    public var label: String
    public var value: Int
    /// The whole ``value`` is a share of, if it is one.
    public var of: Int?
    /// ``value`` out of ``of`` in percent, one decimal.
    public var percent: Double?

    /// A plain count.
    public init(_ code: String, _ label: String, _ value: Int) {
        self.code = code
        self.label = label
        self.value = value
    }

    /// A share of a whole.
    public init(_ code: String, _ label: String, _ share: Share) {
        self.code = code
        self.label = label
        self.value = share.count
        self.of = share.of
        self.percent = share.percent
    }

    /// `12`, or `12 of 40 (30.0%)` for a share.
    public var text: String {
        guard let of else { return "\(value)" }
        return Share(value, of: of).description
    }
}

/// A workplace or cell behind a finding, with the counts that put it there.
public struct Evidence: Hashable, Sendable, Codable {
    /// What an evidence row names.
    public enum Subject: String, Sendable, Codable { case workplace, cell }

    public var subject: Subject
    /// The workplace or cell id.
    public var id: String
    /// Why it is listed, in a few words (e.g. `large plant without a cell`).
    public var note: String
    /// The workplace's workers (for a cell: its workplace's, if any).
    public var headcount: Int?
    /// Members there (for a cell: its members).
    public var members: Int?
    /// Members there who are not in its cell.
    public var outsideCell: Int?
    /// Days since the last contact; nil with a cell subject means none was ever logged.
    public var daysSinceLastContact: Int?

    /// One line for tables: `anadolu-oto (large plant without a cell; 2400 workers, 0 members)`.
    public var summary: String {
        var parts: [String] = []
        if let headcount { parts.append(Text.string("evidence.workers", ["count": .integer(headcount)])) }
        if let members { parts.append(Text.plural("evidence.members", count: members)) }
        if let outsideCell { parts.append(Text.string("evidence.outside", ["count": .integer(outsideCell)])) }
        if let daysSinceLastContact { parts.append(Text.string("evidence.lastContact", ["days": .integer(daysSinceLastContact)])) }
        return "\(id) (\(note)\(parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")))"
    }
}
