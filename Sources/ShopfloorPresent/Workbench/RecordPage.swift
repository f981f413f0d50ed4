import ShopfloorModel
import ShopfloorText

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
            "<label>\(HTML.escape(Text.string(label))) <input type=\"\(type)\" name=\"\(field)\" id=\"\(form)-\(field)\" value=\"\(HTML.escape(value(form, field)))\""
                + (placeholder.isEmpty ? "" : " placeholder=\"\(HTML.escape(placeholder))\"") + ">" + error(form, field) + "</label>"
        }
        func choice(_ form: String, _ field: String, _ label: String, _ options: [(String, String)], any: String?) -> String {
            "<label>\(HTML.escape(label.isEmpty ? "" : Text.string(label))) " + HTML.select(field, options, selected: value(form, field), any: any, id: "\(form)-\(field)") + error(form, field) + "</label>"
        }
        func open(_ form: String, _ title: String) -> String {
            "<section class=\"record\" id=\"\(form)\"><h2>\(HTML.escape(Text.string(title)))</h2>"
                + "<form method=\"post\" action=\"/record/\(form)\" id=\"form-\(form)\">" + HTML.csrfField(context.csrf) + error(form, "")
        }
        let assessments = Assessment.all.map { ("\($0.rawValue)", $0.description) }
        let unchanged = Text.string("wb.record.unchanged")
        var h = "<h1>\(HTML.escape(Text.string("wb.nav.record")))</h1>\n<p class=\"hint\">"
            + HTML.escape(Text.string("wb.record.hint", ["source": "\(context.source)"])) + "</p>\n"
        h += open("contact", "wb.record.contact")
        h += input("contact", "by", "wb.record.by", placeholder: "p-0146")
        h += input("contact", "with", "wb.record.with", placeholder: "p-0142")
        h += choice("contact", "channel", "wb.record.channel", Contact.Channel.allCases.map { ($0.rawValue, $0.label) }, any: nil)
        h += input("contact", "place", "wb.record.place")
        h += input("contact", "date", "wb.record.date", type: "date")
        h += choice("contact", "outcome", "wb.record.outcome", Contact.Outcome.allCases.map { ($0.rawValue, $0.label) }, any: nil)
        h += choice("contact", "assessment", "wb.record.newAssessment", assessments, any: unchanged)
        h += input("contact", "notes", "wb.record.notes")
        h += "<button id=\"save-contact\">\(HTML.escape(Text.string("wb.record.saveContact")))</button></form></section>\n"

        h += open("person", "wb.record.person")
        h += choice("person", "mode", "", [("add", Text.string("wb.record.addPerson")), ("update", Text.string("wb.record.changePerson"))], any: nil)
        h += input("person", "id", "wb.record.id", placeholder: "p-0151")
        h += input("person", "name", context.revealNames ? "wb.record.name" : "wb.record.nameHidden")
        h += choice("person", "workplace", "wb.record.workplace", g.workplaces.map { ($0.id.rawValue, $0.name) }, any: unchanged)
        h += input("person", "shop", "wb.record.shop")
        h += input("person", "shift", "wb.record.shift")
        h += input("person", "home", "wb.record.home")
        h += choice("person", "role", "wb.record.role", Role.allCases.map { ($0.rawValue, $0.label) }, any: unchanged)
        h += choice("person", "affiliation", "wb.record.affiliation", Affiliation.allCases.map { ($0.rawValue, $0.label) }, any: unchanged)
        h += choice("person", "assessment", "wb.record.assessment", assessments, any: unchanged)
        h += input("person", "notes", "wb.record.notes")
        h += "<button id=\"save-person\">\(HTML.escape(Text.string("wb.record.savePerson")))</button></form></section>\n"

        h += open("tie", "wb.record.tie")
        h += input("tie", "a", "wb.record.a")
        h += input("tie", "b", "wb.record.b")
        h += choice("tie", "kind", "wb.record.kind", Tie.Kind.allCases.map { ($0.rawValue, $0.label) }, any: nil)
        h += choice("tie", "strength", "wb.record.strength", [("1", Text.string("wb.record.weak")), ("2", Text.string("wb.record.ordinary")),
            ("3", Text.string("wb.record.strong"))], any: nil)
        h += "<button id=\"save-tie\">\(HTML.escape(Text.string("wb.record.saveTie")))</button></form></section>\n"

        h += open("member", "wb.record.member")
        h += choice("member", "cell", "wb.record.cell", g.cells.map { ($0.id.rawValue, $0.name ?? $0.id.rawValue) }, any: Text.string("wb.plan.chooseCell"))
        h += input("member", "person", "wb.record.personID")
        h += "<label><input type=\"checkbox\" name=\"committee\" value=\"1\" id=\"member-committee\"" + (value("member", "committee") == "1" ? " checked" : "")
            + "> \(HTML.escape(Text.string("wb.record.onCommittee")))</label>"
        h += "<button id=\"save-member\">\(HTML.escape(Text.string("wb.record.saveMember")))</button></form></section>\n"
        return WorkbenchPage.page(title: Text.string("wb.nav.record"), context: context, body: h)
    }
}
