import Foundation
import ShopfloorText

/// The bytes of a text file: checked as UTF-8 before they are parsed, and positions turned into line and column.
enum TextBytes {
    /// The first thing in `bytes` that is not text: a byte that is not part of a UTF-8 character, or (with
    /// `yamlCharacters`) a character YAML does not allow — a control character other than tab, line feed and
    /// carriage return, or U+FFFE/U+FFFF.
    enum Problem: Equatable {
        case notUTF8(offset: Int, byte: UInt8)
        case control(offset: Int, scalar: UInt32)

        var offset: Int {
            switch self {
            case .notUTF8(let offset, _), .control(let offset, _): offset
            }
        }
    }

    /// The first problem in `bytes`, or nil when they are UTF-8 text (of YAML's characters, if asked).
    /// - Complexity: O(n) in the bytes.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, yamlCharacters: Bool) -> Problem? {
        let count = bytes.count
        var i = 0
        while i < count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                if yamlCharacters, b0 < 0x20 || b0 == 0x7F, b0 != 0x09, b0 != 0x0A, b0 != 0x0D {
                    return .control(offset: i, scalar: UInt32(b0))
                }
                i += 1
                continue
            }
            let width: Int, minimum: UInt32
            var value: UInt32
            switch b0 {
            case 0xC2...0xDF: width = 2; minimum = 0x80; value = UInt32(b0 & 0x1F)
            case 0xE0...0xEF: width = 3; minimum = 0x800; value = UInt32(b0 & 0x0F)
            case 0xF0...0xF4: width = 4; minimum = 0x10000; value = UInt32(b0 & 0x07)
            default: return .notUTF8(offset: i, byte: b0)
            }
            guard i + width <= count else { return .notUTF8(offset: i, byte: b0) }
            for k in 1..<width {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return .notUTF8(offset: i + k, byte: b) }
                value = value << 6 | UInt32(b & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
                return .notUTF8(offset: i, byte: b0)
            }
            if yamlCharacters, (0x80...0x9F).contains(value) && value != 0x85 || value == 0xFFFE || value == 0xFFFF {
                return .control(offset: i, scalar: value)
            }
            i += width
        }
        return nil
    }

    /// The line and column (1-based; the column in characters) of the byte at `offset`.
    ///
    /// Lines end at a line feed, a carriage return, or both together, as YAML and CSV count them.
    /// - Complexity: O(offset).
    static func mark(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextMark {
        var line = 1
        var column = 1
        var i = 0
        while i < min(offset, bytes.count) {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return TextMark(line: line, column: column)
    }

    /// The bytes as text, or an error naming the line and column of the first byte that is not UTF-8 (and, with
    /// `yamlCharacters`, of the first control character YAML refuses). `saveAs` is the hint: how to save it right.
    static func text(of data: Data, path: String, yamlCharacters: Bool, saveAs: String) throws(StoreError) -> String {
        let problem = data.withUnsafeBytes { raw in
            firstProblem(in: raw.bindMemory(to: UInt8.self), yamlCharacters: yamlCharacters)
                .map { diagnostic(for: $0, in: raw.bindMemory(to: UInt8.self), path: path, saveAs: saveAs) }
        }
        if let problem { throw .invalid(path: path, diagnostics: [problem]) }
        return String(decoding: data, as: UTF8.self)
    }

    /// A diagnostic for the problem, naming its line and column.
    static func diagnostic(for problem: Problem, in bytes: UnsafeBufferPointer<UInt8>, path: String, saveAs: String)
        -> Diagnostic
    {
        let mark = mark(ofByte: problem.offset, in: bytes)
        switch problem {
        case .notUTF8(_, let byte):
            return Diagnostic(file: path, line: mark.line, column: mark.column,
                message: Text.string("store.theTextIsNot", ["hex": "\(hex(UInt32(byte), digits: 2))"]),
                hint: saveAs)
        case .control(_, let scalar):
            return Diagnostic(file: path, line: mark.line, column: mark.column,
                message: Text.string("store.controlCharactersAreNot", ["hex": "\(hex(scalar, digits: 4))"]),
                hint: Text.string("store.removeItInsideDouble", ["hex": "\(hex(scalar, digits: 4))"]))
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
