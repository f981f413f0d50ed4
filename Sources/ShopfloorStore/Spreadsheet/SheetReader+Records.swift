import Foundation
import ShopfloorModel
import ShopfloorText

/// One row of each kind of sheet, upserted into the draft.
extension SheetReader {
    /// Reads a row and upserts its record; a row with a problem is reported and changes nothing.
    mutating func apply(_ record: SheetTable.Record, to draft: inout GraphDraft, origins: inout Origins) {
        let before = rowDiagnostics.count
        checkCells(record)
        switch kind {
        case .people: applyPerson(record, &draft, &origins, before)
        case .workplaces: applyWorkplace(record, &draft, &origins, before)
        case .shops, .shifts: applyPart(record, &draft, &origins, before)
        case .places: applyPlace(record, &draft, &origins, before)
        case .cells: applyCell(record, &draft, &origins, before)
        case .ties: collectTie(record, before)
        case .contacts: applyContact(record, &draft, &origins, before)
        }
    }

    /// The record's id, noted as seen in this sheet; nil (and a diagnostic) when it is missing, invalid or
    /// already on another row.
    private mutating func requiredID(_ record: SheetTable.Record, _ field: String = "id", unique: Bool = false) -> String? {
        if text(field, record) == nil {
            report(record, field, id: nil, Text.string("store4.theRowHasNo", ["field": "\(field)"]), hint: Text.string("store.everyRowNeedsA", ["field": "\(field)"]))
            return nil
        }
        guard let id = identifier(field, record, id: nil) else { return nil }
        return !unique || noteID(id, record, field: field) ? id : nil
    }

    /// Reports the fields of `record` that cannot be cleared, and returns the others.
    private mutating func clearable(_ record: SheetTable.Record, id: String, _ allowed: Set<String>) -> [String] {
        var out: [String] = []
        for field in cleared(record) {
            if allowed.contains(field) { out.append(field); continue }
            // A blank required cell is reported by the field's own reading.
            guard isMarker(field, record) else { continue }
            report(record, field, id: id, Text.string("store4.cannotBeCleared", ["field": "\(field)"]),
                hint: Text.string("store.writeAValueOnly", ["clearMarker": "\(Self.clearMarker)"]))
        }
        return out
    }

    private mutating func applyPerson(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r, unique: true) else { return }
        var p = draft.people[.init(id)] ?? Person(id: .init(id), name: "")
        for field in clearable(r, id: id, ["name", "workplace", "shop", "shift", "home", "address", "role", "affiliation",
            "assessment", "union", "frequents", "tags", "notes"]) {
            switch field {
            case "name": p.name = ""
            case "workplace": p.workplace = nil
            case "shop": p.shop = nil
            case "shift": p.shift = nil
            case "home": p.home = nil
            case "address": p.address = nil
            case "role": p.role = .worker
            case "affiliation": p.affiliation = .nonParty
            case "assessment": p.assessment = .unassessed
            case "union": p.unionMember = false
            case "frequents": p.frequents = []
            case "tags": p.tags = []
            default: p.notes = nil
            }
        }
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
        if let a = text("assessment", r).flatMap(Assessment.init(word:)) {
            p.assessment = a
        } else if let v = integer("assessment", r, id: id, range: Assessment.range,
            meaning: Text.string("assessment.meaning")), let a = Assessment(rawValue: v) {
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
        origins.note(.people, id: id, at: location, row: r.row)
    }

