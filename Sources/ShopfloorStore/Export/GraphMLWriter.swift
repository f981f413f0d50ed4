import Foundation
import ShopfloorFormats
import ShopfloorModel

/// Writes a graph as GraphML for Gephi, networkx, yEd and igraph: people, workplaces, places and cells as
/// nodes; ties, work, cell membership, frequenting, homes, gates and the contact log as edges; every attribute
/// declared with its type.
///
/// Gephi reads `label`, the edge `weight` and node colours from the `r`, `g`, `b` attributes; the colours
/// come from a ``Palette`` (the CLI passes the maps' palette, so a node has the colour the maps give it). The
/// contact log's edges carry their `date` (ISO 8601) and run from the organizer to the person met. The graph
/// is written as given: redact it first (``Redaction``) for anything that leaves the tool.
public enum GraphMLWriter {
    /// A colour as Gephi reads it.
    public struct RGB: Sendable, Hashable {
        public var r: UInt8, g: UInt8, b: UInt8

        public init(r: UInt8, g: UInt8, b: UInt8) {
            self.r = r
            self.g = g
            self.b = b
        }
    }

    /// The colour of each kind of node.
    public struct Palette: Sendable {
        public var person: @Sendable (Person) -> RGB?
        public var workplace: @Sendable (Workplace) -> RGB?
        public var place: @Sendable (Place) -> RGB?
        public var cell: @Sendable (Cell) -> RGB?

        public init(person: @escaping @Sendable (Person) -> RGB?, workplace: @escaping @Sendable (Workplace) -> RGB?,
            place: @escaping @Sendable (Place) -> RGB?, cell: @escaping @Sendable (Cell) -> RGB?) {
            self.person = person
            self.workplace = workplace
            self.place = place
            self.cell = cell
        }

        /// No colours.
        public static let none = Palette(person: { _ in nil }, workplace: { _ in nil }, place: { _ in nil }, cell: { _ in nil })
    }

    /// An attribute key: its GraphML id, name and type.
    struct Key {
        var id: String, name: String, type: String
    }

    static let nodeKeys: [Key] = [
        .init(id: "type", name: "type", type: "string"), .init(id: "label", name: "label", type: "string"),
        .init(id: "kind", name: "kind", type: "string"), .init(id: "workplace", name: "workplace", type: "string"),
        .init(id: "shop", name: "shop", type: "string"), .init(id: "shift", name: "shift", type: "string"),
        .init(id: "role", name: "role", type: "string"), .init(id: "affiliation", name: "affiliation", type: "string"),
        .init(id: "assessment", name: "assessment", type: "int"), .init(id: "union", name: "union", type: "boolean"),
        .init(id: "danger", name: "danger", type: "boolean"), .init(id: "cells", name: "cells", type: "string"),
        .init(id: "sector", name: "sector", type: "string"), .init(id: "headcount", name: "headcount", type: "int"),
        .init(id: "district", name: "district", type: "string"), .init(id: "members", name: "members", type: "int"),
        .init(id: "r", name: "r", type: "int"), .init(id: "g", name: "g", type: "int"), .init(id: "b", name: "b", type: "int"),
    ]
    static let edgeKeys: [Key] = [
        .init(id: "e_type", name: "type", type: "string"), .init(id: "e_label", name: "label", type: "string"),
        .init(id: "e_kind", name: "kind", type: "string"), .init(id: "e_strength", name: "strength", type: "int"),
        .init(id: "e_weight", name: "weight", type: "double"), .init(id: "e_date", name: "date", type: "string"),
        .init(id: "e_outcome", name: "outcome", type: "string"), .init(id: "e_place", name: "place", type: "string"),
    ]

