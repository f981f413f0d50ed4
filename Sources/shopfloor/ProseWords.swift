/// The words prose is wrapped between: split at single spaces (two spaces stay two), except that a quoted
/// span, a command or value between `'…'`, `` `…` `` or `"…"`, and an option with its value (`--from <group>`)
/// stay one word, so that a wrapped message never breaks a command a person copies.
enum ProseWords {
    /// The quotes that open a span when they begin a word.
    static let quotes: Set<Character> = ["'", "`", "\""]

    /// The text's words, as ``TextTable/wrap(_:to:)`` fills them into lines.
    static func split(_ text: String) -> [String] {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var words: [String] = []
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            if let end = spanEnd(pieces, from: i) {
                words.append(pieces[i...end].joined(separator: " "))
                i = end + 1
            } else if piece.hasPrefix("--"), i + 1 < pieces.count, pieces[i + 1].hasPrefix("<") {
                words.append(piece + " " + pieces[i + 1])
                i += 2
            } else {
                words.append(piece)
                i += 1
            }
        }
        return words
    }

    /// The index of the piece that closes the quoted span opened by `pieces[start]`, nil when that piece opens
    /// none (no quote at its start, or closed within itself, or never closed).
    static func spanEnd(_ pieces: [String], from start: Int) -> Int? {
        guard let quote = pieces[start].first, quotes.contains(quote), !closes(pieces[start].dropFirst(), quote) else {
            return nil
        }
        // A quote that a Turkish suffix follows (`'street'in`) closes nothing: a span ends within a dozen words.
        for end in (start + 1)..<min(pieces.count, start + 12) where closes(Substring(pieces[end]), quote) { return end }
        return nil
    }

    /// Whether a piece ends a span quoted by `quote`: the quote is its last character but for punctuation.
    static func closes(_ piece: Substring, _ quote: Character) -> Bool {
        let trimmed = piece.reversed().drop { ".,;:!?)".contains($0) }
        return trimmed.first == quote
    }
}
