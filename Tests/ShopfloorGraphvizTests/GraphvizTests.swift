import Foundation
import ShopfloorGraphviz
import ShopfloorTestSupport
import Testing

@Suite("Graphviz in-process")
struct GraphvizTests {
    /// Clusters, HTML-like tables and edges between clusters: the constructs the maps use.
    static let clusteredDOT: String = {
        var dot = "digraph { node [shape=plain];\n"
        for c in 0..<4 {
            dot += "  subgraph cluster_\(c) { label=\"group \(c)\";\n"
            for n in 0..<8 { dot += "    n\(c)_\(n) [label=<<TABLE><TR><TD><B>\(c).\(n)</B></TD><TD>row</TD></TR></TABLE>>];\n" }
            dot += "  }\n"
        }
        for c in 0..<3 { dot += "  n\(c)_0 -> n\(c + 1)_7 [label=\"step \(c)\"];\n" }
        return dot + "}\n"
    }()

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

    @Test("the version compiled against is known, and a render's length is the whole output (the C shim)")
    func versionAndLength() throws {
        #expect(Graphviz.version.split(separator: ".").count >= 2, "\(Graphviz.version)")
        let dot = try Graphviz.instance().render(dot: "digraph { a -> b }", engine: .dot, format: .dot).data
        let text = String(decoding: dot, as: UTF8.self)
        #expect(text.hasPrefix("digraph {") && text.hasSuffix("}\n"), "\(text)")
        #expect(!dot.contains(0))
    }

    @Test("Graphviz errors name no command-line flag")
    func noFlags() {
        let errors: [GraphvizError] = [.contextUnavailable, .syntax(message: "x"), .layoutFailed(engine: "dot", message: "x"),
            .renderFailed(format: "png", message: "x")]
        for error in errors { #expect(!error.description.contains("--"), "\(error)") }
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
        #expect(try SVGContents(rendering.data).classes.filter { $0 == "node" }.count == 4)
    }

    @Test("concurrent renders are serialized and all succeed")
    func concurrent() async throws {
        let dot = Self.clusteredDOT
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask { Array(try Graphviz.instance().render(dot: dot, engine: .dot, format: .svg).data) }
            }
            var outputs: Set<[UInt8]> = []
            for try await output in group { outputs.insert(output) }
            #expect(outputs.count == 1, "the same DOT rendered \(outputs.count) different ways")
        }
    }

    @Test("bold and italic asked for by font face come out as weight and style in SVG")
    func faces() throws {
        let dot = """
            digraph { a [shape=plain, label=<<TABLE><TR><TD><FONT FACE="DejaVu Sans Bold">bold</FONT></TD></TR>\
            <TR><TD><FONT FACE="DejaVu Sans Bold Italic">both</FONT></TD></TR><TR><TD>plain</TD></TR></TABLE>>] }
            """
        let svg = String(decoding: try Graphviz.instance().render(dot: dot, engine: .dot, format: .svg).data, as: UTF8.self)
        #expect(!svg.contains("Sans Bold"))
        #expect(svg.contains("font-family=\"DejaVu Sans\" font-weight=\"bold\" font-size=\"14.00\">bold<"))
        #expect(svg.contains("font-family=\"DejaVu Sans\" font-weight=\"bold\" font-style=\"italic\" font-size=\"14.00\">both<"))
        _ = try SVGContents(Array(svg.utf8))
    }

    /// Names read by Shopfloor's reader are cgraph's interned strings: written back as DOT, an HTML-like name
    /// stays HTML and a plain one plain (a copy of our own made `agwrite` read before the block).
    @Test("DOT written back by Graphviz keeps plain and HTML-like names")
    func namesWrittenBack() throws {
        let text = String(decoding: try Graphviz.instance().render(
            dot: "digraph { a -> b; <x> -> \"c d\"; subgraph cluster_1 { e } }", engine: .dot, format: .dot).data,
            as: UTF8.self)
        #expect(text.contains("a -> b"))
        #expect(text.contains("<x> -> \"c d\""))
        #expect(text.contains("subgraph cluster_1"))
    }

    /// cgraph's default ids are heap addresses and `dot` visits clusters in id order; Shopfloor's reader gives
    /// ids in order of appearance, so clusters come out in the order they are written, every time.
    @Test("clusters are laid out and written in the order of the DOT text, on every render")
    func clusterOrder() throws {
        var dot = "digraph {\n"
        let names = (0..<12).map { "cluster_\(String(format: "%02d", (($0 * 7) % 12)))" }
        for (i, name) in names.enumerated() { dot += "  subgraph \"\(name)\" { label=\"box \(i)\"; \"n\(i)\"; }\n" }
        dot += "}\n"
        var outputs: Set<[UInt8]> = []
        for _ in 0..<6 {
            let svg = try Graphviz.instance().render(dot: dot, engine: .dot, format: .svg).data
            outputs.insert(Array(svg))
            let text = String(decoding: svg, as: UTF8.self)
            let titles = names.compactMap { name in text.range(of: "<title>\(name)</title>").map { ($0.lowerBound, name) } }
            #expect(titles.sorted { $0.0 < $1.0 }.map(\.1) == names)
        }
        #expect(outputs.count == 1)
    }
}

/// Memory over long render loops, in this process. RSS is shared by every suite running at the same time, so
/// these run only when asked (`SHOPFLOOR_MEMORY_TESTS=1 swift test --filter RenderLoopMemoryTests`); the
/// always-on check runs the binary in a process of its own (EndToEndTests, `MapMemoryTests`); the plant map's
/// own loop is in the maps tests (`PlantMapMemoryTests`).
@Suite("Render loop memory", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["SHOPFLOOR_MEMORY_TESTS"] == "1", "set SHOPFLOOR_MEMORY_TESTS=1"))
struct RenderLoopMemoryTests {
    static var renders: Int { Memory.renders }

    /// A tree of 200 plain nodes is a graph Graphviz 2.43 itself does not leak on (checked with a C loop over
    /// libgvc): any growth here would be Shopfloor's (a graph, layout or render buffer not freed).
    @Test("500 renders of a 200-node tree: every handle is freed, RSS stays within 2 MB")
    func handlesFreed() throws {
        var dot = "digraph { rankdir=LR; "
        for i in 0..<200 { dot += "n\(i) [label=\"worker \(i)\"]; " }
        for i in 1..<200 { dot += "n\(i / 3) -> n\(i); " }
        dot += "}"
        let graphviz = try Graphviz.instance()
        let (after50, end) = try Memory.loop(Self.renders) { _ = try graphviz.render(dot: dot, engine: .dot, format: .svg) }
        let growth = Double(end - after50) / 1_048_576
        print("leak loop (tree): RSS after 50 renders \(after50 / 1024) KB, after \(Self.renders) "
            + "\(end / 1024) KB, growth \(String(format: "%.2f", growth)) MB")
        #expect(growth < 2, "RSS grew \(growth) MB between render 50 and render \(Self.renders)")
    }
}
