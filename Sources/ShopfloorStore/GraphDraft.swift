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
    /// The ties in order, while no tie has been looked up by key (an edit of a person or a cell never does):
    /// ten million ties at national scale are not hashed for an edit that does not touch them.
    private var tieList: [Tie] = []
    /// The ties by key, in order, once a bulk merge needed them (then ``tieList`` is empty).
    private var tieIndex: OrderedDictionary<TieKey, Tie>?
    /// Upserts so far (they scan the list until there are enough to pay for an index).
    private var scans = 0
    public private(set) var contacts: [Contact] = []
    private var loggedContacts: Set<Contact> = []

    /// Starts from an existing graph (a valid one: its ties are not deduplicated again).
    public init(_ graph: OrganizingGraph) {
        name = graph.name
        upsertRecords(of: graph)
        tieList = graph.ties.array
        contacts = graph.contacts
        loggedContacts = Set(graph.contacts)
    }

    /// Upserts the workplaces, places, people and cells of a graph by id.
    private mutating func upsertRecords(of graph: OrganizingGraph) {
        for w in graph.workplaces { workplaces[w.id] = w }
        for p in graph.places { places[p.id] = p }
        for p in graph.people { people[p.id] = p }
        for c in graph.cells { cells[c.id] = c }
    }

    /// The ties by key, built from the list on first need.
    private mutating func indexedTies() -> OrderedDictionary<TieKey, Tie> {
        if let tieIndex { return tieIndex }
        var index = OrderedDictionary<TieKey, Tie>(minimumCapacity: tieList.count)
        for tie in tieList { index[TieKey(tie)] = tie }
        tieList = []
        return index
    }

    /// Upserts every record of `graph` by id (ties by people and kind); contacts already logged are skipped.
    ///
    /// A graph is a snapshot: its people's assessments stand as written, so its contact log is not replayed
    /// onto them unless `applyContacts` says so.
    public mutating func merge(_ graph: OrganizingGraph, applyContacts: Bool = false) {
        if name.isEmpty { name = graph.name }
        upsertRecords(of: graph)
        var index = indexedTies()
        tieIndex = nil  // the one reference, so the loop below changes it in place
        for t in graph.ties { index[TieKey(t)] = t }
        tieIndex = index
        for c in graph.contacts { log(c, applyAssessment: applyContacts) }
    }

    /// Adds a tie or replaces the one of the same kind between the same two people.
    ///
    /// The first few upserts scan the list (one `tie add` on a national map: a tenth of a second); after that
    /// (a spreadsheet of ties) the ties are indexed by key once and every upsert is a lookup.
    public mutating func upsert(_ tie: Tie) {
        let key = TieKey(tie)
        scans += 1
        if tieIndex == nil, scans > 8 { tieIndex = indexedTies() }
        if tieIndex != nil {
            tieIndex?[key] = tie
        } else if let i = tieList.firstIndex(where: { TieKey($0) == key }) {
            tieList[i] = tie
        } else {
            tieList.append(tie)
        }
    }

    /// The tie of `kind` between two people, if any; after a few lookups the ties are indexed, as for upserts.
    public mutating func tie(_ a: Person.ID, _ b: Person.ID, kind: Tie.Kind) -> Tie? {
        let key = TieKey(Tie(a, b, kind: kind))
        scans += 1
        if tieIndex == nil, scans > 8 { tieIndex = indexedTies() }
        if let tieIndex { return tieIndex[key] }
        return tieList.first { TieKey($0) == key }
    }

    /// Removes the ties between two people (of one kind, or of every kind when `kind` is nil); returns how many.
    @discardableResult
    public mutating func removeTies(between a: Person.ID, and b: Person.ID, kind: Tie.Kind? = nil) -> Int {
        let (low, high) = (min(a, b), max(a, b))
        func matches(_ tie: Tie) -> Bool { min(tie.a, tie.b) == low && max(tie.a, tie.b) == high && (kind == nil || tie.kind == kind) }
        let before = tieCount
        if tieIndex != nil { tieIndex?.removeAll { matches($0.value) } } else { tieList.removeAll(where: matches) }
        return before - tieCount
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
        if tieIndex != nil { tieIndex?.removeAll { $0.value.a == id || $0.value.b == id } } else {
            tieList.removeAll { $0.a == id || $0.b == id }
        }
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
        let key = TieKey(Tie(a, b, kind: kind))
        return tieIndex.map { $0[key] != nil } ?? tieList.contains { TieKey($0) == key }
    }

    /// How many ties the draft holds.
    public var tieCount: Int { tieIndex?.count ?? tieList.count }

    /// The graph, in insertion order.
    public var graph: OrganizingGraph {
        OrganizingGraph(name: name, workplaces: Array(workplaces.values), people: Array(people.values),
            cells: Array(cells.values), places: Array(places.values), ties: tieIndex.map { Array($0.values) } ?? tieList,
            contacts: contacts)
    }
}
