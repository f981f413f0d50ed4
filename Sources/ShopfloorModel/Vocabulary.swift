import Foundation
import ShopfloorText

/// A closed set of words a graph file may use for a field, with the aliases people naturally write, in English
/// and in Turkish.
///
/// Parsing is case-insensitive (with Turkish casing: `İ`/`i`, `I`/`ı`), treats `_`, ` ` and `-` alike and folds
/// the Turkish letters `ç ğ ı ö ş ü` to `c g i o s u`, so `Social Democrat`, `social_democrat`, `sosyal demokrat`
/// and `SOSYAL-DEMOKRAT` all read as ``Affiliation/socialDemocrat``, and `iş arkadaşı` as `is arkadasi`.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
    /// Other spellings accepted for a case (e.g. `teahouse` or `kahvehane` for a pub), written as people write
    /// them; each is read through ``normalize(_:)`` like any word.
    static var aliases: [String: Self] { get }
}

extension Vocabulary {
    public static var aliases: [String: Self] { [:] }

    /// Every canonical word of the vocabulary, in declaration order.
    public static var words: [String] { allCases.map(\.rawValue) }

    /// Reads a word written by a person, or returns nil when it is not part of the vocabulary.
    public init?(word: String) {
        // The canonical spelling (what files written by Shopfloor hold) needs no normalizing.
        if let exact = Self(rawValue: word) {
            self = exact
            return
        }
        guard let raw = VocabularyTable.meanings(of: Self.self)[Self.normalize(word)], let match = Self(rawValue: raw)
        else { return nil }
        self = match
    }

    /// Every spelling accepted for the vocabulary, canonical words first, then the aliases in Turkish
    /// alphabetical order: the candidates of "did you mean" hints and the list of the graph file reference.
    public static var spellings: [String] {
        words + aliases.keys.sorted(by: TurkishCasing.precedes)
    }

    /// Lower-cases a word with Turkish casing, folds `ç ğ ı ö ş ü` to `c g i o s u`, and `_` and spaces into `-`.
    public static func normalize(_ word: String) -> String {
        String(TurkishCasing.folded(word).map { $0 == "_" || $0 == " " ? "-" : $0 })
            .trimming("-")
    }

    /// The spelling a person most likely meant by a word the vocabulary does not know, for "did you mean"
    /// hints in either language (compared in normalized form, so `sempatizn` finds `sempatizan` and
    /// `is arkadasi` finds `iş arkadaşı`).
    public static func nearest(to word: String) -> String? {
        let spellings = Self.spellings
        let normalized = spellings.map(normalize)
        guard let near = Suggestion.nearest(to: normalize(word), in: normalized),
            let index = normalized.firstIndex(of: near)
        else { return nil }
        return spellings[index]
    }

    /// The word a "did you mean" hint offers for `word`: in English the canonical word of the nearest spelling
    /// (`teahous` → `pub`), in Turkish the nearest spelling itself (`sempatizn` → `sempatizan`).
    public static func hintSpelling(near word: String) -> String? {
        guard let near = nearest(to: word) else { return nil }
        return Text.current.language == .english ? (Self(word: near)?.rawValue ?? near) : near
    }
}

/// The normalized spellings of each vocabulary and the canonical word each means, built once per vocabulary.
enum VocabularyTable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: [String: String]] = [:]

    /// Normalized spelling → canonical word, for the canonical words and every alias of `V`.
    static func meanings<V: Vocabulary>(of _: V.Type) -> [String: String] {
        let id = ObjectIdentifier(V.self)
        if let table = lock.withLock({ tables[id] }) { return table }
        var table: [String: String] = [:]
        for (alias, meaning) in V.aliases { table[V.normalize(alias)] = meaning.rawValue }
        for word in V.words { table[V.normalize(word)] = word }
        lock.withLock { tables[id] = table }
        return table
    }

    /// Spellings of `V` whose normalized forms collide with a different meaning (the vocabulary tests expect none).
    static func ambiguities<V: Vocabulary>(of _: V.Type) -> [String] {
        var seen: [String: String] = [:]
        var clashes: [String] = []
        for word in V.words { seen[V.normalize(word)] = word }
        for (alias, meaning) in V.aliases.sorted(by: { $0.key < $1.key }) {
            let key = V.normalize(alias)
            if let other = seen[key], other != meaning.rawValue { clashes.append(alias) }
            seen[key] = seen[key] ?? meaning.rawValue
        }
        return clashes
    }
}

extension String {
    fileprivate func trimming(_ set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice.removeFirst() }
        while slice.last == set { slice.removeLast() }
        return String(slice)
    }
}
