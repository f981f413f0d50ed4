import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorPresent
import ShopfloorText

/// The human form of a penetration report: an aligned table, the organization-wide shares and the findings.
enum PenetrationTable {
    /// Prints the report to standard output.
    static func print(_ report: PenetrationReport, source: String) {
        let o = report.options
        let title = report.graph.isEmpty ? source : "\(report.graph) (\(source))"
        Terminal.printHeading(Text.string("report.table.title", ["grouping": "\(o.grouping.label)"]), " — " + title)
        Terminal.printWrapped(Text.string("penetration.meta", ["today": .date(year: o.today.year, month: o.today.month, day: o.today.day),
            "large": .integer(o.largeThreshold), "stale": .integer(o.staleDays)]), style: .dim)
        Terminal.print()
        var table = TextTable(
            [o.grouping.label, Text.string("report.table.workers"), Text.string("report.table.mapped"),
             Text.string("report.table.members"), Text.string("penetration.column.symp"),
             Text.string("penetration.column.contacts"), Text.string("report.table.cell"),
             Text.string("penetration.column.segments"), Text.string("penetration.column.perTen"),
             Text.string("penetration.column.target"), Text.string("report.table.union"),
             Text.string("penetration.column.lastContact")],
            alignments: [.left, .right, .right, .right, .right, .right, .left, .right, .right, .right, .left, .right])
        for row in report.rows { table.add(cells(row)) }
        table.add(cells(report.totals))
        printFitted(table, rows: table.rows, width: Terminal.width)
        Terminal.print()
        let org = report.organization
        Terminal.printWrapped(Text.string("penetration.organization.large", ["workers": "\(org.workersInLargePlants)",
            "cells": "\(org.cellsInSmallPlants)"]), indent: "  ")
        Terminal.printWrapped(Text.string("penetration.organization.members", ["at": "\(org.membersAtWorkplaces)",
            "organized": "\(org.membersInWorkplaceCells)"]), indent: "  ")
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
            status = Text.string("penetration.cellsOf", ["cells": .integer(row.cellStatuses.cells), "of": .integer(row.workplaces.count)])
        }
        let union = row.cellStatus != nil
            ? [row.union, row.unions.label].compactMap { $0 }.joined(separator: ", ") : row.unions.label
        let perTen = Text.current.decimal(written: PenetrationReport.format(perTen: row.membersPerTen))
        let last = row.daysSinceLastContact.map { Text.string("penetration.days", ["days": .integer($0)]) }
            ?? Text.string("report.table.never")
        return [row.key, "\(row.headcount)", "\(row.mapped)", "\(row.members)", "\(row.sympathizers)", contacts,
                status, "\(row.segmentsCovered)/\(row.segments)",
                perTen, "\(row.oneInTenTarget)", union, last]
    }

    static func printFindings(_ diagnosis: Diagnosis) {
        if diagnosis.findings.isEmpty {
            Terminal.say(Text.string("penetration.diagnosis", ["findings": "\(Terminal.styled(Text.string("penetration.diagnosis.none"), .green))"]))
            return
        }
        let count = diagnosis.findings.count
        Terminal.print(Terminal.styled(Text.string("penetration.diagnosis", ["findings": "\(Text.plural("penetration.diagnosis.signs", count: count))"]), .bold))
        for finding in diagnosis.findings {
            let reference = "[\(finding.kind.reference)] (\(finding.kind.rawValue))"
            if 2 + finding.kind.title.count + 1 + reference.count <= Terminal.width {
                Terminal.print("  " + Terminal.styled(finding.kind.title, .yellow) + " " + Terminal.styled(reference, .dim))
            } else {
                Terminal.printWrapped(finding.kind.title, indent: "  ", style: .yellow)
                Terminal.printWrapped(reference, indent: "    ", style: .dim)
            }
            Terminal.printWrapped(finding.message, indent: "    ")
            for evidence in finding.evidence.prefix(12) { Terminal.printWrapped("- \(evidence.summary)", indent: "    ") }
            if finding.evidence.count > 12 {
                Terminal.print(Terminal.styled("    … " + Text.string("penetration.more", ["count": .integer(finding.evidence.count - 12)]), .dim))
            }
        }
    }
}
