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
    public var changedFields: Int
    public var ties: Int
    public var contacts: Int
    public var conflicts: [MergeConflict]
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
                return MergeOutcome(cell: cellName, alreadyMerged: true, newPeople: [], changedFields: 0, ties: 0, contacts: 0,
                    conflicts: [], change: nil)
            }
        }
        let before = try graph()
        var plan = MergePlan(graph: before, cell: cellName, aliasSecret: try aliasSecret(), prefer: prefer)
        plan.apply(report)
        let outcome = plan.outcome
        let undecided = outcome.conflicts.contains { $0.decided == nil }
        let last = try history(limit: 1).first?.seq
        try replaceGraph(with: plan.draft.graph, previous: before,
            action: "merge of cell \(cellName)'s bundle (bundle \(report.basedOn), change \(report.serial))") { db in
            if !undecided { try Workspace.setMeta("merged:\(cellName)", mark, db) }
        }
        var result = outcome
        let now = try history(limit: 1).first?.seq
        result.change = now == last ? nil : now
        return result
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

    init(graph: OrganizingGraph, cell: String, aliasSecret: String, prefer: MergePreference?) {
        self.graph = graph
        self.cell = cell
        self.prefer = prefer
        draft = GraphDraft(graph)
        outcome = MergeOutcome(cell: cell, alreadyMerged: false, newPeople: [], changedFields: 0, ties: 0, contacts: 0,
            conflicts: [], change: nil)
        let redaction = Redaction(aliases: PersonAliases(graph: graph, key: AliasKey(secret: aliasSecret)))
        for person in graph.people { ids[redaction.alias(person.id).rawValue] = person.id }
        for person in graph.people { ids[person.id.rawValue] = person.id }
    }

    mutating func apply(_ report: CellReport) {
        for person in report.newPeople { addNew(person) }
        for change in report.changes { apply(change) }
        for tie in report.ties { apply(tie) }
        for contact in report.contacts {
            guard let by = ids[contact.by.rawValue], let with = ids[contact.with.rawValue] else { continue }
            var mapped = contact
            mapped.by = by
            mapped.with = with
            if let place = mapped.place, graph.place(place) == nil { mapped.place = nil }
            if draft.log(mapped, applyAssessment: false) { outcome.contacts += 1 }
        }
    }

    /// A person the cell met: under the cell's prefix, with references the committee does not know dropped.
    private mutating func addNew(_ person: Person) {
        let prefix = cell + "-"
        let id = Person.ID(person.id.rawValue.hasPrefix(prefix) ? person.id.rawValue : prefix + person.id.rawValue)
        ids[person.id.rawValue] = id
        var incoming = person
        incoming.id = id
        if let w = incoming.workplace, graph.workplace(w) == nil { incoming.workplace = nil }
        let shops = Set(incoming.workplace.flatMap(graph.workplace)?.shops.map(\.id) ?? [])
        let shifts = Set(incoming.workplace.flatMap(graph.workplace)?.shifts.map(\.id) ?? [])
        if let s = incoming.shop, !shops.contains(s) { incoming.shop = nil }
        if let s = incoming.shift, !shifts.contains(s) { incoming.shift = nil }
        if let h = incoming.home, graph.place(h) == nil { incoming.home = nil }
        incoming.frequents = incoming.frequents.filter { graph.place($0) != nil }
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

    private mutating func apply(_ change: FieldChange) {
        guard let id = ids[change.person], let person = draft.people[id] else { return }
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
        guard let a = ids[change.tie.a.rawValue], let b = ids[change.tie.b.rawValue] else { return }
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
