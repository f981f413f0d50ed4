import ShopfloorFormats

/// Escaping of user text for DOT strings and for HTML-like labels, by the one rule of ``Escaping``.
extension DOTEncoder {
    /// Quotes text as a DOT string: `\` → `\\`, `"` → `\"`, line breaks → `\n`; characters neither DOT nor the
    /// SVG's XML may carry are dropped (see ``Escaping``).
    public static func quoted(_ text: String) -> String { Escaping.dotString(text) }

    /// Lines joined into one DOT string with `\n` breaks.
    public static func quoted(lines: [String]) -> String {
        quoted(lines.joined(separator: "\n"))
    }

    /// Escapes text for an HTML-like label: `&`, `<`, `>`, `"`, `'` become entities, line breaks `<BR/>`,
    /// characters XML cannot carry are dropped (see ``Escaping``).
    public static func htmlEscaped(_ text: String) -> String { Escaping.markup(text, lineBreak: "<BR/>") }

    /// A number the way DOT expects it: no exponent, at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }
}
