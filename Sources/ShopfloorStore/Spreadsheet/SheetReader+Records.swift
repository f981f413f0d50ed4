import Foundation
import ShopfloorModel

/// One row of each kind of spreadsheet, upserted into the draft.
extension SheetReader {
    /// Reads a row and upserts its record; a row with a problem is reported and changes nothing.
    mutating func apply(_ record: CSVTable.Record, to draft: inout GraphDraft, origins: inout Origins) {
        let before = rowDiagnostics.count
        switch kind {
        case .people: applyPerson(record, &draft, &origins, before)
        case .workplaces: applyWorkplace(record, &draft, &origins, before)
        case .shops, .shifts: applyPart(record, &draft, &origins, before)
        case .places: applyPlace(record, &draft, &origins, before)
        case .cells: applyCell(record, &draft, &origins, before)
        case .ties: applyTie(record, &draft, &origins, before)
        case .contacts: applyContact(record, &draft, &origins, before)
        }
    }

    private mutating func requiredID(_ record: CSVTable.Record, _ field: String = "id") -> String? {
        if text(field, record) == nil {
            report(record, field, id: nil, "the row has no \(field)", hint: "every row needs a value in the '\(field)' column")
            return nil
        }
        return identifier(field, record, id: nil)
    }

    private mutating func applyPerson(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r) else { return }
        var p = draft.people[.init(id)] ?? Person(id: .init(id), name: "")
        if let v = text("name", r) { p.name = v }
        var workplace = identifier("workplace", r, id: id)
        if let shop = identifier("shop", r, id: id) {
            p.shop = .init(shop)
            if workplace == nil, let owner = draft.workplaces.values.first(where: { $0.shops.contains { $0.id.rawValue == shop } }) {
                workplace = owner.id.rawValue
            }
        }
        if let v = workplace { p.workplace = .init(v) }
        if let v = identifier("shift", r, id: id) { p.shift = .init(v) }
        if let v = identifier("home", r, id: id) { p.home = .init(v) }
        if let v = text("address", r) { p.address = v }
        if let v = word("role", r, Role.self, id: id) { p.role = v }
        if let v = word("affiliation", r, Affiliation.self, id: id) { p.affiliation = v }
        if let v = integer("assessment", r, id: id, range: Assessment.range,
            meaning: "0 not assessed, 1 leader, 2 supportive, 3 undecided, 4 opposed, 5 hostile"), let a = Assessment(rawValue: v) {
            p.assessment = a
        }
        if let v = boolean("union", r, id: id) { p.unionMember = v }
        if let v = identifiers("frequents", r, id: id) { p.frequents = v.map { .init($0) } }
        if let v = text("tags", r) {
            p.tags = v.split(whereSeparator: { ",;|\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let v = text("notes", r) { p.notes = v }
        guard rowDiagnostics.count == before else { return }
        draft.people[p.id] = p
        origins.note(.people, id: id, file: file, row: r.row)
    }

    private mutating func applyWorkplace(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r) else { return }
        var w = draft.workplaces[.init(id)] ?? Workplace(id: .init(id), name: id)
        if let v = text("name", r) { w.name = v }
        if let v = word("kind", r, Workplace.Kind.self, id: id) { w.kind = v }
        if let v = text("sector", r) { w.sector = v }
        if let v = text("employer", r) { w.employer = v }
        if let v = integer("headcount", r, id: id, range: 0...10_000_000, meaning: "the number of workers, e.g. 2400") { w.headcount = v }
        if let v = text("district", r) { w.district = v }
        if let v = identifier("neighbourhood", r, id: id) { w.neighbourhood = .init(v) }
        if let v = word("union", r, Union.Character.self, id: id) { w.union = Union(name: w.union?.name, character: v) }
        if let v = text("union name", r) { w.union = Union(name: v, character: w.union?.character ?? .democratic) }
        let lat = decimal("latitude", r, id: id, range: -90...90), lon = decimal("longitude", r, id: id, range: -180...180)
        if let lat, let lon { w.location = Coordinates(latitude: lat, longitude: lon) }
        if let v = text("notes", r) { w.notes = v }
        guard rowDiagnostics.count == before else { return }
        draft.workplaces[w.id] = w
        origins.note(.workplaces, id: id, file: file, row: r.row)
    }

    /// Shops and shifts: rows of a workplace, which must exist already (or come from a workplaces file).
    private mutating func applyPart(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let owner = requiredID(r, "workplace"), let id = requiredID(r) else { return }
        guard var w = draft.workplaces[.init(owner)] else {
            report(r, "workplace", id: id, "workplace '\(owner)' does not exist",
                hint: Suggestion.hint(for: owner, among: draft.workplaces.keys.map(\.rawValue), noun: "workplace")
                    + "; or import its row from workplaces.csv in the same command")
            return
        }
        if kind == .shops {
            var shop = w.shops.first { $0.id.rawValue == id } ?? Shop(id: .init(id), name: id)
            if let v = text("name", r) { shop.name = v }
            if let v = integer("headcount", r, id: id, range: 0...10_000_000, meaning: "workers in the shop, e.g. 420") { shop.headcount = v }
            guard rowDiagnostics.count == before else { return }
            if let i = w.shops.firstIndex(where: { $0.id == shop.id }) { w.shops[i] = shop } else { w.shops.append(shop) }
            origins.note(.shops, id: id, file: file, row: r.row)
        } else {
            let existing = w.shifts.first { $0.id.rawValue == id }
            let start = time("start", r, id: id) ?? existing?.start, end = time("end", r, id: id) ?? existing?.end
            var days: [Weekday]?
            if let words = text("days", r) {
                let parsed = words.split(whereSeparator: { ",;| ".contains($0) }).map { (String($0), Weekday(word: String($0))) }
                for (word, day) in parsed where day == nil {
                    report(r, "days", id: id, "'\(word)' is not a day", hint: "write days as mon, tue, … or pzt, sal, …")
                }
                days = Array(Set(parsed.compactMap(\.1))).sorted()
            }
            guard rowDiagnostics.count == before else { return }
            guard let start, let end else {
                report(r, start == nil ? "start" : "end", id: id, "the shift has no \(start == nil ? "start" : "end") time",
                    hint: "write a 24-hour time like 06:00")
                return
            }
            var shift = existing ?? Shift(id: .init(id), name: id, start: start, end: end)
            shift.start = start
            shift.end = end
            if let v = text("name", r) { shift.name = v }
            if let v = identifier("gate", r, id: id) { shift.gate = .init(v) }
            if let days { shift.days = days }
            if let i = w.shifts.firstIndex(where: { $0.id == shift.id }) { w.shifts[i] = shift } else { w.shifts.append(shift) }
            origins.note(.shifts, id: id, file: file, row: r.row)
        }
        draft.workplaces[w.id] = w
    }

    private mutating func applyPlace(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r) else { return }
        let kind = word("kind", r, Place.Kind.self, id: id)
        var p = draft.places[.init(id)] ?? Place(id: .init(id), kind: kind ?? .other, name: id)
        if let kind { p.kind = kind } else if draft.places[.init(id)] == nil, text("kind", r) == nil {
            report(r, "kind", id: id, "a new place needs a kind", hint: "valid words: \(Place.Kind.words.joined(separator: ", "))")
        }
        if let v = text("name", r) { p.name = v }
        if let v = identifier("neighbourhood", r, id: id) { p.neighbourhood = .init(v) }
        if let v = identifier("workplace", r, id: id) { p.workplace = .init(v) }
        if let v = text("district", r) { p.district = v }
        let lat = decimal("latitude", r, id: id, range: -90...90), lon = decimal("longitude", r, id: id, range: -180...180)
        if let lat, let lon { p.location = Coordinates(latitude: lat, longitude: lon) }
        guard rowDiagnostics.count == before else { return }
        draft.places[p.id] = p
        origins.note(.places, id: id, file: file, row: r.row)
    }

