import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

extension PenetrationReport {
    /// The table section of the HTML page: one row per group and the totals, each cell tagged with its field.
    func table(_ page: inout HTMLWriter, names: [String: String] = [:]) {
        page.raw("<section class=\"table\">\n<h2>\(HTMLWriter.escape(Text.string("report.table.title", ["grouping": "\(groupingWord)"])))</h2>\n<div class=\"scroll\">\n<table>\n<thead><tr>")
        // Headers are markup: the sympathizers column may break where its soft hyphen says.
        let headers = [HTMLWriter.escape(groupingWord)] + [
            Text.string("report.table.workers"), Text.string("report.table.mapped"), Text.string("report.table.members"),
            Text.string("report.table.sympathizers"), Text.string("report.table.contacts"), Text.string("report.table.cell"),
            Text.string("report.table.segments"), Text.string("report.table.perTen"), Text.string("report.table.target"),
        ].map { HTMLWriter.escape($0).replacingOccurrences(of: "\u{AD}", with: "&shy;") }
        for header in headers { page.raw("<th>\(header)</th>") }
        page.raw("<th class=\"union\">\(HTMLWriter.escape(Text.string("report.table.union")))</th>")
        page.raw("<th>\(HTMLWriter.escape(Text.string("report.table.days")))</th>")
        page.raw("</tr></thead>\n<tbody>\n")
        for row in rows { tableRow(&page, row, total: false, name: names[row.key]) }
        page.raw("</tbody>\n<tfoot>\n")
        tableRow(&page, totals, total: true, name: nil)
        page.raw("</tfoot>\n</table>\n</div>\n")
        legend(&page)
        page.raw("</section>\n")
    }

    /// One line for every column of the table, and what its colours mean.
    private func legend(_ page: inout HTMLWriter) {
        let lines = [
            ("report.table.workers", "report.legend.workers"), ("report.table.mapped", "report.legend.mapped"),
            ("report.table.members", "report.legend.members"), ("report.table.sympathizers", "report.legend.sympathizers"),
            ("report.table.contacts", "report.legend.contacts"), ("report.table.cell", "report.legend.cell"),
            ("report.table.segments", "report.legend.segments"), ("report.table.perTen", "report.legend.perTen"),
            ("report.table.target", "report.legend.target"), ("report.table.union", "report.legend.union"),
            ("report.table.days", "report.legend.days"),
        ]
        page.raw("<dl class=\"legend\">\n")
        for (term, meaning) in lines {
            page.raw("<dt>")
            page.text(Text.string(term).replacingOccurrences(of: "\u{AD}", with: ""))
            page.raw("</dt><dd>")
            page.text(Text.string(meaning))
            page.raw("</dd>\n")
        }
        page.raw("</dl>\n")
    }

    private func tableRow(_ page: inout HTMLWriter, _ row: PenetrationRow, total: Bool, name: String?) {
        page.raw(total ? "<tr class=\"total\" data-key=\"total\">" : "<tr data-key=\"\(HTMLWriter.escape(row.key))\">")
        func cell(_ field: String, _ value: String, class name: String? = nil) {
            page.raw("<td data-f=\"\(field)\"\(name.map { " class=\"\($0)\"" } ?? "")>")
            page.text(value)
            page.raw("</td>")
        }
        if let name, name != row.key {
            // The workplace as the district map names it (a code name with --code-names), its id under it.
            page.raw("<td data-f=\"key\">")
            page.text(name)
            page.raw("<br><span class=\"id\">")
            page.text(row.key)
            page.raw("</span></td>")
        } else {
            cell("key", row.key)
        }
        cell("headcount", String(row.headcount))
        cell("mapped", String(row.mapped))
        cell("members", String(row.members))
        cell("sympathizers", String(row.sympathizers))
        let c = row.contacts
        cell("contacts", [c.leader, c.supportive, c.undecided, c.opposed, c.hostile, c.unassessed]
            .map(String.init).joined(separator: "·"))
        page.raw("<td data-f=\"cell_status\">")
        if let status = row.cellStatus, !total {
            page.raw("<span class=\"status \(status.rawValue)\">\(HTMLWriter.escape(status.label))</span>")
        } else {
            let s = row.cellStatuses
            page.text(Text.string("report.table.cellTotals", ["cells": .integer(s.cellWithCommittee + s.cell), "of": .integer(row.workplaces.count),
                "committee": .integer(s.cellWithCommittee), "forming": .integer(s.forming)]))
        }
        page.raw("</td>")
        cell("segments", "\(row.segmentsCovered)/\(row.segments)")
        cell("members_per_ten", Text.current.decimal(written: Self.format(perTen: row.membersPerTen)), class: row.meetsOneInTen ? "met" : nil)
        cell("one_in_ten_target", String(row.oneInTenTarget))
        let union = row.cellStatus != nil && !total
            ? [row.union, row.unions.label].compactMap { $0 }.joined(separator: " · ") : row.unions.label
        cell("union", union, class: "union")
        cell("days_since_last_contact", row.daysSinceLastContact.map(String.init) ?? Text.string("report.table.never"))
        page.raw("</tr>\n")
    }
}
