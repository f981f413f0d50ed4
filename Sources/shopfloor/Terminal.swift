import Foundation
import ShopfloorModel

/// The terminal: where output goes and whether it may be coloured.
///
/// Colour is used only when standard output is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
enum Terminal {
    /// A stream that writes UTF-8 text to a file descriptor.
    struct Stream: Sendable {
        let descriptor: Int32
        /// Whether text is passed through ``Terminal/guarded(_:)`` first: always for messages, and for results
        /// when they go to a terminal (a file or a pipe gets the bytes as they are).
        let guarded: Bool

        func write(_ text: String) {
            var bytes = Array((guarded ? Terminal.guarded(text) : text).utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeMutableBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static let standardOutput = Stream(descriptor: 1, guarded: isatty(1) == 1)
    static let standardError = Stream(descriptor: 2, guarded: true)

    /// Whether colour escapes may be written to standard output.
    static let colorEnabled: Bool = {
        let env = ProcessInfo.processInfo.environment
        if env["NO_COLOR"] != nil { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(1) == 1
    }()

    /// Whether standard error is a terminal (for progress bars).
    static let progressEnabled: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// ANSI styles used in human output.
    enum Style: String, CaseIterable {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    /// Wraps text in a style when colour is enabled.
    static func styled(_ text: String, _ style: Style) -> String {
        colorEnabled ? sequence(style.rawValue) + text + sequence(reset) : text
    }

    private static let reset = "0"

    private static func sequence(_ code: String) -> String { "\u{1B}[\(code)m" }

    /// The last guard before text reaches a terminal: Shopfloor's own colour sequences and line breaks pass,
    /// every other control character (an escape sequence that clears the screen or moves the cursor, a carriage
    /// return that overwrites a line, a bidirectional override) is shown as an escape.
    ///
    /// Messages escape the values they echo where they are built (``Swift/String/echoed(keepingLineBreaks:)``);
    /// this guard catches what a message might have missed.
    /// A carriage return is shown as an escape too, except in a `\r\n` line break of a text that keeps its line
    /// breaks; an escape already written out as text (`\u{D}` echoed from a name) is never turned back into the
    /// character, wherever a line is broken after it.
    static func guarded(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.mayNeedEcho(keepingLineBreaks: keepingLineBreaks) else { return text }
        if keepingLineBreaks, text.contains("\r\n") {
            return text.components(separatedBy: "\r\n").map { guarded($0) }.joined(separator: "\r\n")
        }
        var out = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            out += String(rest[..<escape]).echoed(keepingLineBreaks: keepingLineBreaks)
            rest = rest[escape...]
            if let own = ownSequences.first(where: { rest.hasPrefix($0) }) {
                out += own
                rest = rest.dropFirst(own.count)
            } else {
                out += "\\u{1B}"
                rest = rest.dropFirst()
            }
        }
        out += String(rest).echoed(keepingLineBreaks: keepingLineBreaks)
        return out
    }

    /// The escape sequences ``styled(_:_:)`` writes.
    private static let ownSequences = ([reset] + Style.allCases.map(\.rawValue)).map(sequence)

    /// Writes a line of human output to standard output, through ``guarded(_:keepingLineBreaks:)`` wherever it
    /// goes (a pipe into `less -R` or `cat` reaches a terminal too).
    static func print(_ line: String = "") { standardOutput.write(guarded(line) + "\n") }
}
