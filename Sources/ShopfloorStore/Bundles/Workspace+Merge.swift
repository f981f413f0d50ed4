import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

/// Which side wins a field both the committee and the cell changed since the bundle.
public enum MergePreference: String, Sendable, CaseIterable {
    case committee, cell
}

/// A field both sides changed since the bundle, side by side.
public struct MergeConflict: Codable, Hashable, Sendable {
    /// The committee's id of the person (or `a–b kind` of a tie).
    public var record: String
    public var field: String
    /// The value in the bundle.
    public var base: String
    public var committee: String
    public var cell: String
    /// `committee` or `cell` when `--prefer` decided it; nil when it waits for a decision (the committee's
    /// value stays).
    public var decided: String?
}

/// What a merge did.
public struct MergeOutcome: Codable, Hashable, Sendable {
    public var cell: String
    /// True when this very report was merged before: nothing changed.
    public var alreadyMerged: Bool
    /// The committee's ids of the new people the cell found.
    public var newPeople: [String]
    /// The ids of the places the cell added that the committee did not have (a place of the same id the
    /// committee has already is taken as the same place).
    public var newPlaces: [String]
    public var changedFields: Int
    public var ties: Int
    public var contacts: Int
    public var conflicts: [MergeConflict]
    /// The people the report names that the committee's workspace no longer has (removed since the bundle):
    /// what the cell recorded about them is left out.
    public var unknown: [String]
    /// The number of the recorded change, nil when nothing changed.
    public var change: Int?
}

extension Workspace {
    /// Merges a cell's report into a committee's workspace, in one recorded change.
    ///
    /// Checked first, and refused with nothing changed: the report is for `key`, signed by a cell whose key
    /// this workspace stores, unaltered, made from a bundle of this very workspace, and not older than a report
    /// of the same cell merged already (the same report again changes nothing). A field the cell changed is
    /// applied when the committee left it as the bundle had it; when both changed it, it is a conflict, kept
    /// as the committee has it unless `prefer` says otherwise. A report with undecided conflicts is not marked
    /// merged, so that it can be merged again with `prefer`. New people get ids prefixed with the cell's id, so
    /// they never take an id the committee uses.
    public func merge(_ bytes: Data, bundlePath: String, key: KeyPair, prefer: MergePreference?) throws(StoreError) -> MergeOutcome {
        let envelope = try BundleEnvelope.parse(bytes, path: bundlePath)
        let sender = try envelope.sender(path: bundlePath)
        if envelope.header.recipient == key.publicKey.base64, envelope.header.kind == .back,
           try knownName(of: sender, role: "cell") == nil {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store2.theBundleIsSigned", ["fingerprint": "\(sender.fingerprint)", "path": "\(path)"]))
        }
        let payload = try envelope.open(kind: .back, as: key, from: sender, path: bundlePath)
        guard let report = try? JSONDecoder().decode(CellReport.self, from: payload) else {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store.theBundleSContent"))
        }
        let cellName = try knownName(of: sender, role: "cell") ?? ""
        guard report.cell == cellName else {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store2.theBundleSaysIt", ["cell": "\(report.cell)", "cellName": "\(cellName)"]))
        }
        guard report.committee == (try workspaceID()) else {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store2.theBundleWasMade", ["path": "\(path)"]))
        }
        guard let sent = Int(try meta("bundle-out:\(cellName)") ?? ""), report.basedOn <= sent else {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store2.theBundleAnswersA", ["basedOn": "\(report.basedOn)", "path": "\(path)", "cellName": "\(cellName)"]))
        }
        let mark = "\(report.basedOn):\(report.serial)"
        if let merged = try meta("merged:\(cellName)") {
            let parts = merged.split(separator: ":").compactMap { Int($0) }
            let last = parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
            if (report.basedOn, report.serial) < last {
                throw .bundleRefused(path: bundlePath, reason: Text.string("store2.theBundleIsOlder", ["cellName": "\(cellName)", "last": "\(last.0)", "last2": "\(last.1)", "basedOn": "\(report.basedOn)", "serial": "\(report.serial)"]))
            }
            if (report.basedOn, report.serial) == last {
                return MergeOutcome(cell: cellName, alreadyMerged: true, newPeople: [], newPlaces: [], changedFields: 0, ties: 0, contacts: 0,
                    conflicts: [], unknown: [], change: nil)
            }
        }
        let before = try graph()
        let hidden: [String: String] = try metaJSON(Workspace.hiddenIDsKey(cell: cellName, serial: report.basedOn)) ?? [:]
        let found: [String: String] = try metaJSON(Workspace.newPeopleKey(cell: cellName)) ?? [:]
        var plan = MergePlan(graph: before, cell: cellName, aliasSecret: try aliasSecret(), prefer: prefer, hidden: hidden, found: found)
        plan.apply(report)
        let foundText = plan.found == found ? nil : String(decoding: try encode(plan.found), as: UTF8.self)
        let outcome = plan.outcome
        let undecided = outcome.conflicts.contains { $0.decided == nil }
        let last = try history(limit: 1).first?.seq
        try replaceGraph(with: plan.draft.graph, previous: before,
            action: "merge of cell \(cellName)'s bundle (bundle \(report.basedOn), change \(report.serial))") { db in
            if !undecided { try Workspace.setMeta("merged:\(cellName)", mark, db) }
            if let foundText { try Workspace.setMeta(Workspace.newPeopleKey(cell: cellName), foundText, db) }
        }
        var result = outcome
        let now = try history(limit: 1).first?.seq
        result.change = now == last ? nil : now
        return result
    }

