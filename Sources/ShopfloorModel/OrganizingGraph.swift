/// The whole organizing graph: workplaces with their shops and shifts, people, cells, places, ties and the
/// contact log, with lookups by id.
///
/// It is a value: build it, validate it with ``violations()``, then hand it to planners, maps and stores.
/// Lookups are built once in the initializer; when ids repeat (an invalid graph) the first one wins.
public struct OrganizingGraph: Sendable {
    public var name: String
    public private(set) var workplaces: [Workplace]
    public private(set) var people: [Person]
    public private(set) var cells: [Cell]
    public private(set) var places: [Place]
    public private(set) var ties: TieList
    public private(set) var contacts: [Contact]
    /// The positions in ``people`` of every tie's two people, `[a0, b0, a1, b1, …]` (-1 for an id nobody has),
    /// when the reader that built the graph resolved them already (a workspace's tables: ten million lookups at
    /// national scale, made once); nil otherwise, and after an edit that adds or removes ties or people.
    public private(set) var tieEnds: [Int32]?

    private var workplaceIndex: [Workplace.ID: Int] = [:]
    private var personIndex = PositionTable([])
    private var cellIndex: [Cell.ID: Int] = [:]
    private var placeIndex: [Place.ID: Int] = [:]
    private var shopOwner: [Shop.ID: (workplace: Int, shop: Int)] = [:]
    private var shiftOwner: [Shift.ID: (workplace: Int, shift: Int)] = [:]

    /// Builds a graph and its lookups.
    ///
    /// `tieEnds`, when a reader has them, are the positions in `people` of each tie's two people (the first
    /// person with the id, -1 when nobody has it), two per tie; ends of another count are ignored.
    public init(
        name: String = "", workplaces: [Workplace] = [], people: [Person] = [], cells: [Cell] = [],
        places: [Place] = [], ties: [Tie] = [], contacts: [Contact] = [], tieEnds: [Int32]? = nil
    ) {
        self.init(name: name, workplaces: workplaces, people: people, cells: cells, places: places, tieList: TieList(ties),
            contacts: contacts, tieEnds: tieEnds)
    }

    /// Builds a graph of the ties of a ``TieList`` (a workspace's compact ties) and its lookups; see
    /// ``init(name:workplaces:people:cells:places:ties:contacts:tieEnds:)``. A `personIndex` built from these
    /// very people (a reader builds it on another core meanwhile) is taken instead of building one.
    public init(
        name: String = "", workplaces: [Workplace] = [], people: [Person] = [], cells: [Cell] = [],
        places: [Place] = [], tieList ties: TieList, contacts: [Contact] = [], tieEnds: [Int32]? = nil,
        personIndex: PersonIndex? = nil
    ) {
        self.name = name
        self.workplaces = workplaces
        self.people = people
        self.cells = cells
        self.places = places
        self.ties = ties
        self.contacts = contacts
        self.tieEnds = tieEnds?.count == 2 * ties.count && tieEnds?.allWithin(-1, Int32(clamping: people.count)) == true
            ? tieEnds : nil
        reindex(personIndex: personIndex)
    }

    private mutating func reindex(personIndex built: PersonIndex? = nil) {
        workplaceIndex = Self.firstIndex(workplaces.map(\.id))
        if let built, built.indexes(people) { personIndex = built.table } else { personIndex = PositionTable(people.map { $0.id.rawValue }) }
        cellIndex = Self.firstIndex(cells.map(\.id))
        placeIndex = Self.firstIndex(places.map(\.id))
        shopOwner = [:]
        shiftOwner = [:]
        for (w, workplace) in workplaces.enumerated() {
            for (s, shop) in workplace.shops.enumerated() where shopOwner[shop.id] == nil {
                shopOwner[shop.id] = (w, s)
            }
            for (s, shift) in workplace.shifts.enumerated() where shiftOwner[shift.id] == nil {
                shiftOwner[shift.id] = (w, s)
            }
        }
    }

    private static func firstIndex<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        var index: [ID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }

    // MARK: Lookups

