/// Reads the block subset of YAML that Shopfloor writes (and most hand-written graph files use) straight from
/// the bytes, into the same ``YAMLDocument`` libyaml's events would give, positions included.
///
/// The subset: a root mapping of `key: value` lines; nested mappings and lists by indentation (`- ` items,
/// also at their key's indentation); values that are plain scalars on one line, double-quoted scalars on one
/// line (JSON's escapes), or flow lists `[a, "b"]` of such scalars on one line; comments and blank lines.
/// Anything else (anchors, tags, single quotes, flow mappings, multi-line scalars, block scalars, tabs or
/// carriage returns in the layout, several documents, a key twice, any error) makes ``parse(_:path:)``
/// return nil, and the caller reads the file with libyaml instead: the fast reader only ever decides what
/// is surely the same, and every error comes from the one full reader.
///
/// Why: a 100,000-person file is 8 million nodes, and libyaml's scanner (a token queue, a simple-key stack and
/// a copy of every scalar per event) was most of `shopfloor check`.
struct YAMLFastReader {
    /// Leaving the subset: the caller falls back to libyaml.
    struct Leave: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var builder: YAMLBuilder
    /// The current byte.
    private var pos = 0
    /// The current line (1-based) and the byte where it starts.
    private var line: Int32 = 1
    private var lineStart = 0
    /// A known column on the current line (in characters, 1-based) and its byte, to count columns from.
    private var markByte = 0
    private var markColumn: Int32 = 1
    /// The indentation of the line `pos` stands on (at its first character), or -1 at the end of the text.
    private var indent = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        builder = YAMLBuilder(path: path)
    }

    /// The document in `bytes` (valid UTF-8 without control characters, as for ``YAMLDocument/parse(_:path:)``),
    /// or nil when the text leaves the fast subset.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> YAMLDocument? {
        var reader = YAMLFastReader(bytes: bytes, path: path)
        do throws(Leave) {
            try reader.document()
        } catch {
            return nil
        }
        return reader.builder.document
    }

    // MARK: Structure

    private mutating func document() throws(Leave) {
        try nextLine()
        guard indent >= 0 else { return }
        guard indent == 0 else { throw Leave() }
        do throws(StoreError) { try builder.documentStart(line: line, column: 1) } catch { throw Leave() }
        if isItem() { try sequence(at: 0, indentless: false) } else { try mapping(at: 0) }
        guard indent < 0 else { throw Leave() }
    }

    /// A block mapping whose first key is at `pos`, in column `at + 1`; returns at the first line indented less.
    private mutating func mapping(at n: Int) throws(Leave) {
        builder.start(.mapping, line: line, column: column(at: pos))
        while true {
            try key()
            // After `key:` and its spaces.
            if atLineEnd() {
                try nextLine()
                guard indent >= 0 else { throw Leave() }
                if indent > n {
                    if isItem() { try sequence(at: indent, indentless: false) } else { try mapping(at: indent) }
                } else if indent == n, isItem() {
                    try sequence(at: n, indentless: true)
                } else {
                    throw Leave()
                }
            } else {
                try value()
                try endOfLine()
                try nextLine()
            }
            guard indent == n else {
                guard indent < n else { throw Leave() }
                break
            }
            if isItem() { throw Leave() }
        }
        try endContainer()
    }

    /// A block list whose first `-` is at `pos`, in column `m + 1`.
    private mutating func sequence(at m: Int, indentless: Bool) throws(Leave) {
        builder.start(.sequence, line: line, column: column(at: pos))
        while true {
            // At `-`, followed by a space (`isItem`).
            pos += 1
            skipSpaces()
            if atLineEnd() || isItem() { throw Leave() }
            let content = pos - lineStart
            if looksLikeKey() {
                try mapping(at: content)
            } else {
                try value()
                try endOfLine()
                try nextLine()
            }
            guard indent == m, isItem() else {
                if indent < m || (indent == m && indentless) { break }
                throw Leave()
            }
        }
        try endContainer()
    }

    /// A plain key and its `:`; leaves `pos` after the spaces that follow.
    private mutating func key() throws(Leave) {
        let start = pos
        let startColumn = column(at: pos)
        guard pos < bytes.count, Self.startsPlain(bytes[pos], next: byte(at: pos + 1), flow: false) else { throw Leave() }
        var end = pos
        while true {
            guard pos < bytes.count else { throw Leave() }
            let c = bytes[pos]
            if c == UInt8(ascii: ":") {
                let next = byte(at: pos + 1)
                if next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == nil { break }
            }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") || isBreakOrMark(c) {
                throw Leave()
            }
            if c == UInt8(ascii: "#"), pos > start, bytes[pos - 1] == UInt8(ascii: " ") { throw Leave() }
            pos += 1
            if c != UInt8(ascii: " ") { end = pos }
            if pos - start > 1000 { throw Leave() }
        }
        try plainScalar(start, end, line: line, column: startColumn)
        pos += 1
        skipSpaces()
    }

    /// Whether the text at `pos` is a plain key followed by `: ` or `:` at the end of the line.
    private func looksLikeKey() -> Bool {
        guard pos < bytes.count, Self.startsPlain(bytes[pos], next: byte(at: pos + 1), flow: false) else { return false }
        var i = pos
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\n") { return false }
            if c == UInt8(ascii: "#"), i > pos, bytes[i - 1] == UInt8(ascii: " ") { return false }
            if c == UInt8(ascii: ":") {
                let next = byte(at: i + 1)
                if next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == nil { return true }
            }
            i += 1
        }
        return false
    }

    /// A value on the rest of the line: a plain or double-quoted scalar, or a flow list.
    private mutating func value() throws(Leave) {
        guard pos < bytes.count else { throw Leave() }
        switch bytes[pos] {
        case UInt8(ascii: "\""): try quoted()
        case UInt8(ascii: "["): try flowList()
        default: try plain(flow: false)
        }
    }

    /// `[a, "b", c]` on one line, of scalars only.
    private mutating func flowList() throws(Leave) {
        builder.start(.sequence, line: line, column: column(at: pos))
        pos += 1
        skipSpaces()
        if byte(at: pos) == UInt8(ascii: "]") {
            pos += 1
        } else {
            while true {
                guard pos < bytes.count else { throw Leave() }
                if bytes[pos] == UInt8(ascii: "\"") { try quoted() } else { try plain(flow: true) }
                skipSpaces()
                guard let c = byte(at: pos) else { throw Leave() }
                pos += 1
                if c == UInt8(ascii: "]") { break }
                guard c == UInt8(ascii: ",") else { throw Leave() }
                skipSpaces()
                if byte(at: pos) == UInt8(ascii: "]") { throw Leave() }
            }
        }
        try endContainer()
    }

    /// A plain scalar on this line, ending before ` #`, the line's end, or (in a flow list) `,` and `]`.
    private mutating func plain(flow: Bool) throws(Leave) {
        let start = pos
        let startColumn = column(at: pos)
        guard Self.startsPlain(bytes[pos], next: byte(at: pos + 1), flow: flow) else { throw Leave() }
        var end = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\n") { break }
            if c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") || isBreakOrMark(c) { throw Leave() }
            if c == UInt8(ascii: "#"), bytes[pos - 1] == UInt8(ascii: " ") {
                if flow { throw Leave() }
                break
            }
            if c == UInt8(ascii: ":") {
                let next = byte(at: pos + 1)
                if next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") { throw Leave() }
                if flow, let next, Self.isFlowIndicator(next) { throw Leave() }
            }
            if flow, Self.isFlowIndicator(c) {
                guard c == UInt8(ascii: ",") || c == UInt8(ascii: "]") else { throw Leave() }
                break
            }
            pos += 1
            if c != UInt8(ascii: " ") { end = pos }
        }
        if flow, pos >= bytes.count || bytes[pos] == UInt8(ascii: "\n") { throw Leave() }
        try plainScalar(start, end, line: line, column: startColumn)
    }

    private mutating func plainScalar(_ start: Int, _ end: Int, line: Int32, column: Int32) throws(Leave) {
        let offset = builder.text.count
        builder.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        do throws(StoreError) { try builder.scalar(start: offset, plain: true, line: line, column: column) } catch {
            throw Leave()
        }
    }

    /// A double-quoted scalar on one line, with JSON's escapes (others leave the subset).
    private mutating func quoted() throws(Leave) {
        let startColumn = column(at: pos)
        let offset = builder.text.count
        pos += 1
        var run = pos
        while true {
            guard pos < bytes.count else { throw Leave() }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\t") || isBreakOrMark(c) {
                throw Leave()
            }
            if c == UInt8(ascii: "\\") {
                builder.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<pos]))
                try escape()
                run = pos
                continue
            }
            pos += 1
        }
        builder.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<pos]))
        pos += 1
        let line = line
        do throws(StoreError) { try builder.scalar(start: offset, plain: false, line: line, column: startColumn) } catch {
            throw Leave()
        }
    }

    /// One escape at `pos` (the backslash), decoded into the document's text.
    private mutating func escape() throws(Leave) {
        guard let c = byte(at: pos + 1) else { throw Leave() }
        pos += 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): builder.text.append(c)
        case UInt8(ascii: "n"): builder.text.append(0x0A)
        case UInt8(ascii: "t"): builder.text.append(0x09)
        case UInt8(ascii: "r"): builder.text.append(0x0D)
        case UInt8(ascii: "b"): builder.text.append(0x08)
        case UInt8(ascii: "f"): builder.text.append(0x0C)
        case UInt8(ascii: "u"):
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let h = byte(at: pos), let digit = Self.hexDigit(h) else { throw Leave() }
                value = value << 4 | digit
                pos += 1
            }
            // Surrogates (pairs or not) are left to libyaml, which refuses them.
            guard let scalar = Unicode.Scalar(value) else { throw Leave() }
            builder.text.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
        default:
            throw Leave()
        }
    }

    // MARK: Lines

    /// After a value: spaces, then a comment or the line's end.
    private mutating func endOfLine() throws(Leave) {
        skipSpaces()
        guard atLineEnd() else { throw Leave() }
    }

    /// Whether `pos` is at the line's end or at a comment (after at least one space, or at the line's start).
    private func atLineEnd() -> Bool {
        guard pos < bytes.count else { return true }
        let c = bytes[pos]
        return c == UInt8(ascii: "\n")
            || (c == UInt8(ascii: "#") && (pos == lineStart || bytes[pos - 1] == UInt8(ascii: " ")))
    }

    /// Moves to the first character of the next line that holds more than spaces and a comment, setting
    /// `indent` (-1 at the end of the text). The rest of the current line must be spaces or a comment.
    private mutating func nextLine() throws(Leave) {
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
    private func startsMarker() -> Bool {
        pos + 2 < bytes.count && bytes[pos + 1] == bytes[pos] && bytes[pos + 2] == bytes[pos]
    }

    /// Whether `pos` is at a list item: `-` followed by a space or the line's end.
    private func isItem() -> Bool {
        guard indent >= 0, pos < bytes.count, bytes[pos] == UInt8(ascii: "-") else { return false }
        let next = byte(at: pos + 1)
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n")
    }

    private mutating func skipSpaces() {
        while pos < bytes.count, bytes[pos] == UInt8(ascii: " ") { pos += 1 }
    }

    /// The column of byte `at` on the current line, in characters (as libyaml counts), 1-based.
    private mutating func column(at target: Int) -> Int32 {
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

    private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Whether the character at `pos` (whose first byte is `c`) is one libyaml reads as a line break (NEL,
    /// U+2028, U+2029) or a byte-order mark: the full reader decides what those mean.
    @inline(__always) private func isBreakOrMark(_ c: UInt8) -> Bool {
        guard c >= 0xC2 else { return false }
        let b1 = byte(at: pos + 1), b2 = byte(at: pos + 2)
        return (c == 0xC2 && b1 == 0x85) || (c == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9))
            || (c == 0xEF && b1 == 0xBB && b2 == 0xBF)
    }

    /// Ends the innermost list or mapping; any error the builder raises (a key twice) is left to the full
    /// reader to report.
    private mutating func endContainer() throws(Leave) {
        do throws(StoreError) { try builder.end() } catch { throw Leave() }
    }

    // MARK: Characters

    /// Whether a plain scalar may start with `c` (followed by `next`): not an indicator, except `-`, `?` and
    /// `:` before a character that is not a space (nor, in a flow list, a flow indicator).
    private static func startsPlain(_ c: UInt8, next: UInt8?, flow: Bool) -> Bool {
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            guard let next, next != UInt8(ascii: " "), next != UInt8(ascii: "\n") else { return false }
            return !(flow && isFlowIndicator(next))
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return false
        default:
            return true
        }
    }

    private static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{")
            || c == UInt8(ascii: "}")
    }

    private static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
