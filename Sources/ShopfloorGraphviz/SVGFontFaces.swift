/// Bold and italic in SVG when labels ask for them by font face.
///
/// Shopfloor's labels ask for bold and italic with a face name (`<FONT FACE="DejaVu Sans Bold">`), because
/// Graphviz 2.42's Pango plugin never frees what it parses for `<B>` and `<I>`. Pango reads the face name
/// (PNG and PDF come out bold), but Graphviz's SVG writer copies it into `font-family` as it stands, and a
/// browser looks for a family called "DejaVu Sans Bold" and falls back to plain text. This turns such an
/// attribute into the family plus `font-weight` / `font-style`.
enum SVGFontFaces {
    /// Face words Pango accepts after a family name, and the SVG attribute each becomes.
    private static let styles: [(word: String, attribute: String)] = [
        ("Bold", "font-weight=\"bold\""), ("Italic", "font-style=\"italic\""), ("Oblique", "font-style=\"oblique\""),
    ]

    /// The SVG text with every `font-family="FAMILY STYLE…"` split into family and style attributes.
    /// - Complexity: O(length of the text).
    static func fixed(_ svg: [UInt8]) -> [UInt8] {
        let marker = Array(" font-family=\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + 256)
        var i = 0
        while i < svg.count {
            guard svg[i] == marker[0], svg.count - i > marker.count, svg[i..<(i + marker.count)].elementsEqual(marker),
                let close = svg[(i + marker.count)...].firstIndex(of: UInt8(ascii: "\""))
            else {
                out.append(svg[i])
                i += 1
                continue
            }
            var words = String(decoding: svg[(i + marker.count)..<close], as: UTF8.self).split(separator: " ").map(String.init)
            var attributes: [String] = []
            while words.count > 1, let style = styles.first(where: { $0.word == words[words.count - 1] }) {
                attributes.insert(style.attribute, at: 0)
                words.removeLast()
            }
            out += Array((" font-family=\"" + words.joined(separator: " ") + "\"").utf8)
            for attribute in attributes { out += Array((" " + attribute).utf8) }
            i = close + 1
        }
        return out
    }
}