    private mutating func applyCell(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r) else { return }
        let workplace = identifier("workplace", r, id: id)
        var c = draft.cells[.init(id)] ?? Cell(id: .init(id), kind: workplace == nil ? .street : .workplace)
        if let v = word("kind", r, Cell.Kind.self, id: id) { c.kind = v }
        if let v = text("name", r) { c.name = v }
        if let workplace { c.workplace = .init(workplace) }
        if let v = identifier("neighbourhood", r, id: id) { c.neighbourhood = .init(v) }
        if let v = identifiers("targets", r, id: id) { c.targets = v.map { .init($0) } }
        if let v = identifiers("members", r, id: id) { c.members = v.map { .init($0) } }
        if let v = identifiers("committee", r, id: id) { c.committee = v.map { .init($0) } }
        guard rowDiagnostics.count == before else { return }
        draft.cells[c.id] = c
        origins.note(.cells, id: id, file: file, row: r.row)
    }

    private mutating func applyTie(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let a = requiredID(r, "a"), let b = requiredID(r, "b") else { return }
        let label = "\(a)–\(b)"
        let kind = word("kind", r, Tie.Kind.self, id: label)
        if text("kind", r) == nil { report(r, "kind", id: label, "the tie has no kind", hint: "valid words: \(Tie.Kind.words.joined(separator: ", "))") }
        let strength = integer("strength", r, id: label, range: Tie.strengthRange,
            meaning: "1 weak (acquaintance), 2 ordinary, 3 strong (close friend, family)") ?? 2
        guard rowDiagnostics.count == before, let kind else { return }
        draft.upsert(Tie(.init(a), .init(b), kind: kind, strength: strength))
        origins.note(.ties, id: label, file: file, row: r.row)
    }

    private mutating func applyContact(_ r: CSVTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let by = requiredID(r, "by"), let with = requiredID(r, "with") else { return }
        var label = "\(by)→\(with)"
        if text("date", r) == nil { report(r, "date", id: label, "the contact has no date", hint: "write a date like 2026-10-02") }
        let date = day("date", r, id: label)
        let channel = word("channel", r, Contact.Channel.self, id: label) ?? .other
        let place = identifier("place", r, id: label)
        let outcome = word("outcome", r, Contact.Outcome.self, id: label) ?? .neutral
        let assessment = integer("assessment", r, id: label, range: Assessment.range,
            meaning: "the new assessment: 0 not assessed, 1 leader … 5 hostile").flatMap { Assessment(rawValue: $0) }
        guard rowDiagnostics.count == before, let date else { return }
        label = "\(date) \(label)"
        // An imported log is history: people's current assessments come from their own rows, not from replaying it.
        draft.log(Contact(by: .init(by), with: .init(with), date: date, channel: channel, place: place.map { .init($0) },
            outcome: outcome, assessment: assessment, notes: text("notes", r)), applyAssessment: false)
        origins.note(.contacts, id: label, file: file, row: r.row)
    }
}