    /// The GraphML document of a graph.
    public static func text(of graph: OrganizingGraph, palette: Palette = .none) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"\(escape(graph.name.isEmpty ? "shopfloor" : graph.name))\" edgedefault=\"undirected\">\n"
        var nodes = Set<String>()
        func node(_ id: String, _ values: [(String, String)], _ colour: RGB?) {
            nodes.insert(id)
            let rgb = colour.map { [("r", String($0.r)), ("g", String($0.g)), ("b", String($0.b))] } ?? []
            out += "    <node id=\"\(escape(id))\">" + (values + rgb).filter { !$0.1.isEmpty }.map { data($0.0, $0.1) }.joined() + "</node>\n"
        }
        for w in graph.workplaces {
            node("w:\(w.id)", [("type", "workplace"), ("label", w.name), ("kind", w.kind.rawValue), ("sector", w.sector),
                ("headcount", String(w.headcount)), ("district", w.district ?? "")], palette.workplace(w))
        }
        for p in graph.places {
            node("pl:\(p.id)", [("type", "place"), ("label", p.name), ("kind", p.kind.rawValue), ("district", p.district ?? ""),
                ("workplace", p.workplace?.rawValue ?? "")], palette.place(p))
        }
        for c in graph.cells {
            node("c:\(c.id)", [("type", "cell"), ("label", c.name ?? c.id.rawValue), ("kind", c.kind.rawValue),
                ("workplace", c.workplace?.rawValue ?? ""), ("members", String(c.members.count))], palette.cell(c))
        }
        var cellsOf: [Person.ID: [String]] = [:]
        for c in graph.cells { for m in c.members { cellsOf[m, default: []].append(c.id.rawValue) } }
        for p in graph.people {
            node("p:\(p.id)", [("type", "person"), ("label", p.name.isEmpty ? p.id.rawValue : p.name),
                ("workplace", p.workplace?.rawValue ?? ""), ("shop", p.shop?.rawValue ?? ""),
                ("shift", p.shift?.rawValue ?? ""), ("role", p.role.rawValue), ("affiliation", p.affiliation.rawValue),
                ("assessment", String(p.assessment.rawValue)), ("union", p.unionMember ? "true" : "false"),
                ("danger", p.isDanger ? "true" : "false"), ("cells", (cellsOf[p.id] ?? []).joined(separator: " "))],
                palette.person(p))
        }
        var count = 0
        func edge(_ source: String, _ target: String, _ values: [(String, String)]) {
            // A scoped graph is closed under references; an edge to a node it does not hold is left out.
            guard nodes.contains(source), nodes.contains(target) else { return }
            out += "    <edge id=\"e\(count)\" source=\"\(escape(source))\" target=\"\(escape(target))\">"
                + values.filter { !$0.1.isEmpty }.map { data("e_" + $0.0, $0.1) }.joined() + "</edge>\n"
            count += 1
        }
        for t in graph.ties {
            edge("p:\(t.a)", "p:\(t.b)", [("type", "tie"), ("label", t.kind.rawValue), ("kind", t.kind.rawValue),
                ("strength", String(t.strength)), ("weight", String(t.strength))])
        }
        for p in graph.people {
            if let w = p.workplace { edge("p:\(p.id)", "w:\(w)", [("type", "works-at"), ("label", "works at"), ("weight", "1")]) }
            if let h = p.home { edge("p:\(p.id)", "pl:\(h)", [("type", "lives-in"), ("label", "lives in"), ("weight", "1")]) }
            for f in p.frequents { edge("p:\(p.id)", "pl:\(f)", [("type", "frequents"), ("label", "frequents"), ("weight", "1")]) }
        }
        for c in graph.cells {
            let committee = Set(c.committee)
            for m in c.members {
                let role = committee.contains(m) ? "committee" : "member"
                edge("p:\(m)", "c:\(c.id)", [("type", "member"), ("label", role), ("kind", role), ("weight", "1")])
            }
            if let w = c.workplace { edge("c:\(c.id)", "w:\(w)", [("type", "cell-of"), ("label", "cell of"), ("weight", "1")]) }
            if let n = c.neighbourhood { edge("c:\(c.id)", "pl:\(n)", [("type", "based-in"), ("label", "based in"), ("weight", "1")]) }
            for t in c.targets { edge("c:\(c.id)", "w:\(t)", [("type", "targets"), ("label", "reaches into"), ("weight", "1")]) }
        }
        for p in graph.places {
            if let w = p.workplace { edge("pl:\(p.id)", "w:\(w)", [("type", "gate-of"), ("label", "\(p.kind.rawValue) of"), ("weight", "1")]) }
            if let n = p.neighbourhood { edge("pl:\(p.id)", "pl:\(n)", [("type", "in"), ("label", "in"), ("weight", "1")]) }
        }
        for w in graph.workplaces {
            if let n = w.neighbourhood { edge("w:\(w.id)", "pl:\(n)", [("type", "in"), ("label", "in"), ("weight", "1")]) }
        }
        for c in graph.contacts {
            edge("p:\(c.by)", "p:\(c.with)", [("type", "contact"), ("label", "\(c.date) \(c.channel.rawValue)"),
                ("kind", c.channel.rawValue), ("date", c.date.description), ("outcome", c.outcome.rawValue),
                ("place", c.place?.rawValue ?? ""), ("weight", "1")])
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func data(_ key: String, _ value: String) -> String { "<data key=\"\(key)\">\(escape(value))</data>" }

    /// XML text and attribute escaping by the one rule of ``Escaping``; a line break stays one (`&#10;`).
    static func escape(_ s: String) -> String { Escaping.markup(s, lineBreak: "&#10;") }
}
