import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// The workbench's plan page: pick a cell and a plant, get the first contacts, the reach plan and the gate
/// week, drawn on the plant's interactive map, with downloads.
public enum PlanPage {
    /// What was asked for.
    public struct Selection: Sendable, Hashable {
        public var cell: String?
        public var plant: String?
        public var week: String?

        public init(cell: String?, plant: String?, week: String?) {
            self.cell = cell
            self.plant = plant
            self.week = week
        }

        /// The selection as a query string (`cell=…&plant=…&week=…`).
        public var query: String {
            [("cell", cell), ("plant", plant), ("week", week)].compactMap { key, value in
                value.map { "\(key)=\(HTML.segment($0))" }
            }.joined(separator: "&")
        }
    }

    /// The plans made for a selection and the plant map they are drawn on.
    public struct Result: Sendable {
        public var core: CorePlan?
        public var reach: ReachPlan
        public var gates: GatePlan
        public var mapSVG: String?

        public init(core: CorePlan?, reach: ReachPlan, gates: GatePlan, mapSVG: String?) {
            self.core = core
            self.reach = reach
            self.gates = gates
            self.mapSVG = mapSVG
        }
    }

    /// The page: the form, then the result or the reason there is none.
    public static func page(_ d: Directory, selection: Selection, result: Result?, error: String?, context: PageContext) -> String {
        let g = d.graph
        var h = "<h1>\(HTML.escape(Text.string("wb.plan.title")))</h1>\n<form class=\"filters\" method=\"get\" action=\"/plan\" id=\"plan-form\">"
        h += "<label>\(HTML.escape(Text.string("wb.plan.from"))) " + HTML.select("cell", g.cells.map { ($0.id.rawValue, "\($0.name ?? $0.id.rawValue) (\($0.kind.label))") },
            selected: selection.cell, any: Text.string("wb.plan.chooseCell")) + "</label>"
        h += "<label>\(HTML.escape(Text.string("wb.plan.into"))) " + HTML.select("plant", g.workplaces.map { ($0.id.rawValue, $0.name) },
            selected: selection.plant, any: Text.string("wb.plan.chooseWorkplace")) + "</label>"
        h += "<label>\(HTML.escape(Text.string("wb.plan.week"))) <input type=\"date\" name=\"week\" id=\"f-week\" value=\"\(HTML.escape(selection.week ?? ""))\"></label>"
        h += "<button id=\"draw\">\(HTML.escape(Text.string("wb.plan.draw")))</button></form>\n"
        if let error { h += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>\n" }
        guard let result else {
            if error == nil { h += "<p>\(HTML.escape(Text.string("wb.plan.choose")))</p>\n" }
            return WorkbenchPage.page(title: Text.string("wb.nav.plan"), context: context, body: h)
        }
        let q = selection.query
        h += "<p class=\"downloads\" id=\"downloads\">\(HTML.escape(Text.string("wb.plan.download"))) "
        h += [("json", "wb.plan.dl.plan"), ("reach-json", "wb.plan.dl.reach"), ("ics", "wb.plan.dl.ics"), ("svg", "wb.plan.dl.svg"),
              ("png&paper=a4", "wb.plan.dl.pngA4"), ("pdf&paper=a4", "wb.plan.dl.pdfA4"), ("pdf&paper=a3", "wb.plan.dl.pdfA3")].map { format, label in
            HTML.link("/plan/download?\(q)&format=\(format)", Text.string(label))
        }.joined(separator: " · ") + "</p>\n"
        h += "<h2>\(HTML.escape(Text.string("wb.plan.map")))</h2>\n"
        if let svg = result.mapSVG {
            h += "<p class=\"hint\">\(HTML.escape(Text.string("wb.plan.mapHint")))</p>\n"
            h += "<div class=\"zoomable\" id=\"plant-map\" data-link=\"person\"><div class=\"zoom-buttons\">"
                + "<button type=\"button\" data-zoom=\"in\">+</button><button type=\"button\" data-zoom=\"out\">−</button>"
                + "<button type=\"button\" data-zoom=\"reset\">⟲</button></div>" + svg + "</div>\n"
        } else {
            h += "<p>\(HTML.escape(Text.string("wb.map.failed")))</p>\n"
        }
        if let core = result.core {
            h += "<h2>\(HTML.escape(Text.string("wb.plan.first")))</h2>\n<p class=\"hint\">\(HTML.escape(Text.string("wb.plan.firstHint")))</p>\n"
            h += HTML.table(["#", Text.string("plan.column.target"), Text.string("wb.plan.covers"), Text.string("plan.column.route"),
                Text.string("plan.column.when"), Text.string("plan.column.cost"), Text.string("plan.column.risk")], core.contacts.enumerated().map { i, c in
                ["\(i + 1)", endpoint(c.target, d), "\(c.gain)", route(c.steps, d), when(c.steps), number(c.cost), percent(c.risk)]
            }, id: "first-contacts", numeric: [0, 2, 5, 6])
        }
        h += "<h2>\(HTML.escape(Text.string("wb.plan.reach")))</h2>\n<p>" + HTML.escape(Text.string("wb.plan.reachSummary", ["reached": .integer(result.reach.paths.count),
            "unreachable": .integer(result.reach.unreachable.count), "avoided": .integer(result.reach.avoided.count)])) + "</p>\n"
        h += HTML.table(["#", Text.string("plan.column.target"), Text.string("plan.column.route"), Text.string("plan.column.when"),
            Text.string("plan.column.cost"), Text.string("plan.column.risk")], result.reach.paths.prefix(60).enumerated().map { i, p in
            ["\(i + 1)", endpoint(p.target, d), route(p.steps, d), when(p.steps), number(p.cost), percent(p.risk)]
        }, id: "reach", numeric: [0, 4, 5])
        if result.reach.paths.count > 60 {
            h += "<p>… \(HTML.escape(Text.string("wb.plan.moreInJSON", ["count": .integer(result.reach.paths.count - 60)])))</p>\n"
        }
        h += "<h2>\(HTML.escape(Text.string("wb.plan.gateWeek", ["week": .text(Text.current.date(iso: result.gates.week))])))</h2>\n"
        h += HTML.table([Text.string("wb.plan.day"), RecordKind.columnTitle("from"), RecordKind.columnTitle("to"), RecordKind.columnTitle("gate"),
            RecordKind.columnTitle("shift"), Text.string("attach.column.change"), Text.string("report.table.workers"),
            Text.string("wb.plan.suggested")], result.gates.windows.map { w in
            [HTML.escape((Weekday(rawValue: w.weekday)?.label ?? w.weekday) + " " + Text.current.date(iso: String(w.start.prefix(10)))),
             HTML.escape(String(w.start.suffix(5))),
             HTML.escape(String(w.end.suffix(5))), HTML.escape(w.gate.rawValue), HTML.escape(w.shift.rawValue),
             HTML.escape(Text.string(w.change == .arrivals ? "gates.change.arrivals" : "gates.change.departures")), "\(w.workers)",
             w.suggested.map { DirectoryPages.personLink($0.rawValue, d.label($0), nil) }.joined(separator: ", ")]
        }, id: "gates", numeric: [6])
        return WorkbenchPage.page(title: Text.string("wb.nav.plan"), context: context, body: h)
    }

    static func endpoint(_ e: PlanEndpoint, _ d: Directory) -> String {
        if let p = e.person { return DirectoryPages.personLink(p.rawValue, d.label(p), nil) }
        return HTML.escape(e.description)
    }

    static func route(_ steps: [PlanStep], _ d: Directory) -> String {
        steps.map { s in
            HTML.escape(d.label(s.from)) + " → " + (s.to.person.map { HTML.escape(d.label($0)) } ?? HTML.escape(s.to.description))
                + " <small>(\(HTML.escape(s.channel.rawValue))\(s.place.map { " at " + HTML.escape($0.rawValue) } ?? ""))</small>"
        }.joined(separator: "<br>")
    }

    static func when(_ steps: [PlanStep]) -> String {
        steps.compactMap(\.window).map(HTML.escape).joined(separator: "<br>")
    }

    static func number(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? "\(Int(r))" : "\(r)"
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
