import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

extension PenetrationReport {
    /// The report as one self-contained HTML page for meetings: summary, findings, a picture and the table.
    ///
    /// Everything is inline (CSS, SVG); the page loads nothing, runs no script and links nowhere, and it prints
    /// on A4. It shows ids and counts only, like the report itself.
    ///
    /// - Parameters:
    ///   - mapSVG: a pre-rendered district map (an `<svg>` document, e.g. from ShopfloorMaps), shown above the
    ///     page's own chart of members per ten workers; one with scripts or external links is left out.
    ///   - mapCaption: the caption under the map.
    ///   - names: the name each row's workplace has on the district map (by row key), shown above its id, so
    ///     that the table and the map name workplaces alike.
    public func html(mapSVG: String? = nil, mapCaption: String = Text.string("report.html.mapCaption"),
        names: [String: String] = [:]) -> String
    {
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"\(Text.current.language.code)\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.raw("<title>")
        page.text(Text.string("report.html.title") + (graph.isEmpty ? "" : " — \(graph)"))
        page.raw("</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n<main>\n")
        sections(&page, mapSVG: mapSVG, caption: mapCaption, names: names)
        page.raw("<footer>")
        page.text(Text.string("report.html.footer"))
        page.raw("</footer>\n</main>\n</body>\n</html>\n")
        return page.output
    }

    /// The report's content (header, summary, findings, picture, table) without the document around it: the
    /// standalone page and the workbench's report page show the same.
    func sections(_ page: inout HTMLWriter, mapSVG: String?, caption: String, names: [String: String] = [:]) {
        header(&page)
        summary(&page)
        findings(&page)
        picture(&page, mapSVG: mapSVG, caption: caption)
        table(&page, names: names)
    }

    /// The report's content as markup for a page of the workbench (styled by ``stylesheet``).
    public func workbenchSections(mapSVG: String?) -> String {
        var page = HTMLWriter()
        sections(&page, mapSVG: mapSVG, caption: Text.string("report.html.mapCaption"))
        return page.output
    }

    /// The report's stylesheet, served by the workbench as a file of its own (its pages allow no inline style).
    public static var stylesheet: String { HTMLStyle.css }

    /// The grouping's word in the process's language (`workplace`, `işyeri`).
    var groupingWord: String { options.grouping.label }

    private func header(_ page: inout HTMLWriter) {
        page.raw("<header>\n<h1>")
        page.text(Text.string("report.html.title"))
        page.raw("</h1>\n<p class=\"meta\">")
        if !graph.isEmpty { page.text(graph); page.raw(" · ") }
        page.text(Text.string("report.html.meta", ["today": "\(Text.current.date(iso: options.today.description))",
            "grouping": "\(groupingWord)", "large": .integer(options.largeThreshold), "stale": .integer(options.staleDays)]))
        page.raw("</p>\n</header>\n")
    }

    private func summary(_ page: inout HTMLWriter) {
        let o = organization
        page.raw("<section class=\"summary\">\n<h2>\(HTMLWriter.escape(Text.string("report.html.summary")))</h2>\n<div class=\"cards\">\n")
        let cards: [(String, String, String)] = [
            (Text.string("report.card.workplaces"), "\(o.workplaces)", Text.string("report.card.large",
                ["count": .integer(o.largePlants), "large": .integer(options.largeThreshold)])),
            (Text.string("report.card.workers"), "\(totals.headcount)", Text.string("report.card.mapped", ["count": .integer(totals.mapped)])),
            (Text.string("report.card.members"), "\(o.members)", Text.string("report.card.membersCounted", [
                "inTable": .integer(totals.members), "elsewhere": .integer(o.members - totals.members),
                "value": "\(Text.current.decimal(written: Self.format(perTen: totals.membersPerTen)))"])),
            (Text.string("report.card.withCell"), "\(o.workplacesWithCell.count)",
             Text.string("report.card.withCommittee", ["committee": .integer(totals.cellStatuses.cellWithCommittee), "street": .integer(o.streetCells)])),
        ]
        for (label, value, note) in cards {
            page.raw("<div class=\"card\"><div class=\"n\">")
            page.text(value)
            page.raw("</div><div class=\"l\">")
            page.text(label)
            page.raw("</div><div class=\"s\">")
            page.text(note)
            page.raw("</div></div>\n")
        }
        page.raw("</div>\n<div class=\"versus\">\n")
        page.raw(PenetrationChart.versus(
            title: Text.string("report.versus.cells"),
            first: (Text.string("diagnosis.figure.workersInLarge"), o.workersInLargePlants),
            second: (Text.string("diagnosis.figure.cellsInSmall"), o.cellsInSmallPlants)))
        page.raw(PenetrationChart.versus(
            title: Text.string("report.versus.members"),
            first: (Text.string("diagnosis.figure.membersAtWorkplaces"), o.membersAtWorkplaces),
            second: (Text.string("report.versus.inTheirCell"), o.membersInWorkplaceCells)))
        page.raw("</div>\n</section>\n")
    }

