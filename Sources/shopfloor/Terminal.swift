import Foundation

/// The terminal: where output goes and whether it may be coloured.
///
/// Colour is used only when standard output is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
enum Terminal {
    /// A stream that writes UTF-8 text to a file descriptor.
    struct Stream: Sendable {
        let descriptor: Int32

        func write(_ text: String) {
            var bytes = Array(text.utf8)
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

    static let standardOutput = Stream(descriptor: 1)
    static let standardError = Stream(descriptor: 2)

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
    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    /// Wraps text in a style when colour is enabled.
    static func styled(_ text: String, _ style: Style) -> String {
        colorEnabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Writes a line to standard output.
    static func print(_ line: String = "") { standardOutput.write(line + "\n") }
}
