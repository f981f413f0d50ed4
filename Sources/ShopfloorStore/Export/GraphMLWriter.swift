import Foundation
import ShopfloorModel

/// Writes a graph as GraphML (read by Gephi, networkx, yEd, igraph): people and workplaces as nodes, ties and
/// "works at" links as edges, with typed attributes.
public enum GraphMLWriter {
    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("type", "type", "string"), ("label", "label", "string"), ("workplace", "workplace", "string"),
        ("shop", "shop", "string"), ("shift", "shift", "string"), ("role", "role", "string"),
        ("affiliation", "affiliation", "string"), ("assessment", "assessment", "int"), ("union", "union", "boolean"),
        ("kind", "kind", "string"), ("sector", "sector", "string"), ("headcount", "headcount", "int"),
        ("district", "district", "string"), ("cells", "cells", "string"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("e_type", "type", "string"), ("e_kind", "kind", "string"), ("e_strength", "strength", "int"),
    ]

    /// The GraphML document of a graph.
    public static func text(of graph: OrganizingGraph) -> String {
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
        for w in graph.workplaces {
            out += node("w:\(w.id)", [("type", "workplace"), ("label", w.name), ("kind", w.kind.rawValue),
                ("sector", w.sector), ("headcount", String(w.headcount)), ("district", w.district ?? "")])
        }
        var cellsOf: [Person.ID: [String]] = [:]
        for c in graph.cells { for m in c.members { cellsOf[m, default: []].append(c.id.rawValue) } }
        for p in graph.people {
            out += node("p:\(p.id)", [("type", "person"), ("label", p.name.isEmpty ? p.id.rawValue : p.name),
                ("workplace", p.workplace?.rawValue ?? ""), ("shop", p.shop?.rawValue ?? ""),
                ("shift", p.shift?.rawValue ?? ""), ("role", p.role.rawValue), ("affiliation", p.affiliation.rawValue),
                ("assessment", String(p.assessment.rawValue)), ("union", p.unionMember ? "true" : "false"),
                ("cells", (cellsOf[p.id] ?? []).joined(separator: " "))])
        }
        var edge = 0
        for t in graph.ties {
            out += "    <edge id=\"e\(edge)\" source=\"\(escape("p:\(t.a)"))\" target=\"\(escape("p:\(t.b)"))\">"
                + data("e_type", "tie") + data("e_kind", t.kind.rawValue) + data("e_strength", String(t.strength)) + "</edge>\n"
            edge += 1
        }
        for p in graph.people {
            guard let w = p.workplace else { continue }
            out += "    <edge id=\"e\(edge)\" source=\"\(escape("p:\(p.id)"))\" target=\"\(escape("w:\(w)"))\">"
                + data("e_type", "works-at") + "</edge>\n"
            edge += 1
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func node(_ id: String, _ values: [(String, String)]) -> String {
        "    <node id=\"\(escape(id))\">" + values.filter { !$0.1.isEmpty }.map { data($0.0, $0.1) }.joined() + "</node>\n"
    }

    private static func data(_ key: String, _ value: String) -> String { "<data key=\"\(key)\">\(escape(value))</data>" }

    /// XML text and attribute escaping (see ``XMLEscape``).
    static func escape(_ s: String) -> String { XMLEscape.text(s) }
}