    /// Where a committee keeps the ids it gave the new people of one cell (the cell's id → the committee's).
    static func newPeopleKey(cell: String) -> String { "new-people:\(cell)" }

    /// A JSON value kept in the workspace's settings table, nil when none is kept.
    func metaJSON<T: Decodable>(_ key: String) throws(StoreError) -> T? {
        guard let text = try meta(key) else { return nil }
        do { return try JSONDecoder().decode(T.self, from: Data(text.utf8)) } catch {
            throw .bundleRefused(path: path, reason: Text.string("store5.theWorkspaceSRecord", ["key": "\(key)", "error": "\(error)"]))
        }
    }
}

/// Works out a merge on a draft of the committee's graph.
struct MergePlan {
    var draft: GraphDraft
    let graph: OrganizingGraph
    let cell: String
    let prefer: MergePreference?
    var outcome: MergeOutcome
    /// The committee's id of each id the bundle used (aliases, and the cell's new people).
    var ids: [String: Person.ID] = [:]
    /// The committee's id of each new person of this cell merged so far, by the cell's id.
    var found: [String: String]
    /// Ids the report used that name nobody here.
    var unknown: Set<String> = []

    /// - Parameters:
    ///   - hidden: the committee's id behind each alias of the bundle the report answers, as it was made (the
    ///     aliases of today's graph stand in for a bundle made before they were kept).
    ///   - found: the ids given to this cell's new people by earlier merges.
    init(graph: OrganizingGraph, cell: String, aliasSecret: String, prefer: MergePreference?, hidden: [String: String] = [:],
         found: [String: String] = [:]) {
        self.graph = graph
        self.cell = cell
        self.prefer = prefer
        draft = GraphDraft(graph)
        self.found = found
        outcome = MergeOutcome(cell: cell, alreadyMerged: false, newPeople: [], newPlaces: [], changedFields: 0, ties: 0, contacts: 0,
            conflicts: [], unknown: [], change: nil)
        let redaction = Redaction(aliases: PersonAliases(graph: graph, key: AliasKey(secret: aliasSecret)))
        for person in graph.people { ids[redaction.alias(person.id).rawValue] = person.id }
        for (alias, id) in hidden where graph.person(Person.ID(id)) != nil { ids[alias] = Person.ID(id) }
        for person in graph.people { ids[person.id.rawValue] = person.id }
        for (theirs, ours) in found where graph.person(Person.ID(ours)) != nil { ids[theirs] = Person.ID(ours) }
    }

    /// The committee's id of an id the report uses; nil (and noted) for one that names nobody here.
    mutating func committeeID(_ text: String) -> Person.ID? {
        guard let id = ids[text] else {
            unknown.insert(text)
            return nil
        }
        return id
    }

    mutating func apply(_ report: CellReport) {
        for place in report.newPlaces ?? [] { addNew(place) }
        // A neighbourhood neither side's places hold (now that all the cell's are in) is dropped.
        for id in outcome.newPlaces.map({ Place.ID($0) }) {
            if let n = draft.places[id]?.neighbourhood, draft.places[n] == nil { draft.places[id]?.neighbourhood = nil }
        }
        for person in report.newPeople { addNew(person) }
        for change in report.changes { apply(change) }
        for tie in report.ties { apply(tie) }
        for contact in report.contacts {
            guard let by = committeeID(contact.by.rawValue), let with = committeeID(contact.with.rawValue) else { continue }
            var mapped = contact
            mapped.by = by
            mapped.with = with
            if let place = mapped.place, draft.places[place] == nil { mapped.place = nil }
            if draft.log(mapped, applyAssessment: false) { outcome.contacts += 1 }
        }
        outcome.unknown = unknown.sorted()
    }

