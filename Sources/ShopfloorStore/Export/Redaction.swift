import Crypto
import Foundation
import ShopfloorModel

/// Replaces identities (people's ids, names, addresses and notes; workplace and contact notes) with stable
/// aliases, for everything that leaves the tool.
///
/// An alias is `p-` and eight base-32 characters of HMAC-SHA256(secret, id): the same person gets the same
/// alias in every export of one workspace, and without the workspace's secret the alias cannot be traced
/// back by guessing ids (which are often initials).
public struct Redaction: Sendable {
    private let keyBytes: [UInt8]

    /// A redaction keyed by a workspace's secret (or, for graph files, a fixed public key).
    public init(secret: String) {
        keyBytes = Array(SHA256.hash(data: Data(("shopfloor-alias:" + secret).utf8)))
    }

    /// The alias of a person id.
    public func alias(_ id: Person.ID) -> Person.ID {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.rawValue.utf8), using: SymmetricKey(data: keyBytes))
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        let chars = Array(mac).prefix(8).map { alphabet[Int($0) % alphabet.count] }
        return .init("p-" + String(chars))
    }

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
