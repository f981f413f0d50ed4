/// A closed set of words a graph file may use for a field, with the aliases people naturally write.
///
/// Parsing is case-insensitive and treats `_`, ` ` and `-` alike, so `Social Democrat`, `social_democrat`
/// and `social-democrat` all read as ``Affiliation/socialDemocrat``.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
    /// Other spellings accepted for a case (e.g. `teahouse` for a pub), already normalized.
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
        let key = Self.normalize(word)
        if let match = Self.allCases.first(where: { Self.normalize($0.rawValue) == key }) {
            self = match
        } else if let alias = Self.aliases[key] {
            self = alias
        } else {
            return nil
        }
    }

    /// Lower-cases a word and folds `_` and spaces into `-`.
    public static func normalize(_ word: String) -> String {
        String(word.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
            .trimmingCharacters(in: "-")
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice.removeFirst() }
        while slice.last == set { slice.removeLast() }
        return String(slice)
    }
}
