import ShopfloorModel
import ShopfloorText

/// The fields of a person one edit sets (nil leaves a field as it is): what `shopfloor person add|update`
/// and the workbench's person form both apply, so that both check and change a person the same way.
public struct PersonChange: Sendable, Hashable {
    public var name: String?
    public var workplace: String?
    /// A shop id; it implies its workplace when no workplace is given.
    public var shop: String?
    public var shift: String?
    public var home: String?
    public var role: Role?
    public var affiliation: Affiliation?
    public var assessment: Assessment?
    public var notes: String?

    /// A change of the given fields.
    public init(
        name: String? = nil, workplace: String? = nil, shop: String? = nil, shift: String? = nil, home: String? = nil,
        role: Role? = nil, affiliation: Affiliation? = nil, assessment: Assessment? = nil, notes: String? = nil
    ) {
        self.name = name
        self.workplace = workplace
        self.shop = shop
        self.shift = shift
        self.home = home
        self.role = role
        self.affiliation = affiliation
        self.assessment = assessment
        self.notes = notes
    }

    /// Applies the change to a person of `draft` (references are checked when the draft is saved).
    public func apply(to person: inout Person, in draft: GraphDraft) {
        apply(to: &person) { shop in draft.workplaces.values.first(where: { $0.shops.contains { $0.id.rawValue == shop } })?.id }
    }

    /// Applies the change to a person, `owner` telling the workplace a shop belongs to (nil when no workplace has it).
    func apply<E: Error>(to person: inout Person, owner: (String) throws(E) -> Workplace.ID?) throws(E) {
        if let name { person.name = name }
        if let shop {
            person.shop = .init(shop)
            if workplace == nil, let owner = try owner(shop) {
                person.workplace = owner
            }
        }
        if let workplace { person.workplace = .init(workplace) }
        if let shift { person.shift = .init(shift) }
        if let home { person.home = .init(home) }
        if let role { person.role = role }
        if let affiliation { person.affiliation = affiliation }
        if let assessment { person.assessment = assessment }
        if let notes { person.notes = notes }
    }
}

extension GraphDraft {
    /// Adds a person; an id already taken is refused (field `id`).
    public mutating func addPerson(_ id: Person.ID, _ change: PersonChange, path: String) throws(StoreError) {
        guard people[id] == nil else {
            throw .rejected(path: path, action: "person add", diagnostics: [Diagnostic(file: path, field: "id", id: id.rawValue,
                message: Text.string("store.aPersonWithId", ["id": "\(id.rawValue)"]), hint: Text.string("store.changeThemWithShopfloor"))])
        }
        var person = Person(id: id, name: change.name ?? "")
        change.apply(to: &person, in: self)
        people[id] = person
    }

    /// Changes a person; an unknown id is refused with the nearest id as a hint.
    public mutating func updatePerson(_ id: Person.ID, _ change: PersonChange, path: String) throws(StoreError) {
        guard var person = people[id] else { throw missing(path, "person", id.rawValue, people.keys.map(\.rawValue)) }
        change.apply(to: &person, in: self)
        people[id] = person
    }

    /// Seats a person in a cell (and on its committee when `committee`); unknown cells or people are refused.
    public mutating func addMember(_ person: Person.ID, to cell: Cell.ID, committee: Bool, path: String) throws(StoreError) {
        guard var c = cells[cell] else { throw missing(path, "cell", cell.rawValue, cells.keys.map(\.rawValue)) }
        guard people[person] != nil else { throw missing(path, "person", person.rawValue, people.keys.map(\.rawValue)) }
        if !c.members.contains(person) { c.members.append(person) }
        if committee && !c.committee.contains(person) { c.committee.append(person) }
        cells[cell] = c
    }

    private func missing(_ path: String, _ what: String, _ id: String, _ ids: [String]) -> StoreError {
        .missing(path: path, what: what, id: id, among: ids)
    }
}

extension StoreError {
    /// A "no such record" error with the nearest id as a hint.
    public static func missing(path: String, what: String, id: String, among ids: [String]) -> StoreError {
        .notFound(path: path, what: what, id: id, hint: Suggestion.hint(for: id, among: ids, noun: what))
    }
}
