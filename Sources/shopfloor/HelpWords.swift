import ShopfloorText

/// The fixed words swift-argument-parser writes around our own texts (`USAGE:`, `OPTIONS:`, `Show help
/// information.`, `Error: Missing expected argument …`), in the process's language: our abstracts, discussions
/// and option helps come from the catalogs already, this puts the frame around them in the same language.
enum HelpWords {
    /// Each phrase the parser writes, with the catalog key of its translation.
    static let phrases: [(String, String)] = [
        ("USAGE:", "help.usage"), ("ARGUMENTS:", "help.arguments"), ("OPTIONS:", "help.options"),
        ("SUBCOMMANDS:", "help.subcommands"), ("Show help information.", "help.showHelp"),
        ("Show the version.", "help.showVersion"),
        ("Please provide one of the following:", "help.provideOneOfTheFollowing"), ("; default: ", "help.defaultInList"),
        ("(default: ", "help.default"), ("(values: ", "help.values"), ("Error: ", "help.error"),
        ("Help:  ", "help.help"), ("Usage: ", "help.usageLine"), ("Missing expected argument", "help.missingArgument"),
        ("Unknown option", "help.unknownOption"), ("Missing value for", "help.missingValue"),
        ("is invalid for", "help.invalidFor"), ("Please provide one of", "help.provideOneOf"),
        ("Unexpected argument", "help.unexpectedArgument"), ("The value", "help.theValue"),
    ]

    /// How many characters a line of the parser's text can grow by when its phrases are translated (the most
    /// any one phrase grows; 0 in English): the help is laid out that much narrower, so that it still fits the
    /// terminal once translated (`USAGE:` is `KULLANIM:` in Turkish).
    static var growth: Int {
        guard Text.current.language != .english else { return 0 }
        return max(0, phrases.map { Text.string($0.1).count - $0.0.count }.max() ?? 0)
    }

    /// `text` with the parser's phrases in the process's language; unchanged in English.
    static func translated(_ text: String) -> String {
        guard Text.current.language != .english else { return text }
        var out = text.split(separator: "\n", omittingEmptySubsequences: false).map { pointer(String($0)) }
            .joined(separator: "\n")
        for (phrase, key) in phrases { out = out.replacingOccurrences(of: phrase, with: Text.string(key)) }
        // "Did you mean '--costs'?": the suggestion kept, the sentence around it translated.
        return out.replacing(/Did you mean '([^']*)'\?/) { Text.string("help.didYouMean", ["word": "\($0.1)"]) }
    }

    /// `See 'shopfloor … --help' for more information.` and `See 'shopfloor help … <subcommand>' for detailed
    /// help.` with the command they name kept.
    static func pointer(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        let indent = String(line.prefix(line.count - trimmed.count))
        for (prefix, suffix, key) in [("See '", "' for more information.", "help.seeMore"),
            ("See '", "' for detailed help.", "help.seeDetailed")]
        where trimmed.hasPrefix(prefix) && trimmed.hasSuffix(suffix) {
            let command = trimmed.dropFirst(prefix.count).dropLast(suffix.count)
            return indent + Text.string(key, ["command": "\(command)"])
        }
        return line
    }
}
