import Foundation
import ShopfloorModel
import ShopfloorPresent
import ShopfloorStore
import ShopfloorText

extension Workbench {
    /// Answers a POST of the record page: reads the form like the command line reads its options, makes the
    /// same change through the same locked, atomic, backed-up workspace write, and shows problems by field.
    func record(_ request: WebRequest, directory d: Directory, context: PageContext) -> WebResponse {
        let form = String(request.path.dropFirst("/record/".count))
        guard request.path.hasPrefix("/record/"), ["contact", "person", "tie", "member"].contains(form) else { return notFound(context) }
        let values = request.form.filter { $0.key != "csrf" }
        var errors: [String: String] = [:]
        func text(_ key: String) -> String? {
            let value = values[key]?.trimmingCharacters(in: .whitespaces) ?? ""
            return value.isEmpty ? nil : value
        }
        func required(_ key: String) -> String {
            guard let value = text(key) else { errors[key] = "required"; return "" }
            return value
        }
        func word<V: Vocabulary>(_ key: String, _ type: V.Type, optional: Bool = false) -> V? {
            guard let value = text(key) else { if !optional { errors[key] = "required" }; return nil }
            guard let parsed = V(word: value) else {
                errors[key] = Text.string("web.record.notOneOf", ["value": "\(value)", "words": "\(V.words.joined(separator: ", "))"])
                return nil
            }
            return parsed
        }
        func assessment(_ key: String) -> Assessment? {
            guard let value = text(key) else { return nil }
            guard let n = Int(value), let a = Assessment(rawValue: n) else { errors[key] = Text.string("web.record.assessment"); return nil }
            return a
        }
        let saved: String
        do {
            switch form {
            case "contact":
                let by = required("by"), with = required("with")
                let channel = word("channel", Contact.Channel.self), outcome = word("outcome", Contact.Outcome.self)
                let newAssessment = assessment("assessment")
                var day = Day.today
                if let date = text("date") {
                    if let parsed = Day(parsing: date) { day = parsed } else { errors["date"] = Text.string("web.record.notADay", ["text": "\(date)"]) }
                }
                guard errors.isEmpty, let channel, let outcome else { break }
                let contact = Contact(by: .init(by), with: .init(with), date: day, channel: channel, place: text("place").map { .init($0) },
                    outcome: outcome, assessment: newAssessment, notes: text("notes"))
                // An entry identical to one already logged is not added twice; the page says it is saved either way.
                _ = try write(action: "log") { (draft: inout GraphDraft) throws(StoreError) in draft.log(contact) }
                saved = Text.string("web.record.savedContact", ["by": "\(by)", "with": "\(with)", "day": .date(year: day.year, month: day.month, day: day.day)])
                return .redirect("/people/\(HTML.segment(with))?saved=\(HTML.segment(saved))")
            case "person":
                let id = required("id")
                let change = PersonChange(name: text("name"), workplace: text("workplace"), shop: text("shop"), shift: text("shift"),
                    home: text("home"), role: word("role", Role.self, optional: true),
                    affiliation: word("affiliation", Affiliation.self, optional: true), assessment: assessment("assessment"),
                    notes: text("notes"))
                guard errors.isEmpty else { break }
                let adding = values["mode"] != "update"
                try write(action: adding ? "person add" : "person update") { (draft: inout GraphDraft) throws(StoreError) in
                    if adding { try draft.addPerson(.init(id), change, path: path) } else { try draft.updatePerson(.init(id), change, path: path) }
                }
                saved = Text.string(adding ? "web.record.added" : "web.record.changed", ["id": "\(id)"])
                return .redirect("/people/\(HTML.segment(id))?saved=\(HTML.segment(saved))")
            case "tie":
                let a = required("a"), b = required("b")
                let kind = word("kind", Tie.Kind.self)
                let strength = Int(text("strength") ?? "2") ?? 0
                if !Tie.strengthRange.contains(strength) { errors["strength"] = Text.string("web.record.strength") }
                guard errors.isEmpty, let kind else { break }
                try write(action: "tie add") { (draft: inout GraphDraft) throws(StoreError) in
                    draft.upsert(Tie(.init(a), .init(b), kind: kind, strength: strength))
                }
                return .redirect("/people/\(HTML.segment(a))?saved=\(HTML.segment("tie \(a) – \(b)"))")
            default:
                let cell = required("cell"), person = required("person")
                guard errors.isEmpty else { break }
                try write(action: "cell member") { (draft: inout GraphDraft) throws(StoreError) in
                    try draft.addMember(.init(person), to: .init(cell), committee: values["committee"] == "1", path: path)
                }
                return .redirect("/cells/\(HTML.segment(cell))?saved=\(HTML.segment("\(person) joined \(cell)"))")
            }
        } catch {
            errors = fieldErrors(error, form: form, values: values)
        }
        let state = RecordPage.FormState(form: form, values: values, errors: errors)
        return .html(RecordPage.page(d, state: state, prefill: [:], context: context), status: 422)
    }

    /// Writes through a workspace opened for writing (its lock held for the change), then reloads. The change's
    /// history entry names the workbench (`workbench: log`), as the command line's names its command.
    func write<T>(action: String, _ change: (inout GraphDraft) throws(StoreError) -> T) throws(StoreError) -> T {
        guard isWorkspace else {
            throw .writeFailed(path: path, reason: Text.string("store2.aGraphFileIs", ["path": "\(path)"]))
        }
        let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { () throws(StoreError) in
            guard let passphrase else { throw .passphraseRequired(path: path) }
            return passphrase
        })
        let result = try workspace.edit(action: "workbench: " + action, change)
        loaded = try Self.load(path: path, isWorkspace: isWorkspace, passphrase: passphrase)
        return result
    }

    /// A store error spread over the form's fields: each diagnostic next to the field it names, a missing
    /// record next to the field that named it, anything else above the form.
    func fieldErrors(_ error: StoreError, form: String, values: [String: String]) -> [String: String] {
        var errors: [String: String] = [:]
        let fields = Set(values.keys)
        func add(_ field: String, _ message: String) {
            errors[field] = errors[field].map { $0 + "; " + message } ?? message
        }
        switch error {
        case .notFound(_, let what, let id, let hint):
            let field = values.first { $0.value == id && fields.contains($0.key) }?.key ?? ""
            add(field, Text.string("web.record.noSuch", ["what": "\(Suggestion.noun(what))", "id": "\(id)"]) + (hint.map { " (\($0))" } ?? ""))
        case .rejected(_, _, let diagnostics), .invalid(_, let diagnostics):
            for d in diagnostics {
                var field = d.field.map { String($0.split(separator: ".").last ?? "") } ?? ""
                if !fields.contains(field) { field = values.first { $0.value == d.id }?.key ?? "" }
                add(field, d.message + (d.hint.map { " — \($0)" } ?? ""))
            }
        default:
            add("", "\(error)")
        }
        return errors
    }
}