    /// A person the cell met: under the cell's prefix, with references the committee does not know dropped.
    private mutating func addNew(_ person: Person) {
        let id = newID(for: person.id)
        ids[person.id.rawValue] = id
        var incoming = person
        incoming.id = id
        if let w = incoming.workplace, graph.workplace(w) == nil { incoming.workplace = nil }
        let shops = Set(incoming.workplace.flatMap(graph.workplace)?.shops.map(\.id) ?? [])
        let shifts = Set(incoming.workplace.flatMap(graph.workplace)?.shifts.map(\.id) ?? [])
        if let s = incoming.shop, !shops.contains(s) { incoming.shop = nil }
        if let s = incoming.shift, !shifts.contains(s) { incoming.shift = nil }
        if let h = incoming.home, draft.places[h] == nil { incoming.home = nil }
        incoming.frequents = incoming.frequents.filter { draft.places[$0] != nil }
        guard let existing = draft.people[id] else {
            draft.people[id] = incoming
            outcome.newPeople.append(id.rawValue)
            return
        }
        // Merged before: each field the cell has otherwise is a change with no common base.
        for field in PersonFields.names {
            let (now, theirs) = (PersonFields.value(field, of: existing), PersonFields.value(field, of: incoming))
            if now != theirs { decide(id, field: field, base: "", committee: now, cell: theirs) }
        }
    }

    /// A place the cell added: kept under its id unless the committee has that id already (then it is the
    /// committee's place); a workplace the committee does not know is dropped from it.
    private mutating func addNew(_ place: Place) {
        guard draft.places[place.id] == nil else { return }
        var incoming = place
        if let w = incoming.workplace, graph.workplace(w) == nil { incoming.workplace = nil }
        draft.places[place.id] = incoming
        outcome.newPlaces.append(place.id.rawValue)
    }

    /// The committee's id of a person the cell found: the one an earlier merge gave them, else the cell's id
    /// under the cell's prefix, numbered on (`-2`, `-3`…) while the committee already uses it.
    private mutating func newID(for theirs: Person.ID) -> Person.ID {
        if let ours = found[theirs.rawValue] { return Person.ID(ours) }
        let prefix = cell + "-"
        let base = theirs.rawValue.hasPrefix(prefix) ? theirs.rawValue : prefix + theirs.rawValue
        var candidate = base, n = 2
        while draft.people[Person.ID(candidate)] != nil || found.values.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        found[theirs.rawValue] = candidate
        return Person.ID(candidate)
    }

    private mutating func apply(_ change: FieldChange) {
        guard let id = committeeID(change.person), let person = draft.people[id] else { return }
        // An alias stands in for a name the cell never saw: it cannot change it.
        if change.field == "name", change.base == change.person { return }
        let now = PersonFields.value(change.field, of: person)
        if now == change.value { return }
        if now == change.base {
            set(id, change.field, change.value)
        } else {
            decide(id, field: change.field, base: change.base, committee: now, cell: change.value)
        }
    }

    private mutating func apply(_ change: TieChange) {
        guard let a = committeeID(change.tie.a.rawValue), let b = committeeID(change.tie.b.rawValue) else { return }
        let tie = Tie(a, b, kind: change.tie.kind, strength: change.tie.strength)
        let now = draft.tie(a, b, kind: tie.kind)?.strength
        if now == tie.strength { return }
        let record = "\(a)–\(b) \(tie.kind.rawValue)"
        if now == change.baseStrength {
            draft.upsert(tie)
            outcome.ties += 1
        } else {
            let chosen = choose(MergeConflict(record: record, field: "strength", base: change.baseStrength.map(String.init) ?? "",
                committee: now.map(String.init) ?? "", cell: "\(tie.strength)"))
            if chosen {
                draft.upsert(tie)
                outcome.ties += 1
            }
        }
    }

    /// A conflict on a person's field: listed, and the cell's value set when `prefer` is `cell`.
    private mutating func decide(_ id: Person.ID, field: String, base: String, committee: String, cell value: String) {
        if choose(MergeConflict(record: id.rawValue, field: field, base: base, committee: committee, cell: value)) {
            set(id, field, value)
        }
    }

    /// Lists a conflict; true when the cell's side is to be taken.
    private mutating func choose(_ conflict: MergeConflict) -> Bool {
        var listed = conflict
        listed.decided = prefer?.rawValue
        outcome.conflicts.append(listed)
        return prefer == .cell
    }

    private mutating func set(_ id: Person.ID, _ field: String, _ value: String) {
        guard var person = draft.people[id], PersonFields.set(field, to: value, on: &person) else { return }
        draft.people[id] = person
        outcome.changedFields += 1
    }
}
