import ShopfloorFormats
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

extension PenetrationReport {
    /// The CSV columns, in order, in the process's language; the first is named after the report's grouping.
    public var csvHeader: [String] {
        let group = options.grouping.label
        return [group] + [
            Text.string("report.csv.workplaces"),
            Text.string("report.csv.headcount"),
            Text.string("report.csv.uncovered_headcount"),
            Text.string("report.csv.mapped"),
            Text.string("report.csv.members"),
            Text.string("report.csv.sympathizers"),
            Text.string("report.csv.contacts_unassessed"),
            Text.string("report.csv.contacts_leader"),
            Text.string("report.csv.contacts_supportive"),
            Text.string("report.csv.contacts_undecided"),
            Text.string("report.csv.contacts_opposed"),
            Text.string("report.csv.contacts_hostile"),
            Text.string("report.csv.cell_status"),
            Text.string("report.csv.workplaces_no_cell"),
            Text.string("report.csv.workplaces_forming"),
            Text.string("report.csv.workplaces_cell"),
            Text.string("report.csv.workplaces_cell_with_committee"),
            Text.string("report.csv.segments_covered"),
            Text.string("report.csv.segments"),
            Text.string("report.csv.members_per_ten"),
            Text.string("report.csv.one_in_ten_target"),
            Text.string("report.csv.meets_one_in_ten"),
            Text.string("report.csv.union"),
            Text.string("report.csv.unions_democratic"),
            Text.string("report.csv.unions_yellow"),
            Text.string("report.csv.unions_none"),
            Text.string("report.csv.last_contact"),
            Text.string("report.csv.days_since_last_contact"),
        ]
    }

    /// The fields of one row, matching ``csvHeader``.
    public func csvFields(_ row: PenetrationRow) -> [String] {
        [row.key, String(row.workplaces.count), String(row.headcount), String(row.uncoveredHeadcount),
         String(row.mapped), String(row.members), String(row.sympathizers)]
            + row.contacts.values.map(String.init)
            + [row.cellStatus?.rawValue ?? "", String(row.cellStatuses.none), String(row.cellStatuses.forming),
               String(row.cellStatuses.cell), String(row.cellStatuses.cellWithCommittee),
               String(row.segmentsCovered), String(row.segments), Text.current.decimal(written: Self.format(perTen: row.membersPerTen)),
               String(row.oneInTenTarget), Text.string(row.meetsOneInTen ? "report.csv.yes" : "report.csv.no"), row.union ?? "",
               String(row.unions.democratic), String(row.unions.yellow), String(row.unions.none),
               row.lastContact.map { Text.current.date(iso: $0.description) } ?? "", row.daysSinceLastContact.map(String.init) ?? ""]
    }

    /// The table as CSV by the one CSV rule (with the language's separator, `;` in Turkish) of ``CSVDocument`` (byte-order mark, RFC 4180 quoting, CRLF, formulas
    /// neutralised), one line per row and a last line for the totals.
    public func csv() -> String {
        CSVDocument.text([csvHeader] + rows.map(csvFields) + [csvFields(totals)], separator: Text.current.csvSeparator)
    }

    /// Members per ten with two decimals, the same in every output: `0.40`.
    public static func format(perTen value: Double) -> String { Figure.twoDecimals(value) }
}
