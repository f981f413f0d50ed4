/// Upper and lower case, sorting and matching that keep the Turkish dotted and dotless i apart.
///
/// Unicode's default casing maps `i` to `I` and `I` to `i`, which turns `İstanbul` into `i̇stanbul` and `ışık`
/// into `IŞIK` → `işik`. Turkish has four letters: `İ`/`i` and `I`/`ı`. The names Shopfloor shows are Turkish in
/// either language, so these rules hold in both languages' outputs.
public enum TurkishCasing {
    /// Upper case with `i` → `İ` and `ı` → `I`.
    public static func uppercased(_ text: String) -> String {
        mapped(text, ["i": "İ", "ı": "I"]) { $0.uppercased() }
    }

    /// Lower case with `İ` → `i` and `I` → `ı`.
    public static func lowercased(_ text: String) -> String {
        mapped(text, ["İ": "i", "I": "ı"]) { $0.lowercased() }
    }

    /// `text` with each character in `special` replaced by its value and every other one by `other`.
    private static func mapped(_ text: String, _ special: [Character: String], other: (Character) -> String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { out += special[c] ?? other(c) }
        return out
    }

    /// The Turkish alphabet's order: a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z (with q, w, x where
    /// Latin puts them).
    private static let alphabet: [Character] = Array("abcçdefgğhıijklmnoöpqrsştuüvwxyz")
    private static let rank: [Character: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, $0.offset) })

    /// Whether `a` sorts before `b` in Turkish order: letters by the Turkish alphabet, case ignored first and
    /// deciding only ties (lower before upper), other characters by their code points before letters.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a), kb = sortKey(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars, by: { $0.value > $1.value })
    }

    /// A key whose lexicographic order is Turkish alphabetical order, case ignored.
    public static func sortKey(_ text: String) -> [Int] {
        sortKey(text, lowercasing: lowercased)
    }

    /// A key in the Turkish alphabet's order after `lowercasing` (English lower case keeps `I`/`i` a pair):
    /// letters by their rank, a letter outside the alphabet (`ä`, `é`) just after its base letter, other
    /// characters by their code points before every letter.
    static func sortKey(_ text: String, lowercasing: (String) -> String) -> [Int] {
        var key: [Int] = []
        key.reserveCapacity(text.utf8.count)
        for c in lowercasing(text) {
            if let r = rank[c] {
                key.append(0x11_0000 + 2 * r)
            } else if c.isLetter, let scalar = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                let r = rank[Character(scalar)] {
                key.append(0x11_0000 + 2 * r + 1)
            } else {
                key.append(Int(c.unicodeScalars.first?.value ?? 0))
            }
        }
        return key
    }

    /// A form for matching words people type with or without Turkish letters or capitals: lower case, with
    /// `ç ğ ı İ ö ş ü` folded to `c g i i o s u` (so `İŞ ARKADAŞI`, `iş arkadaşı` and `is arkadasi` match).
    public static func folded(_ text: String) -> String {
        if let ascii = foldedASCII(text) { return ascii }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "ç", "Ç": out.append("c")
            case "ğ", "Ğ": out.append("g")
            case "ı", "I", "İ", "i": out.append("i")
            case "ö", "Ö": out.append("o")
            case "ş", "Ş": out.append("s")
            case "ü", "Ü": out.append("u")
            default: out += c.lowercased()
            }
        }
        return out
    }

    /// ``folded(_:)`` of an ASCII text (ids, most searches), byte by byte: `A`–`Z` to `a`–`z` (`I` to `i`, as the
    /// folding does); nil when the text is not ASCII. The text itself when it holds no capital.
    static func foldedASCII(_ text: String) -> String? {
        var capitals = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals = true }
        }
        guard capitals else { return text }
        return String(decoding: text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
