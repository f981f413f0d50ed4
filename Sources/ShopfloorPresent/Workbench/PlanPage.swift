import ShopfloorModel
import ShopfloorPlanning

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
        var h = "<h1>Plan outreach</h1>\n<form class=\"filters\" method=\"get\" action=\"/plan\" id=\"plan-form\">"
        h += "<label>From cell " + HTML.select("cell", g.cells.map { ($0.id.rawValue, "\($0.name ?? $0.id.rawValue) (\($0.kind.rawValue))") },
            selected: selection.cell, any: "choose a cell") + "</label>"
        h += "<label>Into plant " + HTML.select("plant", g.workplaces.map { ($0.id.rawValue, $0.name) },
            selected: selection.plant, any: "choose a workplace") + "</label>"
        h += "<label>Week of <input type=\"date\" name=\"week\" id=\"f-week\" value=\"\(HTML.escape(selection.week ?? ""))\"></label>"
        h += "<button id=\"draw\">Draw the plan</button></form>\n"
        if let error { h += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>\n" }
        guard let result else {
            if error == nil { h += "<p>Choose the cell that does the outreach and the workplace it reaches into.</p>\n" }
            return WorkbenchPage.page(title: "Plan", context: context, body: h)
        }
        let q = selection.query
        h += "<p class=\"downloads\" id=\"downloads\">Download: "
        h += [("json", "plan (JSON)"), ("reach-json", "reach plan (JSON)"), ("ics", "gate week (ICS)"), ("svg", "map (SVG)"), ("png&paper=a4", "map PNG A4"),
              ("pdf&paper=a4", "map PDF A4"), ("pdf&paper=a3", "map PDF A3")].map { format, label in
            HTML.link("/plan/download?\(q)&format=\(format)", label)
        }.joined(separator: " · ") + "</p>\n"
        h += "<h2>Plant map</h2>\n"
        if let svg = result.mapSVG {
            h += "<p class=\"hint\">Planned paths are bold and numbered. Rest the pointer on a person for alias, shop, shift, "
                + "affiliation, assessment and last contact; click to open them.</p>\n"
            h += "<div class=\"zoomable\" id=\"plant-map\" data-link=\"person\"><div class=\"zoom-buttons\">"
                + "<button type=\"button\" data-zoom=\"in\">+</button><button type=\"button\" data-zoom=\"out\">−</button>"
                + "<button type=\"button\" data-zoom=\"reset\">⟲</button></div>" + svg + "</div>\n"
        } else {
            h += "<p>The map could not be drawn (is Graphviz installed?).</p>\n"
        }
        if let core = result.core {
            h += "<h2>First contacts</h2>\n<p class=\"hint\">The first three to five contacts that cover the most shop × shift headcount.</p>\n"
            h += HTML.table(["#", "target", "covers", "route", "when", "cost", "risk"], core.contacts.enumerated().map { i, c in
                ["\(i + 1)", endpoint(c.target, d), "\(c.gain)", route(c.steps, d), when(c.steps), number(c.cost), percent(c.risk)]
            }, id: "first-contacts", numeric: [0, 2, 5, 6])
        }
        h += "<h2>Reach plan</h2>\n<p>\(result.reach.paths.count) targets reached, \(result.reach.unreachable.count) unreachable, "
            + "\(result.reach.avoided.count) people kept away from (suspected informers and management are never on a path).</p>\n"
        h += HTML.table(["#", "target", "route", "when", "cost", "risk"], result.reach.paths.prefix(60).enumerated().map { i, p in
            ["\(i + 1)", endpoint(p.target, d), route(p.steps, d), when(p.steps), number(p.cost), percent(p.risk)]
        }, id: "reach", numeric: [0, 4, 5])
        if result.reach.paths.count > 60 { h += "<p>… \(result.reach.paths.count - 60) more in the JSON download.</p>\n" }
        h += "<h2>Gate week of \(HTML.escape(result.gates.week))</h2>\n"
        h += HTML.table(["day", "from", "to", "gate", "shift", "change", "workers", "suggested"], result.gates.windows.map { w in
            [HTML.escape(w.weekday + " " + String(w.start.prefix(10))), HTML.escape(String(w.start.suffix(5))),
             HTML.escape(String(w.end.suffix(5))), HTML.escape(w.gate.rawValue), HTML.escape(w.shift.rawValue),
             HTML.escape(w.change.rawValue), "\(w.workers)",
             w.suggested.map { DirectoryPages.personLink($0.rawValue, d.label($0), nil) }.joined(separator: ", ")]
        }, id: "gates", numeric: [6])
        return WorkbenchPage.page(title: "Plan", context: context, body: h)
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
