import Collections
import ShopfloorModel

/// A graph being changed by an import or an edit: records keyed by id in insertion order, built once at the end.
///
/// ``OrganizingGraph`` reindexes on every insertion; a draft does not, so that importing a large spreadsheet
/// stays linear. Ties are keyed by their two people (in either order) and kind; contacts are kept once.
public struct GraphDraft: Sendable {
    /// The key of a tie: its two people, sorted, and its kind.
    struct TieKey: Hashable, Sendable {
        var low: Person.ID
        var high: Person.ID
        var kind: Tie.Kind

        init(_ tie: Tie) {
            low = min(tie.a, tie.b)
            high = max(tie.a, tie.b)
            kind = tie.kind
        }
    }

    public var name: String
    public var workplaces: OrderedDictionary<Workplace.ID, Workplace> = [:]
    public var places: OrderedDictionary<Place.ID, Place> = [:]
    public var people: OrderedDictionary<Person.ID, Person> = [:]
    public var cells: OrderedDictionary<Cell.ID, Cell> = [:]
    var ties: OrderedDictionary<TieKey, Tie> = [:]
    public private(set) var contacts: [Contact] = []
    private var loggedContacts: Set<Contact> = []

    /// Starts from an existing graph.
    public init(_ graph: OrganizingGraph) {
        name = graph.name
        merge(graph, applyContacts: false)
    }

    /// Upserts every record of `graph` by id (ties by people and kind); contacts already logged are skipped.
    ///
    /// A graph is a snapshot: its people's assessments stand as written, so its contact log is not replayed
    /// onto them unless `applyContacts` says so.
    public mutating func merge(_ graph: OrganizingGraph, applyContacts: Bool = false) {
        if name.isEmpty { name = graph.name }
        for w in graph.workplaces { workplaces[w.id] = w }
        for p in graph.places { places[p.id] = p }
        for p in graph.people { people[p.id] = p }
        for c in graph.cells { cells[c.id] = c }
        for t in graph.ties { upsert(t) }
        for c in graph.contacts { log(c, applyAssessment: applyContacts) }
    }

    /// Adds a tie or replaces the one of the same kind between the same two people.
    public mutating func upsert(_ tie: Tie) { ties[TieKey(tie)] = tie }

    /// Removes the ties between two people (of one kind, or of every kind when `kind` is nil); returns how many.
    @discardableResult
    public mutating func removeTies(between a: Person.ID, and b: Person.ID, kind: Tie.Kind? = nil) -> Int {
        let before = ties.count
        ties.removeAll { $0.key.low == min(a, b) && $0.key.high == max(a, b) && (kind == nil || $0.key.kind == kind) }
        return before - ties.count
    }

    /// Logs a contact once (an identical entry is not added twice) and applies its assessment to the person met.
    ///
    /// Returns whether the entry was new.
    @discardableResult
    public mutating func log(_ contact: Contact, applyAssessment: Bool = true) -> Bool {
        guard loggedContacts.insert(contact).inserted else { return false }
        contacts.append(contact)
        if applyAssessment, let assessment = contact.assessment { people[contact.with]?.assessment = assessment }
        return true
    }

    /// Removes a person with their ties, cell seats and contact-log entries; returns the entries removed.
    @discardableResult
    public mutating func removePerson(_ id: Person.ID) -> Int {
        people[id] = nil
        ties.removeAll { $0.value.a == id || $0.value.b == id }
        for key in cells.keys {
            cells[key]?.members.removeAll { $0 == id }
            cells[key]?.committee.removeAll { $0 == id }
        }
        let before = contacts.count
        contacts.removeAll { $0.by == id || $0.with == id }
        loggedContacts = Set(contacts)
        return before - contacts.count
    }

    /// Whether a tie of `kind` joins `a` and `b`.
    public func hasTie(_ a: Person.ID, _ b: Person.ID, kind: Tie.Kind) -> Bool {
        ties[TieKey(Tie(a, b, kind: kind))] != nil
    }

    /// The graph, in insertion order.
    public var graph: OrganizingGraph {
        OrganizingGraph(name: name, workplaces: Array(workplaces.values), people: Array(people.values),
            cells: Array(cells.values), places: Array(places.values), ties: Array(ties.values), contacts: contacts)
    }
}
