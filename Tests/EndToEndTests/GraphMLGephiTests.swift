import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

@Suite("Gephi-ready GraphML, read back by networkx")
struct GraphMLGephiTests {
    /// Reads a GraphML file with networkx and prints, as JSON, the declared attributes with the Python types
    /// networkx gave them, node and edge counts by type, and each node's type, kind, affiliation, role, colour.
    static let script = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        def types(items):
            out = {}
            for _, d in items:
                for k, v in d.items():
                    out.setdefault(k, set()).add(type(v).__name__)
            return {k: sorted(v) for k, v in out.items()}
        node_types, edge_types = {}, {}
        for _, d in g.nodes(data=True):
            node_types[d["type"]] = node_types.get(d["type"], 0) + 1
        for _, _, d in g.edges(data=True):
            edge_types[d["type"]] = edge_types.get(d["type"], 0) + 1
        nodes = [{k: d.get(k) for k in ("type", "kind", "label", "affiliation", "role", "r", "g", "b")} for _, d in g.nodes(data=True)]
        contacts = [d for _, _, d in g.edges(data=True) if d["type"] == "contact"]
        print(json.dumps({"multigraph": g.is_multigraph(), "node_attributes": types(g.nodes(data=True)),
            "edge_attributes": types((None, d) for _, _, d in g.edges(data=True)), "nodes": node_types, "edges": edge_types,
            "node_list": nodes, "contact_dates": sorted(d["date"] for d in contacts),
            "weights": sorted(set(type(d["weight"]).__name__ for _, _, d in g.edges(data=True)))}))
        """

    @Test("places and cells are nodes with kinds, membership, frequenting and the contact log are edges, weights and colours as the maps, names hidden",
        .enabled(if: Tool.hasNetworkx, "needs python3 with networkx (apt install python3-networkx)"))
    func gephiReady() throws {
        let dir = try Scratch.folder()
        let w = dir + "/w.shopfloor", out = dir + "/g.graphml"
        #expect(try CLI.run(["init", w]).status == 0)
        #expect(try CLI.run(["import", w, Sample.automotivePlant.relativePath]).status == 0)
        let export = try CLI.run(["export", w, "--format", "graphml", "-o", out])
        #expect(export.status == 0, "\(export.stderr)")
        let result = try Subprocess.run(try #require(Tool.path("python3")), ["-c", Self.script, out])
        #expect(result.status == 0, "networkx: \(result.stderr)")
        print("networkx read \(out):\n" + result.stdout)
        let read = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let graph = try GraphFile.load(path: Sample.automotivePlant.path)

        let nodeAttributes = try #require(read["node_attributes"] as? [String: [String]])
        #expect(nodeAttributes["assessment"] == ["int"] && nodeAttributes["headcount"] == ["int"])
        #expect(nodeAttributes["union"] == ["bool"] && nodeAttributes["danger"] == ["bool"])
        #expect(nodeAttributes["r"] == ["int"] && nodeAttributes["g"] == ["int"] && nodeAttributes["b"] == ["int"])
        #expect(nodeAttributes["label"] == ["str"] && nodeAttributes["kind"] == ["str"])
        let edgeAttributes = try #require(read["edge_attributes"] as? [String: [String]])
        #expect(edgeAttributes["weight"] == ["float"] && edgeAttributes["strength"] == ["int"] && edgeAttributes["date"] == ["str"])

        let nodes = try #require(read["nodes"] as? [String: Int])
        #expect(nodes == ["person": graph.people.count, "workplace": graph.workplaces.count, "place": graph.places.count,
            "cell": graph.cells.count])
        let edges = try #require(read["edges"] as? [String: Int])
        #expect(edges["tie"] == graph.ties.count)
        #expect(edges["contact"] == graph.contacts.count)
        #expect(edges["member"] == graph.cells.reduce(0) { $0 + $1.members.count })
        #expect(edges["frequents"] == graph.people.reduce(0) { $0 + $1.frequents.count })
        #expect(edges["works-at"] == graph.people.filter { $0.workplace != nil }.count)
        #expect(read["contact_dates"] as? [String] == graph.contacts.map(\.date.description).sorted())
        #expect(read["weights"] as? [String] == ["float"])

        // Colours: the maps' palette, node by node.
        func rgb(_ colour: MapColor) -> [Int] { [Int(colour.red), Int(colour.green), Int(colour.blue)] }
        let standing = WorkplaceStanding.all(graph.workplaces, in: graph)
        let nodeList = try #require(read["node_list"] as? [[String: Any]])
        for node in nodeList {
            let colour = [node["r"], node["g"], node["b"]].compactMap { $0 as? Int }
            let expected: [Int]
            switch node["type"] as? String {
            case "person":
                let person = Person(id: "x", name: "", role: Role(rawValue: node["role"] as? String ?? "") ?? .worker,
                    affiliation: Affiliation(rawValue: node["affiliation"] as? String ?? "") ?? .nonParty)
                expected = rgb(MapPalette.fill(person))
                let label = node["label"] as? String ?? ""
                #expect(!label.hasPrefix("p-") && label.count >= 4 && label == label.uppercased(), "a person's label is an alias: \(label)")
            case "workplace":
                let w = try #require(graph.workplaces.first { $0.name == node["label"] as? String })
                expected = rgb(MapPalette.penetrationFill(try #require(standing[w.id]).penetration).fill)
            case "cell": expected = rgb(node["kind"] as? String == "street" ? MapPalette.streetCell : MapPalette.workplaceCell)
            default: expected = rgb(node["kind"] as? String == "gate" ? MapPalette.gate : MapPalette.place)
            }
            #expect(colour == expected, "\(node)")
        }
        // Redaction as elsewhere: no person's name is in the file.
        let text = try String(contentsOfFile: out, encoding: .utf8)
        for p in graph.people where !p.name.isEmpty { #expect(!text.contains(">\(p.name)<"), "\(p.name) leaked") }
    }
}
