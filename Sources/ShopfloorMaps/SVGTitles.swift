/// The `<title>` elements Graphviz writes into SVG: each holds a node's or edge's internal id (`n12`,
/// `n3:p1_2->n7`), which a browser shows when the pointer rests on the shape. Maps name things through their
/// labels and tooltips instead, so these titles are taken out of every SVG map Shopfloor writes.
public enum SVGTitles {
    /// The SVG without its `<title>…</title>` elements (tooltips given as `xlink:title` stay).
    public static func removingInternalIDs(_ svg: String) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let open = rest.firstRange(of: "<title>") {
            guard let close = rest[open.upperBound...].firstRange(of: "</title>") else { break }
            out += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
            // Drop the line break Graphviz writes after the element.
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        out += rest
        return out
    }
}
