import Foundation
import ArgumentParser
import ShopfloorModel
import ShopfloorPlanning

/// A vocabulary word as an option value: parsed like a graph file's word (any case, `_` or space for `-`, the
/// vocabulary's aliases), and listed in `--help` and the shell completions.
protocol VocabularyArgument: Vocabulary, ExpressibleByArgument {}

extension VocabularyArgument {
    public init?(argument: String) { self.init(word: argument) }
    public static var allValueStrings: [String] { words }
    public static var defaultCompletionKind: CompletionKind { .list(words) }
}

extension Affiliation: VocabularyArgument {}
extension Role: VocabularyArgument {}
extension Tie.Kind: VocabularyArgument {}
extension Cell.Kind: VocabularyArgument {}
extension Workplace.Kind: VocabularyArgument {}
extension Contact.Channel: VocabularyArgument {}
extension Contact.Outcome: VocabularyArgument {}
extension PenetrationReport.Grouping: VocabularyArgument {}

/// A cell rule's code (`cell-too-small`, …) as an option value, listed in `--help` and the completions.
extension Finding.Rule: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// An assessment, 0 (not assessed) to 5 (hostile) or its word in English or Turkish, as an option value.
extension Assessment: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }

    public static var allValueStrings: [String] { Assessment.range.map(String.init) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// A day written `YYYY-MM-DD`, as an option value.
extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
