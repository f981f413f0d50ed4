/// Escaping of user text for DOT strings and for HTML-like labels.
extension DOTEncoder {
    /// Quotes text as a DOT string: `\` → `\\`, `"` → `\"`, line breaks → `\n`; other control characters,
    /// which neither DOT nor the SVG's XML may carry, are dropped.
    ///
    /// Escaping the backslash also disarms Graphviz's label escapes (`\N`, `\G`, `\L`), so a name cannot pull
    /// in a node id or change justification.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                if isSafe(scalar) { out.unicodeScalars.append(scalar) }
            }
            previousCR = scalar == "\r"
        }
        return out + "\""
    }

    /// Lines joined into one DOT string with `\n` breaks.
    public static func quoted(lines: [String]) -> String {
        quoted(lines.joined(separator: "\n"))
    }

    /// Escapes text for an HTML-like label: `&`, `<`, `>`, `"`, `'` become entities, line breaks `<BR/>`,
    /// other control characters are dropped.
    public static func htmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "<BR/>"
            case "\n": if !previousCR { out += "<BR/>" }
            default:
                if isSafe(scalar) { out.unicodeScalars.append(scalar) }
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// Whether a scalar may appear in DOT text and in XML 1.0: no C0/C1 controls, no noncharacters.
    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 }
        if (0x7F...0x9F).contains(v) { return false }
        if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return false }
        return true
    }

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
