/// The fast reader's lines and columns: line ends, comments, indentation, list items, and where a
/// character stands as libyaml counts it.
extension YAMLFastReader {
    /// After a value: spaces, then a comment or the line's end.
    mutating func endOfLine() throws(Leave) {
        skipSpaces()
        guard atLineEnd() else { throw Leave() }
    }

    /// Whether `pos` is at the line's end or at a comment (after at least one space, or at the line's start).
    func atLineEnd() -> Bool {
        guard pos < bytes.count else { return true }
        let c = bytes[pos]
        return c == UInt8(ascii: "\n")
            || (c == UInt8(ascii: "#") && (pos == lineStart || bytes[pos - 1] == UInt8(ascii: " ")))
    }

    /// Moves to the first character of the next line that holds more than spaces and a comment, setting
    /// `indent` (-1 at the end of the text). The rest of the current line must be spaces or a comment.
    mutating func nextLine() throws(Leave) {
        var first = pos == 0 && line == 1
        while true {
            if !first {
                // Skip the rest of this line (a comment, or nothing).
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") {
                    if bytes[pos] == UInt8(ascii: "\r") || isBreakOrMark(bytes[pos]) { throw Leave() }
                    pos += 1
                }
                guard pos < bytes.count else {
                    indent = -1
                    return
                }
                pos += 1
                line += 1
                lineStart = pos
            }
            first = false
            while pos < bytes.count, bytes[pos] == UInt8(ascii: " ") { pos += 1 }
            guard pos < bytes.count else {
                indent = -1
                return
            }
            let c = bytes[pos]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "#") { continue }
            if c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { throw Leave() }
            indent = pos - lineStart
            markByte = lineStart
            markColumn = 1
            // Directives and document markers belong to the full reader.
            if indent == 0, c == UInt8(ascii: "%") || c == UInt8(ascii: "-") && startsMarker()
                || c == UInt8(ascii: ".") && startsMarker()
            {
                throw Leave()
            }
            return
        }
    }

    /// Whether the line at `pos` starts with `---` or `...`.
    func startsMarker() -> Bool {
        pos + 2 < bytes.count && bytes[pos + 1] == bytes[pos] && bytes[pos + 2] == bytes[pos]
    }

    /// Whether `pos` is at a list item: `-` followed by a space or the line's end.
    func isItem() -> Bool {
        guard indent >= 0, pos < bytes.count, bytes[pos] == UInt8(ascii: "-") else { return false }
        let next = byte(at: pos + 1)
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n")
    }

    mutating func skipSpaces() {
        while pos < bytes.count, bytes[pos] == UInt8(ascii: " ") { pos += 1 }
    }

    /// The column of byte `at` on the current line, in characters (as libyaml counts), 1-based.
    mutating func column(at target: Int) -> Int32 {
        if target < markByte {
            markByte = lineStart
            markColumn = 1
        }
        var i = markByte
        var column = markColumn
        while i < target {
            // Every byte that does not continue a UTF-8 sequence starts a character.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        markByte = target
        markColumn = column
        return column
    }

    func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Whether the character at `pos` (whose first byte is `c`) is one libyaml reads as a line break (NEL,
    /// U+2028, U+2029) or a byte-order mark: the full reader decides what those mean.
    @inline(__always) func isBreakOrMark(_ c: UInt8) -> Bool {
        guard c >= 0xC2 else { return false }
        let b1 = byte(at: pos + 1), b2 = byte(at: pos + 2)
        return (c == 0xC2 && b1 == 0x85) || (c == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9))
            || (c == 0xEF && b1 == 0xBB && b2 == 0xBF)
    }

    /// Ends the innermost list or mapping; any error the builder raises (a key twice) is left to the full
    /// reader to report.
    mutating func endContainer() throws(Leave) {
        do throws(StoreError) { try builder.end() } catch { throw Leave() }
    }
}
