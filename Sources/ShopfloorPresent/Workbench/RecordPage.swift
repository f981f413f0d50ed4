import ShopfloorModel

/// The workbench's record page: log a contact, add or change a person, tie two people, seat a member in a
/// cell. A refused form comes back with what was typed and each problem next to its field.
public enum RecordPage {
    /// A form as sent back: which form, what was typed, and the problems by field (`""` for the form as a whole).
    public struct FormState: Sendable, Hashable {
        public var form: String
        public var values: [String: String]
        public var errors: [String: String]

        public init(form: String, values: [String: String] = [:], errors: [String: String] = [:]) {
            self.form = form
            self.values = values
            self.errors = errors
        }
    }

    /// The page with its four forms; `state` fills and marks the one that was sent, `prefill` the others.
    public static func page(_ d: Directory, state: FormState?, prefill: [String: String], context: PageContext) -> String {
        let g = d.graph
        func value(_ form: String, _ field: String) -> String {
            if let state, state.form == form { return state.values[field] ?? "" }
            return prefill[field] ?? ""
        }
        func error(_ form: String, _ field: String) -> String {
            guard let state, state.form == form, let message = state.errors[field] else { return "" }
            return "<span class=\"field-error\" id=\"error-\(form)-\(field.isEmpty ? "form" : field)\" role=\"alert\">\(HTML.escape(message))</span>"
        }
        func input(_ form: String, _ field: String, _ label: String, type: String = "text", placeholder: String = "") -> String {
            "<label>\(HTML.escape(label)) <input type=\"\(type)\" name=\"\(field)\" id=\"\(form)-\(field)\" value=\"\(HTML.escape(value(form, field)))\""
                + (placeholder.isEmpty ? "" : " placeholder=\"\(HTML.escape(placeholder))\"") + ">" + error(form, field) + "</label>"
        }
        func choice(_ form: String, _ field: String, _ label: String, _ options: [(String, String)], any: String?) -> String {
            "<label>\(HTML.escape(label)) " + HTML.select(field, options, selected: value(form, field), any: any, id: "\(form)-\(field)") + error(form, field) + "</label>"
        }
        func open(_ form: String, _ title: String) -> String {
            "<section class=\"record\" id=\"\(form)\"><h2>\(HTML.escape(title))</h2>"
                + "<form method=\"post\" action=\"/record/\(form)\" id=\"form-\(form)\">" + HTML.csrfField(context.csrf) + error(form, "")
        }
        let assessments = Assessment.all.map { ("\($0.rawValue)", $0.description) }
        var h = "<h1>Record</h1>\n<p class=\"hint\">Every change is checked as the command line checks it and saved "
            + "at once to \(HTML.escape(context.source)) (the previous version is kept as a .bak file).</p>\n"
        h += open("contact", "Log a contact")
        h += input("contact", "by", "By (person id)", placeholder: "p-0146")
        h += input("contact", "with", "With (person id)", placeholder: "p-0142")
        h += choice("contact", "channel", "Channel", Contact.Channel.allCases.map { ($0.rawValue, $0.rawValue) }, any: nil)
        h += input("contact", "place", "Place (id, optional)")
        h += input("contact", "date", "Date", type: "date")
        h += choice("contact", "outcome", "Outcome", Contact.Outcome.allCases.map { ($0.rawValue, $0.rawValue) }, any: nil)
        h += choice("contact", "assessment", "New assessment", assessments, any: "unchanged")
        h += input("contact", "notes", "Notes")
        h += "<button id=\"save-contact\">Log the contact</button></form></section>\n"

        h += open("person", "Add or change a person")
        h += choice("person", "mode", "", [("add", "add a new person"), ("update", "change a person")], any: nil)
        h += input("person", "id", "Id", placeholder: "p-0151")
        h += input("person", "name", context.revealNames ? "Name" : "Name (kept hidden in lists)")
        h += choice("person", "workplace", "Workplace", g.workplaces.map { ($0.id.rawValue, $0.name) }, any: "unchanged")
        h += input("person", "shop", "Shop (id)")
        h += input("person", "shift", "Shift (id)")
        h += input("person", "home", "Home (place id)")
        h += choice("person", "role", "Role", Role.allCases.map { ($0.rawValue, $0.rawValue) }, any: "unchanged")
        h += choice("person", "affiliation", "Affiliation", Affiliation.allCases.map { ($0.rawValue, $0.rawValue) }, any: "unchanged")
        h += choice("person", "assessment", "Assessment", assessments, any: "unchanged")
        h += input("person", "notes", "Notes")
        h += "<button id=\"save-person\">Save the person</button></form></section>\n"

        h += open("tie", "Tie two people")
        h += input("tie", "a", "One person (id)")
        h += input("tie", "b", "The other (id)")
        h += choice("tie", "kind", "Kind", Tie.Kind.allCases.map { ($0.rawValue, $0.rawValue) }, any: nil)
        h += choice("tie", "strength", "Strength", [("1", "1 weak"), ("2", "2 ordinary"), ("3", "3 strong")], any: nil)
        h += "<button id=\"save-tie\">Save the tie</button></form></section>\n"

        h += open("member", "Add a cell member")
        h += choice("member", "cell", "Cell", g.cells.map { ($0.id.rawValue, $0.name ?? $0.id.rawValue) }, any: "choose a cell")
        h += input("member", "person", "Person (id)")
        h += "<label><input type=\"checkbox\" name=\"committee\" value=\"1\" id=\"member-committee\"" + (value("member", "committee") == "1" ? " checked" : "")
            + "> on the committee</label>"
        h += "<button id=\"save-member\">Add the member</button></form></section>\n"
        return WorkbenchPage.page(title: "Record", context: context, body: h)
    }
}
