/// Text from a file or a database made safe to echo in a message that a terminal shows.
///
/// A value read from a graph file, a spreadsheet or a workspace may hold control characters: an escape
/// (`ESC [ 2 J` clears the screen), a carriage return or a line break that overwrites or fakes a line, or a
/// bidirectional override that shows text in another order than it is stored. Every message that echoes such a
/// value builds it through ``Swift/String/echoed(keepingLineBreaks:)``, so those characters are shown as
/// visible escapes (`\u{1B}`) instead of acting on the terminal.
extension String {
    /// The text with every control character shown as a `\u{…}` escape.
    ///
    /// Escaped: the C0 controls (U+0000–U+001F, with tab, line feed and carriage return), DEL and the C1
    /// controls (U+007F–U+009F), the line and paragraph separators (U+2028, U+2029) and the bidirectional
    /// formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). With `keepingLineBreaks`,
    /// line feeds and tabs stay as they are (for a whole message that has several lines of its own).
    /// - Complexity: O(n) in the length of the text; the text itself is returned when nothing needs escaping.
    public func echoed(keepingLineBreaks: Bool = false) -> String {
        guard mayNeedEcho(keepingLineBreaks: keepingLineBreaks),
            unicodeScalars.contains(where: { $0.needsEcho(keepingLineBreaks: keepingLineBreaks) })
        else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.needsEcho(keepingLineBreaks: keepingLineBreaks) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    /// Whether the text has a byte that may start a character ``echoed(keepingLineBreaks:)`` escapes: a quick
    /// pass over the UTF-8 bytes, so that long texts without any (a whole JSON document) cost one scan.
    public func mayNeedEcho(keepingLineBreaks: Bool) -> Bool {
        utf8.contains { byte in
            switch byte {
            case 0x0A, 0x09: !keepingLineBreaks
            // C0 controls and DEL; the lead bytes of C1 controls (0xC2), U+061C (0xD8) and U+200E…U+2069 (0xE2).
            case 0x00...0x1F, 0x7F, 0xC2, 0xD8, 0xE2: true
            default: false
            }
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar acts on a terminal or on the order text is shown in, rather than being shown.
    func needsEcho(keepingLineBreaks: Bool) -> Bool {
        switch value {
        case 0x0A, 0x09: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