    private mutating func applyWorkplace(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r, unique: true) else { return }
        var w = draft.workplaces[.init(id)] ?? Workplace(id: .init(id), name: id)
        for field in clearable(r, id: id, ["name", "sector", "employer", "headcount", "district", "neighbourhood", "union",
            "union name", "latitude", "longitude", "notes"]) {
            switch field {
            case "name": w.name = id
            case "sector": w.sector = ""
            case "employer": w.employer = nil
            case "headcount": w.headcount = 0
            case "district": w.district = nil
            case "neighbourhood": w.neighbourhood = nil
            case "union": w.union = nil
            case "union name": w.union?.name = nil
            case "latitude", "longitude": w.location = nil
            default: w.notes = nil
            }
        }
        if let v = text("name", r) { w.name = v }
        if let v = word("kind", r, Workplace.Kind.self, id: id) { w.kind = v }
        if let v = text("sector", r) { w.sector = v }
        if let v = text("employer", r) { w.employer = v }
        if let v = integer("headcount", r, id: id, range: 0...10_000_000, meaning: Text.string("store3.theNumberOfWorkers")) { w.headcount = v }
        if let v = text("district", r) { w.district = v }
        if let v = identifier("neighbourhood", r, id: id) { w.neighbourhood = .init(v) }
        if let v = word("union", r, Union.Character.self, id: id) { w.union = Union(name: w.union?.name, character: v) }
        if let v = text("union name", r) { w.union = Union(name: v, character: w.union?.character ?? .democratic) }
        let lat = decimal("latitude", r, id: id, range: -90...90), lon = decimal("longitude", r, id: id, range: -180...180)
        if let lat, let lon { w.location = Coordinates(latitude: lat, longitude: lon) }
        if let v = text("notes", r) { w.notes = v }
        guard rowDiagnostics.count == before else {
            refusedWorkplaces.insert(id)
            return
        }
        draft.workplaces[w.id] = w
        origins.note(.workplaces, id: id, at: location, row: r.row)
    }

    /// Shops and shifts: rows of a workplace, which must exist already (or come from a workplaces sheet).
    private mutating func applyPart(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let owner = requiredID(r, "workplace"), let id = requiredID(r, unique: true) else { return }
        guard var w = draft.workplaces[.init(owner)] else {
            guard !refusedWorkplaces.contains(owner) else { return }  // its own row says what is wrong
            report(r, "workplace", id: id, Text.string("store4.workplaceDoesNotExist", ["owner": "\(owner)"]),
                hint: Suggestion.hint(for: owner, among: draft.workplaces.keys.map(\.rawValue), noun: "workplace")
                    + "; " + Text.string("sheet.importWorkplaceRow"))
            return
        }
        if kind == .shops {
            var shop = w.shops.first { $0.id.rawValue == id } ?? Shop(id: .init(id), name: id)
            for field in clearable(r, id: id, ["name", "headcount"]) {
                if field == "name" { shop.name = id } else { shop.headcount = 0 }
            }
            if let v = text("name", r) { shop.name = v }
            if let v = integer("headcount", r, id: id, range: 0...10_000_000, meaning: Text.string("store3.workersInTheShop")) { shop.headcount = v }
            guard rowDiagnostics.count == before else { return }
            if let i = w.shops.firstIndex(where: { $0.id == shop.id }) { w.shops[i] = shop } else { w.shops.append(shop) }
            origins.note(.shops, id: id, at: location, row: r.row)
        } else {
            let existing = w.shifts.first { $0.id.rawValue == id }
            let clears = clearable(r, id: id, ["name", "gate", "days"])
            let start = time("start", r, id: id) ?? existing?.start, end = time("end", r, id: id) ?? existing?.end
            var days: [Weekday]?
            if let words = text("days", r) {
                let parsed = words.split(whereSeparator: { ",;| ".contains($0) }).map { (String($0), Weekday(word: String($0))) }
                for (word, day) in parsed where day == nil {
                    report(r, "days", id: id, Text.string("store4.isNotADay", ["excerpt": "\(Self.excerpt(word))"]), hint: Text.string("store.writeDaysAsMon"))
                }
                days = Array(Set(parsed.compactMap(\.1))).sorted()
            }
            guard rowDiagnostics.count == before else { return }
            guard let start, let end else {
                report(r, start == nil ? "start" : "end", id: id, Text.string(start == nil ? "sheet.noStart" : "sheet.noEnd"),
                    hint: Text.string("store.writeAHourTime"))
                return
            }
            var shift = existing ?? Shift(id: .init(id), name: id, start: start, end: end)
            shift.start = start
            shift.end = end
            for field in clears {
                switch field {
                case "name": shift.name = id
                case "gate": shift.gate = nil
                default: shift.days = Weekday.workweek
                }
            }
            if let v = text("name", r) { shift.name = v }
            if let v = identifier("gate", r, id: id) { shift.gate = .init(v) }
            if let days { shift.days = days }
            guard rowDiagnostics.count == before else { return }
            if let i = w.shifts.firstIndex(where: { $0.id == shift.id }) { w.shifts[i] = shift } else { w.shifts.append(shift) }
            origins.note(.shifts, id: id, at: location, row: r.row)
        }
        draft.workplaces[w.id] = w
    }

    private mutating func applyPlace(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r, unique: true) else { return }
        let kind = word("kind", r, Place.Kind.self, id: id)
        var p = draft.places[.init(id)] ?? Place(id: .init(id), kind: kind ?? .other, name: id)
        if let kind { p.kind = kind } else if draft.places[.init(id)] == nil, text("kind", r) == nil {
            report(r, "kind", id: id, Text.string("store4.aNewPlaceNeeds"), hint: Text.string("sheet.validWords", ["words": "\(Place.Kind.words.joined(separator: ", "))"]))
        }
        for field in clearable(r, id: id, ["name", "neighbourhood", "workplace", "district", "latitude", "longitude"]) {
            switch field {
            case "name": p.name = id
            case "neighbourhood": p.neighbourhood = nil
            case "workplace": p.workplace = nil
            case "district": p.district = nil
            default: p.location = nil
            }
        }
        if let v = text("name", r) { p.name = v }
        if let v = identifier("neighbourhood", r, id: id) { p.neighbourhood = .init(v) }
        if let v = identifier("workplace", r, id: id) { p.workplace = .init(v) }
        if let v = text("district", r) { p.district = v }
        let lat = decimal("latitude", r, id: id, range: -90...90), lon = decimal("longitude", r, id: id, range: -180...180)
        if let lat, let lon { p.location = Coordinates(latitude: lat, longitude: lon) }
        guard rowDiagnostics.count == before else { return }
        draft.places[p.id] = p
        origins.note(.places, id: id, at: location, row: r.row)
    }

    private mutating func applyCell(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let id = requiredID(r, unique: true) else { return }
        let workplace = identifier("workplace", r, id: id)
        var c = draft.cells[.init(id)] ?? Cell(id: .init(id), kind: workplace == nil ? .street : .workplace)
        for field in clearable(r, id: id, ["name", "workplace", "neighbourhood", "targets", "members", "committee"]) {
            switch field {
            case "name": c.name = nil
            case "workplace": c.workplace = nil
            case "neighbourhood": c.neighbourhood = nil
            case "targets": c.targets = []
            case "members": c.members = []
            default: c.committee = []
            }
        }
        if let v = word("kind", r, Cell.Kind.self, id: id) { c.kind = v }
        if let v = text("name", r) { c.name = v }
        if let workplace { c.workplace = .init(workplace) }
        if let v = identifier("neighbourhood", r, id: id) { c.neighbourhood = .init(v) }
        if let v = identifiers("targets", r, id: id) { c.targets = v.map { .init($0) } }
        if let v = identifiers("members", r, id: id) { c.members = v.map { .init($0) } }
        if let v = identifiers("committee", r, id: id) { c.committee = v.map { .init($0) } }
        guard rowDiagnostics.count == before else { return }
        draft.cells[c.id] = c
        origins.note(.cells, id: id, at: location, row: r.row)
    }

    private mutating func applyContact(_ r: SheetTable.Record, _ draft: inout GraphDraft, _ origins: inout Origins, _ before: Int) {
        guard let by = requiredID(r, "by"), let with = requiredID(r, "with") else { return }
        var label = "\(by)→\(with)"
        if cell("date", r) == nil { report(r, "date", id: label, Text.string("store4.theContactHasNo"), hint: Text.string("store.writeADateLike")) }
        let date = day("date", r, id: label)
        let channel = word("channel", r, Contact.Channel.self, id: label) ?? .other
        let place = identifier("place", r, id: label)
        let outcome = word("outcome", r, Contact.Outcome.self, id: label) ?? .neutral
        let assessment = text("assessment", r).flatMap(Assessment.init(word:)) ?? integer("assessment", r, id: label,
            range: Assessment.range, meaning: Text.string("assessment.meaning.new")).flatMap { Assessment(rawValue: $0) }
        guard rowDiagnostics.count == before, let date else { return }
        label = "\(date) \(label)"
        // An imported log is history: people's current assessments come from their own rows, not from replaying it.
        draft.log(Contact(by: .init(by), with: .init(with), date: date, channel: channel, place: place.map { .init($0) },
            outcome: outcome, assessment: assessment, notes: text("notes", r)), applyAssessment: false)
        origins.note(.contacts, id: label, at: location, row: r.row)
    }

    /// Where this sheet's records come from, for the model's violations.
    var location: Origins.Location { .init(file: file, sheet: sheet) }
}