    private func findings(_ page: inout HTMLWriter) {
        page.raw("<section class=\"findings\">\n<h2>\(HTMLWriter.escape(Text.string("report.html.diagnosis")))</h2>\n")
        if diagnosis.findings.isEmpty {
            page.raw("<p class=\"ok\">\(HTMLWriter.escape(Text.string("report.html.noSigns")))</p>\n")
        }
        for finding in diagnosis.findings {
            page.raw("<article class=\"finding\" data-kind=\"\(finding.kind.rawValue)\">\n<h3>")
            page.text(finding.kind.title)
            page.raw(" <span class=\"ref\">[")
            page.text(finding.kind.reference)
            page.raw("]</span></h3>\n<p>")
            page.text(finding.message)
            page.raw("</p>\n<ul class=\"figures\">\n")
            for figure in finding.figures {
                page.raw("<li data-code=\"\(figure.code)\" data-value=\"\(figure.value)\"><b>")
                page.text(figure.text)
                page.raw("</b> ")
                page.text(figure.label)
                page.raw("</li>\n")
            }
            page.raw("</ul>\n")
            let shown = finding.evidence.prefix(12)
            page.raw("<ul class=\"evidence\">\n")
            for evidence in shown {
                page.raw("<li data-id=\"\(HTMLWriter.escape(evidence.id))\">")
                page.text(evidence.summary)
                page.raw("</li>\n")
            }
            if finding.evidence.count > shown.count {
                page.raw("<li>")
                page.text(Text.string("report.html.moreEvidence", ["count": .integer(finding.evidence.count - shown.count)]))
                page.raw("</li>\n")
            }
            page.raw("</ul>\n</article>\n")
        }
        page.raw("</section>\n")
    }

    private func picture(_ page: inout HTMLWriter, mapSVG: String?, caption: String) {
        if let mapSVG {
            page.raw("<section class=\"map\">\n<h2>\(HTMLWriter.escape(Text.string("report.html.districtMap")))</h2>\n")
            if let svg = HTMLWriter.inlineSVG(mapSVG) {
                // Zoom without a script: the box switches the map between the page's width and its full size.
                page.raw("<input type=\"checkbox\" id=\"map-zoom\" class=\"zoom\"><label for=\"map-zoom\" class=\"zoom-label\">")
                page.text(Text.string("report.html.zoom"))
                page.raw("</label>\n")
                page.raw("<figure class=\"district-map\">\n\(svg)\n<figcaption>")
                page.text(caption)
                page.raw("</figcaption>\n</figure>\n")
            } else {
                page.raw("<p class=\"evidence\">\(HTMLWriter.escape(Text.string("report.html.mapLeftOut")))</p>\n")
            }
            page.raw("</section>\n")
        }
        page.raw("<section class=\"chart\">\n<h2>\(HTMLWriter.escape(Text.string("report.html.perTen")))</h2>\n<figure class=\"chart\">\n")
        page.raw(PenetrationChart.bars(rows: rows))
        page.raw("\n<figcaption>")
        page.text(Text.string("report.html.chartCaption", ["grouping": "\(groupingWord)"]))
        page.raw("</figcaption>\n</figure>\n</section>\n")
    }
}
