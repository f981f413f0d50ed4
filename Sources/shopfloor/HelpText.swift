import ShopfloorText

/// Help as ArgumentParser writes it, fitted to the terminal: its usage line is one long line, which is wrapped
/// here between its parts (a bracketed option stays whole), each further line indented under the first.
enum HelpText {
    /// The help text with its `USAGE:` line wrapped to `width` columns; other lines as they are.
    static func fitted(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("USAGE: "), line.count > width else { return String(line) }
            return wrapUsage(String(line.dropFirst(7)), width: width, prefix: "USAGE: ")
        }.joined(separator: "\n")
    }

    /// A usage error as the parser writes it (`Error: …`, `Help:  …`, the one-line `Usage: …`, `See '…' for more
    /// information.`), already in the process's language, fitted to `width`: the usage line wrapped between its
    /// parts under its prefix, the other lines wrapped as prose with quoted commands kept whole.
    static func fittedError(_ text: String, width: Int) -> String {
        let usage = Text.string("help.usageLine")
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width, line.hasPrefix(usage) else { return TextTable.fitted(String(line), width: width) }
            return wrapUsage(String(line.dropFirst(usage.count)), width: width, prefix: usage)
        }.joined(separator: "\n")
    }

    /// The usage's parts (words, with a bracketed or angled group kept whole) filled into lines.
    static func wrapUsage(_ usage: String, width: Int, prefix: String) -> String {
        var parts: [String] = [], current = "", depth = 0
        for character in usage {
            if character == " " && depth == 0 {
                if !current.isEmpty { parts.append(current) }
                current = ""
                continue
            }
            if "[<(".contains(character) { depth += 1 }
            if "]>)".contains(character) { depth = max(0, depth - 1) }
            current.append(character)
        }
        if !current.isEmpty { parts.append(current) }
        let indent = String(repeating: " ", count: prefix.count)
        var lines: [String] = [], line = prefix
        for part in parts {
            if line.count > indent.count, line.count + 1 + part.count > width {
                lines.append(line)
                line = indent + part
            } else {
                line += (line.count > indent.count ? " " : "") + part
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
