import ShopfloorGraphviz
import ShopfloorMaps
import Testing

@Suite("DOT encoder")
struct DOTEncoderTests {
    @Test("quoted strings escape backslashes, quotes and newlines", arguments: [
        ("plain", "\"plain\""),
        ("a\"b", "\"a\\\"b\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("two\nlines", "\"two\\nlines\""),
        ("crlf\r\nend", "\"crlf\\nend\""),
        ("\\N node name", "\"\\\\N node name\""),
        ("bell\u{07}gone", "\"bellgone\""),
        ("İğüşçö 🚩", "\"İğüşçö 🚩\""),
    ])
    func quoting(input: String, expected: String) {
        #expect(DOTEncoder.quoted(input) == expected)
    }

    @Test("HTML-like labels get XML entities")
    func htmlEscaping() {
        #expect(DOTEncoder.htmlEscaped("<script>alert('x')</script> & \"q\"")
            == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(DOTEncoder.htmlEscaped("a\nb") == "a<BR/>b")
        #expect(DOTEncoder.htmlEscaped("nul\u{0}x") == "nulx")
    }

    @Test("every hostile string survives in labels, tables and ids and Graphviz parses the result")
    func hostileDocumentParses() throws {
        let hostile = SampleGraphs.hostileName
        var document = MapDocument(title: [hostile, "second"], direction: .leftToRight)
        var cluster = MapCluster(id: hostile, label: [hostile])
        cluster.nodes.append(MapNode(id: hostile, label: .text([hostile, "}", "\\"])))
        document.clusters.append(cluster)
        var cell = MapTable.Cell([hostile], port: hostile)
        cell.bold = true
        document.nodes.append(MapNode(id: "t", label: .table(MapTable(rows: [[cell]]))))
        var edge = MapEdge(from: hostile, to: "t", toPort: hostile)
        edge.label = [hostile]
        document.edges.append(edge)
        let dot = DOTEncoder().encode(document)
        #expect(try Graphviz.instance().syntaxError(in: dot) == nil)
        let svg = try MapTestSupport.parseSVG(MapTestSupport.render(document))
        #expect(!svg.elements.contains("script"))
        #expect(svg.text.contains("<script>alert('x')</script>"))
        #expect(svg.text.contains("İğüşçö 🚩 & Ümit"))
    }

    @Test("numbers are written without exponents")
    func numbers() {
        let document = MapDocument(title: ["t"], direction: .topToBottom)
        let dot = DOTEncoder().encode(document)
        #expect(dot.contains("nodesep=0.25"))
        #expect(dot.contains("ranksep=0.5"))
    }
}
