/// The fast reader's values: plain and double-quoted scalars and one-line flow lists, and the character
/// classes that decide where they start and end.
extension YAMLFastReader {
    /// A value on the rest of the line: a plain or double-quoted scalar, or a flow list.
    mutating func value() throws(Leave) {
        guard pos < bytes.count else { throw Leave() }
        switch bytes[pos] {
        case UInt8(ascii: "\""): try quoted()
        case UInt8(ascii: "["): try flowList()
        default: try plain(flow: false)
        }
    }

    /// `[a, "b", c]` on one line, of scalars only.
    mutating func flowList() throws(Leave) {
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
    mutating func plain(flow: Bool) throws(Leave) {
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

    mutating func plainScalar(_ start: Int, _ end: Int, line: Int32, column: Int32) throws(Leave) {
        let offset = builder.text.count
        builder.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        do throws(StoreError) { try builder.scalar(start: offset, plain: true, line: line, column: column) } catch {
            throw Leave()
        }
    }

    /// A double-quoted scalar on one line, with JSON's escapes (others leave the subset).
    mutating func quoted() throws(Leave) {
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
    mutating func escape() throws(Leave) {
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

    // MARK: Characters

    /// Whether a plain scalar may start with `c` (followed by `next`): not an indicator, except `-`, `?` and
    /// `:` before a character that is not a space (nor, in a flow list, a flow indicator).
    static func startsPlain(_ c: UInt8, next: UInt8?, flow: Bool) -> Bool {
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

    static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{")
            || c == UInt8(ascii: "}")
    }

    static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
