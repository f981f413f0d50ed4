import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorPresent

/// The human form of a penetration report: an aligned table, the organization-wide shares and the findings.
enum PenetrationTable {
    /// Prints the report to standard output.
    static func print(_ report: PenetrationReport, source: String) {
        let o = report.options
        let title = report.graph.isEmpty ? source : "\(report.graph) (\(source))"
        Terminal.print(Terminal.styled("Penetration by \(o.grouping.rawValue)", .bold) + " — " + title)
        Terminal.print(Terminal.styled("as of \(o.today); large plant: \(o.largeThreshold)+ workers; "
            + "stale: no contact in \(o.staleDays) days", .dim))
        Terminal.print()
        var table = TextTable(
            [o.grouping.rawValue, "workers", "mapped", "members", "symp", "contacts 1/2/3/4/5/0", "cell",
             "shop×shift", "per 10", "target", "union", "last contact"],
            alignments: [.left, .right, .right, .right, .right, .right, .left, .right, .right, .right, .left, .right])
        for row in report.rows { table.add(cells(row)) }
        table.add(cells(report.totals))
        printFitted(table, rows: table.rows, width: Terminal.width)
        Terminal.print()
        let org = report.organization
        Terminal.print("  workers in large plants \(org.workersInLargePlants); cells in small plants \(org.cellsInSmallPlants)")
        Terminal.print("  members who work in a workplace \(org.membersAtWorkplaces); "
            + "organized in their workplace's cell \(org.membersInWorkplaceCells)")
        Terminal.print()
        printFindings(report.diagnosis)
    }

    static func cells(_ row: PenetrationRow) -> [String] {
        let c = row.contacts
        let contacts = [c.leader, c.supportive, c.undecided, c.opposed, c.hostile, c.unassessed]
            .map(String.init).joined(separator: "/")
        let status: String
        if let s = row.cellStatus {
            status = s.label
        } else {
            status = "\(row.cellStatuses.cells) of \(row.workplaces.count) cells"
        }
        let union = row.cellStatus != nil
            ? [row.union, row.unions.label].compactMap { $0 }.joined(separator: ", ") : row.unions.label
        let perTen = PenetrationReport.format(perTen: row.membersPerTen)
        let last = row.daysSinceLastContact.map { "\($0) d" } ?? "never"
        return [row.key, "\(row.headcount)", "\(row.mapped)", "\(row.members)", "\(row.sympathizers)", contacts,
                status, "\(row.segmentsCovered)/\(row.segments)",
                perTen, "\(row.oneInTenTarget)", union, last]
    }

    static func printFindings(_ diagnosis: Diagnosis) {
        if diagnosis.findings.isEmpty {
            Terminal.print("Diagnosis: " + Terminal.styled("none of the 1930 circular's warning signs", .green))
            return
        }
        let count = diagnosis.findings.count
        Terminal.print(Terminal.styled("Diagnosis: \(count) warning sign\(count == 1 ? "" : "s")", .bold))
        for finding in diagnosis.findings {
            Terminal.print("  " + Terminal.styled(finding.kind.title, .yellow) + " "
                + Terminal.styled("[\(finding.kind.reference)] (\(finding.kind.rawValue))", .dim))
            Terminal.print("    \(finding.message)")
            for evidence in finding.evidence.prefix(12) { Terminal.print("    - \(evidence.summary)") }
            if finding.evidence.count > 12 {
                Terminal.print(Terminal.styled("    … and \(finding.evidence.count - 12) more (--json lists all)", .dim))
            }
        }
    }
}
