import ShopfloorModel

extension Directory {
    /// One person in a list: ids, alias and standing; the name only when revealed.
    public struct PersonRow: Codable, Sendable, Hashable {
        public var id: String
        public var alias: String
        /// The name; nil unless names are revealed.
        public var name: String?
        public var workplace: String?
        public var shop: String?
        public var shift: String?
        public var role: String
        public var affiliation: String
        public var assessment: Int
        public var cells: [String]
        public var ties: Int
        public var contacts: Int
        public var lastContact: String?
    }

    /// One workplace in a list, with its mapped people and members.
    public struct WorkplaceRow: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: String
        public var sector: String
        public var district: String?
        public var headcount: Int
        public var mapped: Int
        public var members: Int
        public var shops: Int
        public var shifts: Int
        public var cells: [String]
    }

    /// One cell in a list.
    public struct CellRow: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String
        public var name: String?
        public var workplace: String?
        public var neighbourhood: String?
        public var targets: [String]
        public var members: Int
        public var committee: Int
        public var lastContact: String?
    }

    /// One place in a list.
    public struct PlaceRow: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String
        public var name: String
        public var workplace: String?
        public var district: String?
        public var neighbourhood: String?
    }

    /// The row of a person.
    public func row(_ p: Person) -> PersonRow {
        PersonRow(id: p.id.rawValue, alias: alias(p.id), name: revealNames ? p.name : nil,
            workplace: p.workplace?.rawValue, shop: p.shop?.rawValue, shift: p.shift?.rawValue, role: p.role.rawValue,
            affiliation: p.affiliation.rawValue, assessment: p.assessment.rawValue,
            cells: (cellsOf[p.id] ?? []).map { graph.cells[$0].id.rawValue }, ties: tiesOf[p.id]?.count ?? 0,
            contacts: contactsWith[p.id]?.count ?? 0, lastContact: lastContact(p.id)?.description)
    }

    /// The row of a workplace.
    public func row(_ w: Workplace) -> WorkplaceRow {
        let i = graph.index(of: w.id)
        return WorkplaceRow(id: w.id.rawValue, name: w.name, kind: w.kind.rawValue, sector: w.sector,
            district: w.district, headcount: w.headcount, mapped: i.map { workplaceCounts.mapped[$0] } ?? 0,
            members: i.map { workplaceCounts.members[$0] } ?? 0, shops: w.shops.count, shifts: w.shifts.count,
            cells: (i.map { workplaceCounts.cells[$0] } ?? []).map { graph.cells[$0].id.rawValue })
    }

    /// The row of a cell.
    public func row(_ c: Cell) -> CellRow {
        let last = c.members.compactMap { id in contactsBy[id]?.map { graph.contacts[$0].date }.max() }.max()
        return CellRow(id: c.id.rawValue, kind: c.kind.rawValue, name: c.name, workplace: c.workplace?.rawValue,
            neighbourhood: c.neighbourhood?.rawValue, targets: c.targets.map(\.rawValue), members: c.members.count,
            committee: c.committee.count, lastContact: last?.description)
    }

    /// The row of a place.
    public func row(_ p: Place) -> PlaceRow {
        PlaceRow(id: p.id.rawValue, kind: p.kind.rawValue, name: p.name, workplace: p.workplace?.rawValue,
            district: p.district, neighbourhood: p.neighbourhood?.rawValue)
    }
}
