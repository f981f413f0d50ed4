/// Writes CSV the way every Shopfloor CSV is written (exports and reports alike), so a spreadsheet opens each
/// the same way and none can run anything.
///
/// The rule:
/// - UTF-8 with a byte-order mark, so that spreadsheet programs read Turkish letters right;
/// - comma separators (semicolons for Turkish spreadsheet programs) and CRLF line ends (RFC 4180);
/// - a field is quoted, its quotes doubled, when it holds a comma, a semicolon (the separator of Turkish and
///   other European spreadsheets), a quote or a line break, or starts or ends with a space;
/// - **formula neutralisation** (OWASP's rule for CSV injection): a field that begins with `=`, `+`, `-`,
///   `@`, a tab or a carriage return is written with a leading `'`, so that a spreadsheet shows it as text
///   instead of running it (`=HYPERLINK(…)`, `=WEBSERVICE(…)`). A plain number (`-12`, `-33.95`) is a value,
///   not a formula, and is written as it is. Shopfloor's own spreadsheet import drops that `'` again.
public enum CSVDocument {
    /// The byte-order mark every CSV starts with.
    public static let byteOrderMark = "\u{FEFF}"

    /// The characters that make a spreadsheet read a cell as a formula when it starts with one.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A whole CSV text: the byte-order mark, then one CRLF-terminated line per row.
    /// - Complexity: O(total length of the fields).
    /// - Parameter separator: `,` by default; `;` for spreadsheet programs whose decimal mark is a comma (Turkish
    ///   Excel and LibreOffice open such a file in columns).
    public static func text(_ rows: [[String]], separator: String = ",") -> String {
        var out = byteOrderMark
        for row in rows {
            out += row.map(field).joined(separator: separator)
            out += "\r\n"
        }
        return out
    }

    /// One field as written: neutralised when it could be read as a formula, quoted when it must be.
    public static func field(_ value: String) -> String {
        var text = value
        if needsNeutralising(text) { text = "'" + text }
        let needsQuotes = text.contains { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for c in text {
            if c == "\"" { quoted += "\"\"" } else { quoted.append(c) }
        }
        return quoted + "\""
    }

    /// Whether a spreadsheet would read the field as a formula: it begins with one of ``formulaStarts`` and is
    /// not a plain decimal number.
    public static func needsNeutralising(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return false }
        return !isPlainNumber(text)
    }

    /// The field a spreadsheet cell holds once a neutralising `'` is taken off again (for Shopfloor's own
    /// import of what it exported): `'=1+2` → `=1+2`; anything else unchanged.
    public static func unneutralised(_ text: String) -> String {
        guard text.hasPrefix("'"), needsNeutralising(String(text.dropFirst())) else { return text }
        return String(text.dropFirst())
    }

    /// `-12`, `+3`, `-33.95`: an optional sign, digits, at most one decimal point with digits after it.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        var digits = 0, point = false, afterPoint = 0
        for s in scalars {
            if ("0"..."9").contains(s) {
                digits += 1
                if point { afterPoint += 1 }
            } else if s == ".", !point {
                point = true
            } else {
                return false
            }
        }
        return digits > 0 && (!point || afterPoint > 0)
    }
}
