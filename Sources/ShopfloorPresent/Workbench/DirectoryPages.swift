import ShopfloorModel
import ShopfloorText

/// The workbench's browsing pages: the overview, the lists with their filters, and one page per workplace,
/// person and cell. People appear by alias; a name only when the session shows names.
public enum DirectoryPages {
    /// Rows a list shows at most; the rest is counted and reached by narrowing or paging.
    public static let pageSize = 200

    /// The district overview: counts, the penetration map (pan, zoom, click a workplace) and the workplaces.
    public static func overview(_ d: Directory, districtSVG: String?, context: PageContext) -> String {
        overview(body: overviewBody(d, districtSVG: districtSVG), context: context)
    }

    /// The overview page around an ``overviewBody(_:districtSVG:)``.
    public static func overview(body: String, context: PageContext) -> String {
        WorkbenchPage.page(title: Text.string("wb.nav.overview"), context: context, body: body)
    }

    /// What the overview shows, the same for every session with the same names switch (the workbench keeps it
    /// until the graph changes).
    public static func overviewBody(_ d: Directory, districtSVG: String?) -> String {
        let g = d.graph
        var h = "<h1>\(HTML.escape(g.name.isEmpty ? Text.string("wb.nav.overview") : g.name))</h1>\n<div class=\"cards\">"
        let members = g.people.filter(\.isMember).count
        for (n, label) in [(g.workplaces.count, "wb.card.workplaces"), (g.people.count, "wb.card.people"), (members, "wb.card.members"),
            (g.cells.count, "wb.card.cells"), (g.contacts.count, "wb.card.contacts")]
        {
            h += "<div class=\"card\"><b>\(n)</b> \(HTML.escape(Text.string(label)))</div>"
        }
        h += "</div>\n<h2>\(HTML.escape(Text.string("report.html.districtMap")))</h2>\n"
        if let svg = districtSVG {
            h += "<p class=\"hint\">\(HTML.escape(Text.string("wb.overview.hint")))</p>\n"
            h += "<div class=\"zoomable\" id=\"district-map\" data-link=\"workplace\">"
            h += "<div class=\"zoom-buttons\"><button type=\"button\" data-zoom=\"in\">+</button>"
            h += "<button type=\"button\" data-zoom=\"out\">−</button><button type=\"button\" data-zoom=\"reset\">⟲</button></div>"
            h += svg + "</div>\n"
        } else {
            h += "<p>\(HTML.escape(Text.string("wb.map.failed")))</p>\n"
        }
        let rows = (try? d.workplaces(DirectoryQuery(sort: "headcount", descending: true))) ?? []
        return h + "<h2>\(HTML.escape(Text.string("wb.overview.bySize")))</h2>\n" + workplaceTable(rows)
    }

    /// The filter values a list page offers.
    public struct Filters: Sendable, Hashable {
        public var query: DirectoryQuery
        /// The page of rows (0 first).
        public var page: Int

        public init(query: DirectoryQuery, page: Int = 0) {
            self.query = query
            self.page = page
        }
    }

