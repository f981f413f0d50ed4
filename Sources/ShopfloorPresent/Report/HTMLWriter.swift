import ShopfloorFormats

/// Builds HTML text: raw markup as given, everything else escaped.
struct HTMLWriter {
    private(set) var output = ""

    /// Appends markup as it is.
    mutating func raw(_ markup: String) { output += markup }

    /// Appends text, escaping `&`, `<`, `>`, `"` and `'`.
    mutating func text(_ text: String) { output += Self.escape(text) }

    /// Escapes text for HTML content and attribute values by the one rule of ``Escaping``.
    static func escape(_ text: String) -> String { Escaping.markup(text) }

    /// An SVG document made fit to sit inside HTML: the XML declaration, doctype and comments before the
    /// `<svg` element are dropped, and anything that could load or run something (`<script>`, `<foreignObject>`,
    /// external `href`s) makes it refused. Returns nil when there is no `<svg` element.
    static func inlineSVG(_ document: String) -> String? {
        guard let start = document.firstRange(of: "<svg") else { return nil }
        let svg = String(document[start.lowerBound...])
        let lowered = svg.lowercased()
        for forbidden in ["<script", "<foreignobject", "href=\"http", "href='http", "href=\"//", "url(http", "@import"]
        where lowered.contains(forbidden) {
            return nil
        }
        return svg
    }
}
