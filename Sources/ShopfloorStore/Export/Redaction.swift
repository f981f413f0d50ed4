import ShopfloorModel

/// Replaces identities (people's ids, names, addresses and notes; workplace and contact notes) with their
/// aliases, for everything that leaves the tool.
///
/// A person's id and name become their alias from ``PersonAliases`` (the one keyed scheme of maps, plans,
/// calendars and findings), so the same person has the same alias in the export, the map and the plan of one
/// source, and without the source's secret an alias cannot be traced back by guessing ids.
public struct Redaction: Sendable {
    private let aliases: PersonAliases

    /// A redaction with the aliases of the whole source (a scoped export keeps the aliases of the whole).
    public init(aliases: PersonAliases) {
        self.aliases = aliases
    }

    /// The alias of a person id.
    public func alias(_ id: Person.ID) -> Person.ID { Person.ID(aliases.alias(id)) }

    /// The graph with every identity replaced by its alias, except the people in `keeping` (a cell's own
    /// members in its bundle keep their ids and names; contact notes between two of them stay).
    public func apply(to graph: OrganizingGraph, keeping: Set<Person.ID> = []) -> OrganizingGraph {
        func map(_ id: Person.ID) -> Person.ID { keeping.contains(id) ? id : alias(id) }
        let people = graph.people.map { p -> Person in
            guard !keeping.contains(p.id) else { return p }
            var q = p
            q.id = alias(p.id)
            q.name = q.id.rawValue
            q.address = nil
            q.notes = nil
            return q
        }
        let workplaces = graph.workplaces.map { w -> Workplace in
            var v = w
            v.notes = nil
            return v
        }
        let cells = graph.cells.map { c -> Cell in
            var d = c
            d.members = c.members.map(map)
            d.committee = c.committee.map(map)
            return d
        }
        let ties = graph.ties.map { Tie(map($0.a), map($0.b), kind: $0.kind, strength: $0.strength) }
        let contacts = graph.contacts.map { c -> Contact in
            var d = c
            d.by = map(c.by)
            d.with = map(c.with)
            if !keeping.contains(c.by) || !keeping.contains(c.with) { d.notes = nil }
            return d
        }
        return OrganizingGraph(name: graph.name, workplaces: workplaces, people: people, cells: cells,
            places: graph.places, ties: ties, contacts: contacts)
    }
}
