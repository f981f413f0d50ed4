import ArgumentParser
import Foundation
import ShopfloorText

/// `--lang tr|en`, on every command: the language of what the command writes for people.
///
/// The language is chosen before the command line is parsed (``LanguageOption/chooseAtStartup(arguments:environment:)``),
/// so that `--help` speaks it too; this group is what makes `--lang` a known option of every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Text.string("option.lang.help"), valueName: "language"))
    var language: Language?

    /// Chooses the process's language: `--lang` in the arguments, else `LC_ALL`, `LC_MESSAGES`, `LANG`, else
    /// English. A workspace's `language` setting applies when the workspace is opened and no `--lang` was given.
    /// - Returns: whether `--lang` decided (then a workspace setting does not override it).
    @discardableResult
    static func chooseAtStartup(arguments: [String], environment: [String: String]) -> Bool {
        let fromFlag = flagValue(in: arguments).flatMap(Language.init(code:))
        let language = fromFlag ?? Language.fromEnvironment(environment)
        try? Text.choose(language)
        explicit = fromFlag != nil
        return explicit
    }

    /// Whether `--lang` chose the language (a workspace setting then does not).
    nonisolated(unsafe) static var explicit = false

    /// The value of `--lang X` or `--lang=X`, before `--` ends the options.
    static func flagValue(in arguments: [String]) -> String? {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--" { return nil }
            if argument == "--lang" { return iterator.next() }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { Language.all.map(\.code) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
