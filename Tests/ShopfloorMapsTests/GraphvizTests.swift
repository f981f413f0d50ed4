import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import Testing

@Suite("Graphviz in-process")
struct GraphvizTests {
    @Test("a syntax error carries Graphviz's own message, and the next render still works")
    func syntaxError() throws {
        let graphviz = try Graphviz.instance()
        #expect {
            _ = try graphviz.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
        } throws: { error in
            guard case GraphvizError.syntax(let message) = error else { return false }
            return message.contains("syntax error")
        }
        let svg = try graphviz.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("<svg"))
    }

    @Test("DOT output from Graphviz carries the layout positions")
    func layoutDOT() throws {
        let graphviz = try Graphviz.instance()
        let svg = try graphviz.render(dot: "graph { a -- b }", engine: .neato, format: .dot)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("pos="))
    }

    @Test("every layout engine renders a small graph", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let rendering = try Graphviz.instance().render(dot: "digraph { a -> b; b -> c; c -> a; a -> d }",
            engine: engine, format: .svg)
        #expect(try MapTestSupport.parseSVG(rendering.data).classes.filter { $0 == "node" }.count == 4)
    }

    @Test("concurrent renders are serialized and all succeed")
    func concurrent() async throws {
        let dot = DOTEncoder().encode(try DistrictMap.build(graph: SampleGraphs.district()))
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try Graphviz.instance().render(dot: dot, engine: .dot, format: .svg).data.count }
            }
            var sizes: Set<Int> = []
            for try await size in group { sizes.insert(size) }
            #expect(sizes.count == 1)
        }
    }

    @Test("500 renders of the plant map do not grow memory without bound")
    func leakLoop() throws {
        let count = Int(ProcessInfo.processInfo.environment["SHOPFLOOR_LEAK_RENDERS"] ?? "") ?? 500
        let dot = DOTEncoder().encode(try PlantMap.build(graph: SampleGraphs.plant(), workplace: "anadolu-oto"))
        let graphviz = try Graphviz.instance()
        var after50 = 0
        for i in 1...count {
            _ = try graphviz.render(dot: dot, engine: .dot, format: .svg)
            if i == min(50, count) { after50 = MapTestSupport.residentBytes() ?? 0 }
        }
        let end = MapTestSupport.residentBytes() ?? 0
        let growth = Double(end - after50) / 1_048_576
        print("leak loop: RSS after 50 renders \(after50 / 1024) KB, after \(count) \(end / 1024) KB, "
            + "growth \(String(format: "%.2f", growth)) MB")
        #expect(growth < 8, "RSS grew \(growth) MB between render 50 and render \(count)")
    }
}