    public func workplace(_ id: Workplace.ID) -> Workplace? { workplaceIndex[id].map { workplaces[$0] } }
    public func person(_ id: Person.ID) -> Person? { personIndex.position(of: id.rawValue).map { people[$0] } }
    public func cell(_ id: Cell.ID) -> Cell? { cellIndex[id].map { cells[$0] } }
    public func place(_ id: Place.ID) -> Place? { placeIndex[id].map { places[$0] } }

    /// The position of a person in ``people``, for dense indexes.
    public func index(of id: Person.ID) -> Int? { personIndex.position(of: id.rawValue) }
    /// The position of a workplace in ``workplaces``.
    public func index(of id: Workplace.ID) -> Int? { workplaceIndex[id] }
    /// The position of a place in ``places``.
    public func index(of id: Place.ID) -> Int? { placeIndex[id] }
    /// The position of a cell in ``cells``.
    public func index(of id: Cell.ID) -> Int? { cellIndex[id] }

    /// A shop and the workplace it belongs to.
    public func shop(_ id: Shop.ID) -> (shop: Shop, workplace: Workplace)? {
        shopOwner[id].map { (workplaces[$0.workplace].shops[$0.shop], workplaces[$0.workplace]) }
    }

    /// A shift and the workplace it belongs to.
    public func shift(_ id: Shift.ID) -> (shift: Shift, workplace: Workplace)? {
        shiftOwner[id].map { (workplaces[$0.workplace].shifts[$0.shift], workplaces[$0.workplace]) }
    }

    /// The gates of a workplace (places of kind gate that name it), in file order.
    public func gates(of workplace: Workplace.ID) -> [Place] {
        places.filter { $0.kind == .gate && $0.workplace == workplace }
    }

    /// The people who work at a workplace, in file order.
    public func people(at workplace: Workplace.ID) -> [Person] {
        people.filter { $0.workplace == workplace }
    }

    /// The workplace cells of a workplace.
    public func cells(at workplace: Workplace.ID) -> [Cell] {
        cells.filter { $0.kind == .workplace && $0.workplace == workplace }
    }

    /// The cells a person belongs to.
    public func cells(of person: Person.ID) -> [Cell] {
        cells.filter { $0.members.contains(person) }
    }

    // MARK: Edits

    /// Adds or replaces a person (matched by id).
    public mutating func upsert(_ person: Person) {
        if let i = personIndex.position(of: person.id.rawValue) { people[i] = person } else { people.append(person); reindex() }
    }

    /// Adds or replaces a workplace (matched by id).
    public mutating func upsert(_ workplace: Workplace) {
        if let i = workplaceIndex[workplace.id] { workplaces[i] = workplace } else { workplaces.append(workplace) }
        reindex()
    }

    /// Adds or replaces a cell (matched by id).
    public mutating func upsert(_ cell: Cell) {
        if let i = cellIndex[cell.id] { cells[i] = cell } else { cells.append(cell); reindex() }
    }

    /// Adds or replaces a place (matched by id).
    public mutating func upsert(_ place: Place) {
        if let i = placeIndex[place.id] { places[i] = place } else { places.append(place); reindex() }
    }

    /// Adds a tie, replacing one between the same two people.
    public mutating func upsert(_ tie: Tie) {
        tieEnds = nil
        var values = ties.array
        if let i = values.firstIndex(where: { Set([$0.a, $0.b]) == Set([tie.a, tie.b]) }) {
            values[i] = tie
        } else {
            values.append(tie)
        }
        ties = TieList(values)
    }

    /// Appends an entry to the contact log and applies its new assessment to the person contacted.
    public mutating func log(_ contact: Contact) {
        contacts.append(contact)
        if let assessment = contact.assessment, let i = personIndex.position(of: contact.with.rawValue) {
            people[i].assessment = assessment
        }
    }

    /// Removes a person and everything that names them (ties, cell seats, log entries stay as history).
    public mutating func removePerson(_ id: Person.ID) {
        tieEnds = nil
        people.removeAll { $0.id == id }
        ties = TieList(ties.filter { $0.a != id && $0.b != id })
        for i in cells.indices {
            cells[i].members.removeAll { $0 == id }
            cells[i].committee.removeAll { $0 == id }
        }
        reindex()
    }
}
