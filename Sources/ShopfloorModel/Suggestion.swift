import ShopfloorText

/// Finds the word a person most likely meant, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a plausible typo.
    ///
    /// Close enough means at most a third of the word's length (at least 2) edits away, or sharing a prefix of
    /// four letters or more. Ties go to the earliest candidate, so the result is deterministic.
    /// - Complexity: O(n·m·k) for k candidates of length m and a word of length n.
    public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let target = Array(word.lowercased())
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased()))
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        guard let best else { return nil }
        let limit = max(2, target.count / 3)
        if best.distance <= limit { return best.word }
        if target.count >= 4, best.word.lowercased().hasPrefix(String(target.prefix(4))) { return best.word }
        return nil
    }

    /// The canonical word of a vocabulary nearest to `word`, looking at its words and their aliases (an alias
    /// that is close gives the word it stands for).
    public static func nearest<V: Vocabulary>(to word: String, in vocabulary: V.Type) -> String? {
        V.hintSpelling(near: word)
    }

    /// Levenshtein distance between two character arrays.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// A hint sentence: "did you mean 'x'?" or the list of valid words when there are few.
    public static func hint<S: Collection>(for word: String, among candidates: S, noun: String) -> String
    where S.Element == String {
        // Beyond a few thousand candidates an edit-distance search costs more than the hint is worth.
        if candidates.count <= 5_000, let near = nearest(to: word, in: candidates) { return didYouMean(near) }
        let noun = Self.noun(noun)
        if candidates.isEmpty { return Text.string("hint.noneToReferTo", ["noun": "\(noun)"]) }
        if candidates.count <= 10 {
            return Text.string("hint.validIDs", ["noun": "\(noun)", "list": "\(candidates.joined(separator: ", "))"])
        }
        return Text.string("hint.checkIDs", ["noun": "\(noun)"])
    }

    /// The word for a kind of record (`cell`, `tie kind`, …) in the process's language; an unknown one unchanged.
    public static func noun(_ english: String) -> String {
        nounKeys[english].map { Text.string($0) } ?? english
    }

    /// The catalog key of each record noun errors and hints name, by its English word.
    static let nounKeys: [String: String] = [
        "affiliation": "noun.affiliation", "approach rank": "noun.approachRank", "assessment": "noun.assessment",
        "cell": "record.cell", "channel": "noun.channel", "field": "noun.field", "gate": "noun.gate", "id": "noun.id",
        "neighbourhood": "noun.neighbourhood", "person or cell": "noun.personOrCell", "person": "record.person",
        "place": "record.place", "shift": "noun.shift", "shop": "noun.shop", "tie kind": "noun.tieKind",
        "tie strength": "noun.tieStrength", "workplace": "record.workplace", "tie": "noun.tie", "record": "noun.record",
        "outcome": "noun.outcome", "role": "noun.role", "district": "noun.district",
    ]

    /// "did you mean 'x'?" in the process's language.
    public static func didYouMean(_ word: String) -> String {
        Text.string("hint.didYouMean", ["word": "\(word)"])
    }
}
