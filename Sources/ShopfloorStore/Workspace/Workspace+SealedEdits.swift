import Foundation
import GRDB
import ShopfloorModel

/// `person update` and `tie add` on an encrypted workspace without decrypting its image: checked against its
/// ``LogIndex`` (and the journal after it), appended as a ``PendingEdit`` whose rows the next open of the whole
/// image makes with the statements the whole path runs (the same rows, the same recorded change, undone alike).
extension Workspace {
    /// Changes a person's fields in the encrypted workspace at `path` without decrypting its image, as
    /// ``updatePerson(_:_:action:)`` changes them: the person exists and their workplace, shop, shift and home hold
    /// afterwards (the shop and shift of the person's workplace, the home a neighbourhood), checked against the
    /// index's people (each one's workplace, shop and shift) and its workplaces, shops, shifts and neighbourhoods.
    /// Returns the workspace's settings (its language).
    ///
    /// Returns nil, having written nothing, whenever the whole image is needed (as
    /// ``appendPersonAdd(_:_:at:action:passphrase:)``; also an index written before it held each person's
    /// references): the caller then opens the workspace and updates the person there.
    public static func appendPersonUpdate(
        _ id: Person.ID, _ change: PersonChange, at path: String, action: String = "person update",
        passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> [(WorkspaceSetting, String)]? {
        guard var opened = try IndexedWorkspace.open(at: path, passphrase: passphrase) else { return nil }
        defer { withExtendedLifetime(opened.lock) {} }
        opened.index.loadStructure()
        let index = opened.index
        guard let structure = index.structure, let now = index.references(of: id.rawValue) else { return nil }
        var person = Person(id: id, name: "", workplace: now.workplace.map { .init($0) }, shop: now.shop.map { .init($0) },
            shift: now.shift.map { .init($0) })
        change.apply(to: &person) { shop in structure.shops[shop].map { Workplace.ID($0) } }
        guard Self.referencesHold(person, in: structure) else { return nil }
        let columns = change.columns(of: person)
        guard !columns.isEmpty else { return opened.settings }
        guard try opened.append(nil, edit: PendingEdit(person: id, columns: columns), summary: "people: 1 changed", action: action)
        else { return nil }
        return opened.settings
    }

    /// Adds a tie to the encrypted workspace at `path`, or sets the strength of the one of its kind between the
    /// same two people, without decrypting its image, as ``addTie(_:action:)`` does: both people exist (checked
    /// against the index) and are two. Which of the two it is, and the tie's position, are settled when the journal
    /// is replayed. Returns the workspace's settings (its language); nil, having written nothing, whenever the
    /// whole image is needed (as ``appendLog(_:at:action:passphrase:)``).
    public static func appendTieAdd(
        _ tie: Tie, at path: String, action: String = "tie add", passphrase: () throws(StoreError) -> String
    ) throws(StoreError) -> [(WorkspaceSetting, String)]? {
        guard let opened = try IndexedWorkspace.open(at: path, passphrase: passphrase) else { return nil }
        defer { withExtendedLifetime(opened.lock) {} }
        let index = opened.index
        guard tie.a != tie.b, Tie.strengthRange.contains(tie.strength), index.person(tie.a.rawValue) != nil,
              index.person(tie.b.rawValue) != nil,
              try opened.append(nil, edit: PendingEdit(tie: tie), summary: "ties: 1 added or changed", action: action)
        else { return nil }
        return opened.settings
    }

    /// The rules of one person's workplace, shop, shift and home (``referencesHold(_:_:)``'s), against the index's
    /// workplaces, shops, shifts and neighbourhoods.
    static func referencesHold(_ person: Person, in structure: LogIndex.Structure) -> Bool {
        if let w = person.workplace, !structure.workplaces.contains(w.rawValue) { return false }
        for (owners, id) in [(structure.shops, person.shop?.rawValue), (structure.shifts, person.shift?.rawValue)] {
            guard let id else { continue }
            guard let w = person.workplace, owners[id] == w.rawValue else { return false }
        }
        if let home = person.home, !structure.neighbourhoods.contains(home.rawValue) { return false }
        return person.frequents.isEmpty
    }
}
