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

    let bytes: UnsafeBufferPointer<UInt8>
    var builder: YAMLBuilder
    /// The current byte.
    var pos = 0
    /// The current line (1-based) and the byte where it starts.
    var line: Int32 = 1
    var lineStart = 0
    /// A known column on the current line (in characters, 1-based) and its byte, to count columns from.
    var markByte = 0
    var markColumn: Int32 = 1
    /// The indentation of the line `pos` stands on (at its first character), or -1 at the end of the text.
    var indent = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        builder = YAMLBuilder(path: path)
        builder.reserve(forTextOf: bytes.count)
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
        return reader.builder.finish()
    }

    // MARK: Structure

    mutating func document() throws(Leave) {
        try nextLine()
        guard indent >= 0 else { return }
        guard indent == 0 else { throw Leave() }
        do throws(StoreError) { try builder.documentStart(line: line, column: 1) } catch { throw Leave() }
        if isItem() { try sequence(at: 0, indentless: false) } else { try mapping(at: 0) }
        guard indent < 0 else { throw Leave() }
    }

    /// A block mapping whose first key is at `pos`, in column `at + 1`; returns at the first line indented less.
    mutating func mapping(at n: Int) throws(Leave) {
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
    mutating func sequence(at m: Int, indentless: Bool) throws(Leave) {
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
    mutating func key() throws(Leave) {
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
    func looksLikeKey() -> Bool {
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
}
