import ShopfloorFormats
import ShopfloorModel
import ShopfloorPlanning

extension PenetrationReport {
    /// The CSV columns, in order; the first is named after the report's grouping.
    public var csvHeader: [String] {
        [options.grouping.rawValue, "workplaces", "headcount", "uncovered_headcount", "mapped", "members",
         "sympathizers", "contacts_unassessed", "contacts_leader", "contacts_supportive", "contacts_undecided",
         "contacts_opposed", "contacts_hostile", "cell_status", "workplaces_no_cell", "workplaces_forming",
         "workplaces_cell", "workplaces_cell_with_committee", "segments_covered", "segments", "members_per_ten",
         "one_in_ten_target", "meets_one_in_ten", "union", "unions_democratic", "unions_yellow", "unions_none",
         "last_contact", "days_since_last_contact"]
    }

    /// The fields of one row, matching ``csvHeader``.
    public func csvFields(_ row: PenetrationRow) -> [String] {
        [row.key, String(row.workplaces.count), String(row.headcount), String(row.uncoveredHeadcount),
         String(row.mapped), String(row.members), String(row.sympathizers)]
            + row.contacts.values.map(String.init)
            + [row.cellStatus?.rawValue ?? "", String(row.cellStatuses.none), String(row.cellStatuses.forming),
               String(row.cellStatuses.cell), String(row.cellStatuses.cellWithCommittee),
               String(row.segmentsCovered), String(row.segments), Self.format(perTen: row.membersPerTen),
               String(row.oneInTenTarget), row.meetsOneInTen ? "yes" : "no", row.union ?? "",
               String(row.unions.democratic), String(row.unions.yellow), String(row.unions.none),
               row.lastContact?.description ?? "", row.daysSinceLastContact.map(String.init) ?? ""]
    }

    /// The table as CSV by the one CSV rule of ``CSVDocument`` (byte-order mark, RFC 4180 quoting, CRLF, formulas
    /// neutralised), one line per row and a last line for the totals.
    public func csv() -> String {
        CSVDocument.text([csvHeader] + rows.map(csvFields) + [csvFields(totals)])
    }

    /// Members per ten with two decimals, the same in every output: `0.40`.
    public static func format(perTen value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
