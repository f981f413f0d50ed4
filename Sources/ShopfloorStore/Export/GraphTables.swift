import ShopfloorModel

/// A graph as the tables that `shopfloor import` reads: the sheets of an exported workbook and the files of
/// an exported CSV folder, in import order, with typed cells (numbers, dates, times, yes/no).
public enum GraphTables {
    /// One table: its name (the CSV file's stem and the workbook sheet's name), header and rows.
    public struct Table: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[SheetCell]]
    }

    /// The tables of a graph: places, workplaces, shops, shifts, people, cells, ties, contacts.
    public static func tables(of g: OrganizingGraph) -> [Table] {
        func text(_ s: String?) -> SheetCell { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        func list(_ items: [String]) -> SheetCell { text(items.joined(separator: ", ")) }
        func number(_ n: Int) -> SheetCell { .number(Double(n)) }
        func degrees(_ d: Double?) -> SheetCell { d.map(SheetCell.number) ?? .empty }
        func time(_ t: TimeOfDay) -> SheetCell { .time(days: Double(t.minutes) / 1440) }
        var out: [Table] = []
        out.append(Table(name: "places", header: ["id", "kind", "name", "neighbourhood", "workplace", "district", "latitude", "longitude"],
            rows: g.places.map { [text($0.id.rawValue), text($0.kind.rawValue), text($0.name), text($0.neighbourhood?.rawValue),
                text($0.workplace?.rawValue), text($0.district), degrees($0.location?.latitude), degrees($0.location?.longitude)] }))
        out.append(Table(name: "workplaces", header: ["id", "name", "kind", "sector", "employer", "headcount", "district",
            "neighbourhood", "union", "union name", "latitude", "longitude", "notes"], rows: g.workplaces.map {
                [text($0.id.rawValue), text($0.name), text($0.kind.rawValue), text($0.sector), text($0.employer), number($0.headcount),
                    text($0.district), text($0.neighbourhood?.rawValue), text($0.union?.character.rawValue), text($0.union?.name),
                    degrees($0.location?.latitude), degrees($0.location?.longitude), text($0.notes)]
            }))
        out.append(Table(name: "shops", header: ["workplace", "id", "name", "headcount"], rows: g.workplaces.flatMap { w in
            w.shops.map { [text(w.id.rawValue), text($0.id.rawValue), text($0.name), number($0.headcount)] }
        }))
        out.append(Table(name: "shifts", header: ["workplace", "id", "name", "start", "end", "gate", "days"], rows: g.workplaces.flatMap { w in
            w.shifts.map { [text(w.id.rawValue), text($0.id.rawValue), text($0.name), time($0.start), time($0.end),
                text($0.gate?.rawValue), list($0.days.map(\.rawValue))] }
        }))
        out.append(Table(name: "people", header: ["id", "name", "workplace", "shop", "shift", "home", "address", "role",
            "affiliation", "assessment", "union", "frequents", "tags", "notes"], rows: g.people.map {
                [text($0.id.rawValue), text($0.name), text($0.workplace?.rawValue), text($0.shop?.rawValue), text($0.shift?.rawValue),
                    text($0.home?.rawValue), text($0.address), text($0.role.rawValue), text($0.affiliation.rawValue),
                    number($0.assessment.rawValue), .boolean($0.unionMember), list($0.frequents.map(\.rawValue)), list($0.tags),
                    text($0.notes)]
            }))
        out.append(Table(name: "cells", header: ["id", "kind", "name", "workplace", "neighbourhood", "targets", "members", "committee"],
            rows: g.cells.map { [text($0.id.rawValue), text($0.kind.rawValue), text($0.name), text($0.workplace?.rawValue),
                text($0.neighbourhood?.rawValue), list($0.targets.map(\.rawValue)), list($0.members.map(\.rawValue)),
                list($0.committee.map(\.rawValue))] }))
        out.append(Table(name: "ties", header: ["a", "b", "kind", "strength"],
            rows: g.ties.map { [text($0.a.rawValue), text($0.b.rawValue), text($0.kind.rawValue), number($0.strength)] }))
        out.append(Table(name: "contacts", header: ["date", "by", "with", "channel", "place", "outcome", "assessment", "notes"],
            rows: g.contacts.map { [.date($0.date), text($0.by.rawValue), text($0.with.rawValue), text($0.channel.rawValue),
                text($0.place?.rawValue), text($0.outcome.rawValue), $0.assessment.map { number($0.rawValue) } ?? .empty, text($0.notes)] }))
        return out
    }
}
