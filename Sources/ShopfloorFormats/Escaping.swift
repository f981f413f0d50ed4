/// Escapes text for every format Shopfloor writes for other programs: XML (SVG, GraphML), HTML and DOT.
///
/// One rule for all of them, so that a name reads the same on a map, in the report and in an export:
/// - characters no XML 1.0 document may hold (SVG maps, GraphML, workbooks, the HTML report are all read as XML
///   or by XML-minded programs) are **dropped**: the C0 controls other than tab, line feed and carriage return,
///   and U+FFFE and U+FFFF [XML 1.0 §2.2]; everything XML can hold is kept, so an export loses nothing that a
///   file can carry;
/// - a line break (LF, CR or CRLF) becomes **one** line break of the target format;
/// - the format's special characters become its escapes; everything else (tabs, letters of any script,
///   emoji) is kept as it is.
public enum Escaping {
    /// Whether a scalar survives escaping: an XML 1.0 character other than a line break (line breaks are
    /// handled apart): not a C0 control but tab, not U+FFFE or U+FFFF.
    public static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// Markup text (XML or HTML, element content and attribute values alike): `&`, `<`, `>`, `"` and `'`
    /// become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`; each line break becomes `lineBreak`.
    ///
    /// - Parameter lineBreak: `"\n"` for HTML text, `"&#10;"` for XML attributes that must keep the break,
    ///   `"<BR/>"` for Graphviz's HTML-like labels.
    /// - Complexity: O(n) in the text's length.
    public static func markup(_ text: String, lineBreak: String = "\n") -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        each(text, lineBreak: { out += lineBreak }) { scalar in
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A DOT string in quotes: `\` → `\\`, `"` → `\"`, each line break → `\n`.
    ///
    /// Escaping the backslash also disarms Graphviz's label escapes (`\N`, `\G`, `\L`), so a name cannot pull
    /// in a node id or change justification.
    /// - Complexity: O(n) in the text's length.
    public static func dotString(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        each(text, lineBreak: { out += "\\n" }) { scalar in
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Walks the scalars of a text under the rule: unsafe ones skipped, each LF, CR or CRLF reported once as a
    /// line break, every other scalar handed to `scalar`.
    private static func each(_ text: String, lineBreak: () -> Void, scalar: (Unicode.Scalar) -> Void) {
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s {
            case "\r": lineBreak()
            case "\n": if !previousCR { lineBreak() }
            default: if isKept(s) { scalar(s) }
            }
        }
    }
}