    /// A list page of one kind with its search, filters and sort.
    public static func list(_ kind: RecordKind, _ d: Directory, filters: Filters, context: PageContext)
        throws(DirectoryQueryError) -> String
    {
        var h = "<h1>\(HTML.escape(Self.title(kind)))</h1>\n" + filterForm(kind, d, filters.query)
        let total: Int
        switch kind {
        case .people:
            let rows = try d.people(filters.query)
            total = rows.count
            h += peopleTable(window(rows, filters.page), reveal: d.revealNames)
        case .workplaces:
            let rows = try d.workplaces(filters.query)
            total = rows.count
            h += workplaceTable(window(rows, filters.page))
        case .cells:
            let rows = try d.cells(filters.query)
            total = rows.count
            h += cellTable(window(rows, filters.page))
        case .places:
            let rows = try d.places(filters.query)
            total = rows.count
            h += HTML.table(["id", "kind", "name", "workplace", "district"].map(RecordKind.columnTitle), window(rows, filters.page).map { p in
                [HTML.escape(p.id), HTML.escape(VocabularyWords.placeKind(p.kind)), HTML.escape(p.name),
                 p.workplace.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) } ?? "", HTML.escape(p.district ?? "")]
            }, id: "rows")
        }
        let first = filters.page * pageSize
        h += "<p class=\"count\" id=\"count\">\(total) \(HTML.escape(kind.label))"
        if total > pageSize {
            h += ", " + HTML.escape(Text.string("wb.list.showing", ["from": .integer(min(total, first + 1)), "to": .integer(min(total, first + pageSize))]))
        }
        h += "</p>\n"
        if first + pageSize < total {
            h += "<p>" + HTML.link(context.path.replacingPage(filters.page + 1), Text.string("wb.list.next", ["count": .integer(pageSize)])) + "</p>\n"
        }
        return WorkbenchPage.page(title: Self.title(kind), context: context, body: h)
    }

    /// A list's title: its kind in the process's language, capitalized (`Kişiler`).
    static func title(_ kind: RecordKind) -> String {
        let word = kind.label
        guard let first = word.first else { return word }
        return TurkishCasing.uppercased(String(first)) + word.dropFirst()
    }

    static func window<Row>(_ rows: [Row], _ page: Int) -> ArraySlice<Row> {
        let start = min(rows.count, max(0, page) * pageSize)
        return rows[start..<min(rows.count, start + pageSize)]
    }

    static func filterForm(_ kind: RecordKind, _ d: Directory, _ q: DirectoryQuery) -> String {
        let any = Text.string("wb.filter.any")
        var h = "<form class=\"filters\" method=\"get\" action=\"/\(kind.rawValue)\">"
        h += "<label>\(HTML.escape(Text.string("wb.filter.search"))) <input type=\"search\" name=\"q\" id=\"f-q\" value=\"\(HTML.escape(q.text ?? ""))\"></label>"
        let g = d.graph
        if kind == .people {
            h += "<label>\(HTML.escape(RecordKind.columnTitle("affiliation"))) " + HTML.select("affiliation",
                Affiliation.allCases.map { ($0.rawValue, $0.label) }, selected: q.affiliation?.rawValue, any: any) + "</label>"
            h += "<label>\(HTML.escape(RecordKind.columnTitle("assessment"))) " + HTML.select("assessment",
                Assessment.all.map { ("\($0.rawValue)", $0.description) }, selected: q.assessment.map { "\($0.rawValue)" }, any: any) + "</label>"
        }
        h += "<label>\(HTML.escape(RecordKind.columnTitle("workplace"))) " + HTML.select("workplace",
            g.workplaces.map { ($0.id.rawValue, $0.name) }, selected: q.workplace?.rawValue, any: any) + "</label>"
        if kind == .people {
            let shops = g.workplaces.filter { q.workplace == nil || $0.id == q.workplace }.flatMap { w in w.shops.map { ($0.id.rawValue, "\($0.name) (\(w.id.rawValue))") } }
            let shifts = g.workplaces.filter { q.workplace == nil || $0.id == q.workplace }.flatMap { w in w.shifts.map { ($0.id.rawValue, "\($0.name) (\(w.id.rawValue))") } }
            h += "<label>\(HTML.escape(RecordKind.columnTitle("shop"))) " + HTML.select("shop", Array(shops.prefix(500)),
                selected: q.shop?.rawValue, any: any) + "</label>"
            h += "<label>\(HTML.escape(RecordKind.columnTitle("shift"))) " + HTML.select("shift", Array(shifts.prefix(500)),
                selected: q.shift?.rawValue, any: any) + "</label>"
            h += "<label>\(HTML.escape(RecordKind.columnTitle("cell"))) " + HTML.select("cell",
                g.cells.prefix(500).map { ($0.id.rawValue, $0.name ?? $0.id.rawValue) }, selected: q.cell?.rawValue, any: any) + "</label>"
        }
        h += "<label>\(HTML.escape(Text.string("wb.filter.sort"))) " + HTML.select("sort",
            kind.sortKeys.filter { $0 != "name" || d.revealNames }.map { ($0, RecordKind.columnTitle($0)) }, selected: q.sort ?? "id") + "</label>"
        h += "<label>\(HTML.escape(Text.string("wb.filter.order"))) " + HTML.select("order", [("asc", Text.string("wb.filter.ascending")),
            ("desc", Text.string("wb.filter.descending"))], selected: q.descending ? "desc" : "asc") + "</label>"
        return h + "<button id=\"apply\">\(HTML.escape(Text.string("wb.filter.apply")))</button></form>\n"
    }

    static func personLink(_ id: String, _ alias: String, _ name: String?) -> String {
        HTML.link("/people/\(HTML.segment(id))", alias) + (name.map { " <span class=\"name\">\(HTML.escape($0))</span>" } ?? "")
    }

    static func peopleTable<S: Sequence>(_ rows: S, reveal: Bool) -> String where S.Element == Directory.PersonRow {
        HTML.table(["alias", "id", "workplace", "shop", "shift", "affiliation", "assessment", "ties", "contacts", "last-contact"]
            .map(RecordKind.columnTitle),
            rows.map { r in
                [personLink(r.id, r.alias, r.name), HTML.escape(r.id),
                 r.workplace.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) } ?? "", HTML.escape(r.shop ?? ""),
                 HTML.escape(r.shift ?? ""), "<span class=\"aff \(HTML.escape(r.affiliation))\">\(HTML.escape(VocabularyWords.affiliation(r.affiliation)))</span>",
                 "\(r.assessment)", "\(r.ties)", "\(r.contacts)", HTML.escape(day(r.lastContact))]
            }, id: "rows", numeric: [6, 7, 8])
    }

    static func workplaceTable<S: Sequence>(_ rows: S) -> String where S.Element == Directory.WorkplaceRow {
        HTML.table(["workplace", "id", "kind", "sector", "district", "headcount", "mapped", "members", "cells"].map(RecordKind.columnTitle), rows.map { r in
            [HTML.link("/workplaces/\(HTML.segment(r.id))", r.name), HTML.escape(r.id), HTML.escape(VocabularyWords.workplaceKind(r.kind)), HTML.escape(r.sector),
             HTML.escape(r.district ?? ""), "\(r.headcount)", "\(r.mapped)", "\(r.members)",
             r.cells.map { HTML.link("/cells/\(HTML.segment($0))", $0) }.joined(separator: ", ")]
        }, id: "rows", numeric: [5, 6, 7])
    }

    static func cellTable<S: Sequence>(_ rows: S) -> String where S.Element == Directory.CellRow {
        HTML.table(["cell", "kind", "workplace", "neighbourhood", "targets", "members", "committee", "last-contact"].map(RecordKind.columnTitle), rows.map { c in
            [HTML.link("/cells/\(HTML.segment(c.id))", c.name ?? c.id), HTML.escape(VocabularyWords.cellKind(c.kind)),
             c.workplace.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) } ?? "", HTML.escape(c.neighbourhood ?? ""),
             c.targets.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) }.joined(separator: ", "),
             "\(c.members)", "\(c.committee)", HTML.escape(day(c.lastContact))]
        }, id: "rows", numeric: [5, 6])
    }

    static func contactTable(_ rows: [Directory.ContactRow], reveal: Bool) -> String {
        HTML.table((["date", "by", "with", "channel", "place", "outcome", "assessment"] + (reveal ? ["notes"] : [])).map(RecordKind.columnTitle), rows.map { c in
            [HTML.escape(Text.current.date(iso: c.date)), HTML.link("/people/\(HTML.segment(c.by))", c.byAlias),
             HTML.link("/people/\(HTML.segment(c.with))", c.withAlias), HTML.escape(VocabularyWords.channel(c.channel)), HTML.escape(c.place ?? ""),
             HTML.escape(VocabularyWords.outcome(c.outcome)), c.assessment.map(String.init) ?? ""] + (reveal ? [HTML.escape(c.notes ?? "")] : [])
        }, id: "contacts")
    }

    static func facts(_ pairs: [(String, String?)]) -> String {
        "<dl class=\"facts\">" + pairs.compactMap { key, value in
            guard let value, !value.isEmpty else { return nil }
            return "<dt>\(HTML.escape(Text.string(key)))</dt><dd>\(value)</dd>"
        }.joined() + "</dl>\n"
    }

    /// A day (`yyyy-mm-dd`) as the language writes it, or the word for never.
    static func day(_ iso: String?) -> String {
        iso.map { Text.current.date(iso: $0) } ?? Text.string("report.table.never")
    }

    /// A workplace's page: facts, the shops × shifts grid, shift times and gates, cells and people.
    public static func workplace(_ w: Directory.WorkplaceDetail, reveal: Bool, context: PageContext) -> String {
        let r = w.workplace
        var h = "<h1>\(HTML.escape(r.name)) <small>\(HTML.escape(r.id))</small></h1>\n"
        h += facts([("show.fact.kind", HTML.escape(VocabularyWords.workplaceKind(r.kind))), ("show.fact.sector", HTML.escape(r.sector)),
            ("show.fact.district", r.district.map(HTML.escape)), ("show.fact.employer", w.employer.map(HTML.escape)),
            ("show.fact.union", w.union.map(HTML.escape)),
            ("show.fact.workers", HTML.escape(Text.string("wb.workplace.workers", ["headcount": .integer(r.headcount),
                "mapped": .integer(r.mapped), "members": .integer(r.members)])))])
        h += "<p>" + HTML.link("/plan?plant=\(HTML.segment(r.id))", Text.string("wb.workplace.plan")) + "</p>\n"
        h += "<h2>\(HTML.escape(Text.string("wb.workplace.grid")))</h2>\n<p class=\"hint\">\(HTML.escape(Text.string("wb.workplace.gridHint")))</p>\n"
        let gridRows = w.shops.enumerated().map { i, shop in
            [HTML.escape(shop.name) + " <small>\(HTML.escape(Text.string("wb.workplace.shopWorkers", ["count": .integer(shop.headcount)])))</small>"] + w.grid[i].enumerated().map { j, cell in
                cell.mapped == 0 ? "<span class=\"empty\">·</span>"
                    : HTML.link("/people?workplace=\(HTML.segment(r.id))&shop=\(HTML.segment(shop.id))&shift=\(HTML.segment(w.shifts[j].id))",
                        "\(cell.mapped)") + (cell.members > 0 ? " <b class=\"m\">\(HTML.escape(Text.string("wb.workplace.membersShort", ["count": .integer(cell.members)])))</b>" : "")
            }
        }
        h += HTML.table([RecordKind.columnTitle("shop")] + w.shifts.map(\.name), gridRows, id: "grid")
        h += "<h2>\(HTML.escape(Text.string("wb.workplace.shiftsAndGates")))</h2>\n" + HTML.table(["shift", "from", "to", "gate", "days"].map(RecordKind.columnTitle), w.shifts.map { s in
            [HTML.escape(s.name), HTML.escape(s.start), HTML.escape(s.end), HTML.escape(s.gate ?? Text.string("wb.workplace.noneOnFile")),
             HTML.escape(s.days.joined(separator: " "))]
        })
        h += w.gates.isEmpty ? "<p>\(HTML.escape(Text.string("wb.workplace.noGates")))</p>\n"
            : "<p>\(HTML.escape(Text.string("wb.workplace.gates"))) " + w.gates.map { HTML.escape("\($0.name) (\($0.id))") }.joined(separator: ", ") + "</p>\n"
        h += "<h2>\(HTML.escape(Text.string("show.section.cellsReaching")))</h2>\n" + (w.cells.isEmpty ? "<p>\(HTML.escape(Text.string("wb.workplace.noCell")))</p>\n" : cellTable(w.cells))
        h += "<h2>\(HTML.escape(Text.string("show.section.people", ["count": .integer(w.people.count)])))</h2>\n" + peopleTable(w.people.prefix(pageSize), reveal: reveal)
        if w.people.count > pageSize {
            h += "<p>" + HTML.link("/people?workplace=\(HTML.segment(r.id))", Text.string("wb.workplace.allPeople", ["count": .integer(w.people.count)])) + "</p>\n"
        }
        return WorkbenchPage.page(title: r.name, context: context, body: h)
    }

    /// A plan a person is on, as the person's page lists it.
    public struct PlanMention: Sendable, Hashable {
        public var label: String
        public var href: String

        public init(label: String, href: String) {
            self.label = label
            self.href = href
        }
    }

    /// A person's page: facts, ties, contacts over time, cells and the plans drawn this session they are on.
    public static func person(_ p: Directory.PersonDetail, plans: [PlanMention], reveal: Bool, context: PageContext) -> String {
        let r = p.person
        var h = "<h1><span id=\"person-label\">\(HTML.escape(r.name ?? r.alias))</span> <small>\(HTML.escape(r.alias)) · \(HTML.escape(r.id))</small></h1>\n"
        h += facts([("show.fact.workplace", r.workplace.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) }),
            ("show.fact.shop", r.shop.map(HTML.escape)), ("show.fact.shift", r.shift.map(HTML.escape)),
            ("show.fact.role", HTML.escape(VocabularyWords.role(p.role))),
            ("show.fact.affiliation", HTML.escape(VocabularyWords.affiliation(r.affiliation) + (p.unionMember ? ", " + Text.string("show.unionMember") : ""))),
            ("show.fact.assessment", "\(r.assessment)"), ("show.fact.home", p.home.map(HTML.escape)),
            ("show.fact.address", p.address.map(HTML.escape)), ("show.fact.notes", p.notes.map(HTML.escape)),
            ("show.fact.lastContact", HTML.escape(day(r.lastContact)))])
        h += "<p>" + HTML.link("/record?with=\(HTML.segment(r.id))#contact", Text.string("wb.person.log", ["alias": "\(r.alias)"])) + " · "
            + HTML.link("/record?person=\(HTML.segment(r.id))#person", Text.string("wb.person.change", ["alias": "\(r.alias)"])) + "</p>\n"
        h += "<h2>\(HTML.escape(Text.string("show.section.contacts", ["count": .integer(p.contacts.count)])))</h2>\n" + timeline(p.contacts)
        h += p.contacts.isEmpty ? "<p>\(HTML.escape(Text.string("wb.person.noContact")))</p>\n" : contactTable(p.contacts, reveal: reveal)
        h += "<h2>\(HTML.escape(Text.string("show.section.ties", ["count": .integer(p.ties.count)])))</h2>\n"
            + HTML.table(["with", "kind", "strength", "affiliation", "assessment"].map(RecordKind.columnTitle), p.ties.map { t in
            [personLink(t.other, t.alias, t.name), HTML.escape(VocabularyWords.tieKind(t.kind)), "\(t.strength)",
             HTML.escape(t.affiliation.map(VocabularyWords.affiliation) ?? ""),
             t.assessment.map(String.init) ?? ""]
        }, id: "ties", numeric: [2, 4])
        h += "<h2>\(HTML.escape(Text.string("show.section.cells")))</h2>\n" + (p.cells.isEmpty ? "<p>\(HTML.escape(Text.string("wb.person.noCell")))</p>\n" : cellTable(p.cells))
        h += "<h2>\(HTML.escape(Text.string("wb.person.plans")))</h2>\n"
        h += plans.isEmpty ? "<p>\(HTML.escape(Text.string("wb.person.noPlans")))</p>\n"
            : "<ul>" + plans.map { "<li>" + HTML.link($0.href, $0.label) + "</li>" }.joined() + "</ul>\n"
        return WorkbenchPage.page(title: r.alias, context: context, body: h)
    }

    /// Contacts as dots on a line of time, coloured by outcome (inline SVG, no script).
    static func timeline(_ contacts: [Directory.ContactRow]) -> String {
        let days = contacts.compactMap { Day(parsing: $0.date) }
        guard let first = days.min(), let last = days.max() else { return "" }
        let span = max(1, last.daysSinceEpoch - first.daysSinceEpoch)
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 620 44\" role=\"img\" aria-label=\"\(HTML.escape(Text.string("wb.timeline")))\">"
        svg += "<line x1=\"10\" y1=\"22\" x2=\"610\" y2=\"22\" stroke=\"#999\"/>"
        for (c, day) in zip(contacts, days) {
            let x = 10 + Double(day.daysSinceEpoch - first.daysSinceEpoch) / Double(span) * 600
            let colour = ["positive": "#2e7d32", "negative": "#c62828", "no-show": "#757575"][c.outcome] ?? "#f9a825"
            svg += "<circle cx=\"\(Int(x))\" cy=\"22\" r=\"6\" fill=\"\(colour)\"><title>\(HTML.escape("\(Text.current.date(iso: c.date)) \(VocabularyWords.channel(c.channel)) \(VocabularyWords.outcome(c.outcome))"))</title></circle>"
        }
        svg += "<text x=\"10\" y=\"42\" font-size=\"10\">\(Text.current.date(iso: first.description))</text><text x=\"610\" y=\"42\" font-size=\"10\" text-anchor=\"end\">\(Text.current.date(iso: last.description))</text></svg>\n"
        return svg
    }

    /// A cell's page: facts, members and the contacts its members made.
    public static func cell(_ c: Directory.CellDetail, reveal: Bool, context: PageContext) -> String {
        let r = c.cell
        var h = "<h1>\(HTML.escape(r.name ?? r.id)) <small>\(HTML.escape(r.id)) · \(HTML.escape(Text.string("wb.cell.kind", ["kind": "\(VocabularyWords.cellKind(r.kind))"])))</small></h1>\n"
        h += facts([("show.fact.workplace", r.workplace.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) }),
            ("show.fact.neighbourhood", r.neighbourhood.map(HTML.escape)),
            ("show.fact.targets", r.targets.map { HTML.link("/workplaces/\(HTML.segment($0))", $0) }.joined(separator: ", ")),
            ("show.fact.committee", c.committee.map(HTML.escape).joined(separator: ", ")),
            ("show.fact.lastContact", HTML.escape(day(r.lastContact)))])
        for target in r.targets + (r.workplace.map { [$0] } ?? []) {
            h += "<p>" + HTML.link("/plan?cell=\(HTML.segment(r.id))&plant=\(HTML.segment(target))", Text.string("wb.cell.plan", ["target": "\(target)"])) + "</p>\n"
        }
        h += "<h2>\(HTML.escape(Text.string("show.section.members", ["count": .integer(c.members.count)])))</h2>\n" + peopleTable(c.members, reveal: reveal)
        h += "<p>" + HTML.link("/record?cell=\(HTML.segment(r.id))#member", Text.string("wb.cell.addMember")) + "</p>\n"
        h += "<h2>\(HTML.escape(Text.string("show.section.memberContacts", ["count": .integer(c.contacts.count)])))</h2>\n" + contactTable(c.contacts, reveal: reveal)
        return WorkbenchPage.page(title: r.name ?? r.id, context: context, body: h)
    }

    /// Search results across every kind.
    public static func find(_ hits: [Directory.Hit], text: String, context: PageContext) -> String {
        var h = "<h1>\(HTML.escape(Text.string("wb.find")))</h1>\n<form class=\"filters\" method=\"get\" action=\"/find\"><input type=\"search\" name=\"q\" id=\"find-q\" value=\"\(HTML.escape(text))\"><button>\(HTML.escape(Text.string("wb.find")))</button></form>\n"
        h += "<p class=\"count\" id=\"count\">\(HTML.escape(Text.string("wb.find.count", ["count": .integer(hits.count)])))</p>\n"
        h += HTML.table([RecordKind.columnTitle("kind"), Text.string("find.column.shownAs"), RecordKind.columnTitle("id"),
            Text.string("find.column.about")], hits.map { hit in
            [HTML.escape(hit.kind.singular), HTML.link("/\(hit.kind.rawValue)/\(HTML.segment(hit.id))", hit.label),
             HTML.escape(hit.id), HTML.escape(hit.detail)]
        }, id: "rows")
        return WorkbenchPage.page(title: Text.string("wb.find"), context: context, body: h)
    }
}

extension String {
    /// This path with its `page=` parameter set.
    func replacingPage(_ page: Int) -> String {
        let parts = split(separator: "?", maxSplits: 1)
        let path = parts.first.map(String.init) ?? "/"
        var items = parts.count > 1 ? parts[1].split(separator: "&").map(String.init).filter { !$0.hasPrefix("page=") } : []
        items.append("page=\(page)")
        return path + "?" + items.joined(separator: "&")
    }
}
