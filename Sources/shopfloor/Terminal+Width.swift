import Foundation

extension Terminal {
    /// The width human output is laid out for: `COLUMNS` when set to a number, else the terminal's width
    /// (`ioctl` on standard output, error or input, whichever is a terminal), else 80.
    static let width: Int = measuredWidth ?? 80

    /// The width of the terminal or of `COLUMNS`, nil when there is neither (output going to a file or a script).
    static let measuredWidth: Int? = {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        for descriptor: Int32 in [1, 2, 0] where isatty(descriptor) == 1 {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return nil
    }()
}

extension Terminal {
    /// Prints prose wrapped at spaces to ``width``: `indent` before every line, two spaces more after the first
    /// (a word longer than a line stays whole). For sentences only, never for a command a person copies.
    static func printWrapped(_ text: String, indent: String = "", style: Style? = nil) {
        let lines = TextTable.wrapped(text, width: width, indent: indent)
        print(style.map { styled(lines, $0) } ?? lines)
    }
}

extension Terminal {
    /// A message for standard error fitted to the terminal (or `COLUMNS`): each line longer than the width wrapped
    /// at spaces (never inside a span in backticks), its continuation lines indented two spaces more than the line.
    /// Without a terminal or `COLUMNS` (a log, a script) the message stays one line per line.
    static func fitted(_ message: String) -> String {
        guard let width = measuredWidth else { return message }
        return TextTable.fitted(message, width: width)
    }

    /// Prints a message a person reads on standard output (a result such as `Wrote …`, one or more lines),
    /// ``fitted(_:)`` to the terminal.
    static func say(_ text: String) { print(fitted(text)) }
}

extension Terminal {
    /// Prints a heading, `bold` in bold and `rest` after it, on one line when it fits ``width``; else wrapped
    /// and all in bold.
    static func printHeading(_ bold: String, _ rest: String) {
        if (bold + rest).count <= width {
            print(styled(bold, .bold) + rest)
        } else {
            printWrapped(bold + rest, style: .bold)
        }
    }
}
