import Foundation

/// Alphabetical order the way the language's readers expect it, for names and lists shown to people.
extension Text {
    /// Whether `a` sorts before `b` in this language's alphabetical order.
    ///
    /// Turkish: `a b c ç d e f g ğ h ı i j … o ö p … s ş t u ü v y z`, with İ/i and I/ı as pairs. English: the
    /// same letters with the usual capitals (`I`/`i`), so `Çelik` sorts beside `Celal`, not after `Zeynep` as
    /// code-point order puts it. Case decides only between otherwise equal words; the order is total.
    public func precedes(_ a: String, _ b: String) -> Bool {
        let ka = collationKey(a), kb = collationKey(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// A key whose lexicographic order is this language's alphabetical order, case ignored (ties are broken by
    /// ``precedes(_:_:)``): compute it once per row when sorting many.
    public func collationKey(_ text: String) -> [Int] {
        if catalog.format.casing == "turkish" { return TurkishCasing.sortKey(text) }
        return TurkishCasing.sortKey(text, lowercasing: { $0.lowercased() })
    }

    /// Whether `a` sorts before `b` in the process's language.
    public static func precedes(_ a: String, _ b: String) -> Bool { current.precedes(a, b) }

    /// `items` in the process's language's alphabetical order of `name`, each key computed once; equal keys keep
    /// their order.
    public static func sorted<T>(_ items: some Sequence<T>, by name: (T) -> String) -> [T] {
        let text = current
        return items.enumerated().map { (text.collationKey(name($0.element)), name($0.element), $0.offset, $0.element) }
            .sorted { l, r in
                if l.0 != r.0 { return l.0.lexicographicallyPrecedes(r.0) }
                if l.1 != r.1 { return l.1.unicodeScalars.lexicographicallyPrecedes(r.1.unicodeScalars) }
                return l.2 < r.2
            }.map(\.3)
    }
}
