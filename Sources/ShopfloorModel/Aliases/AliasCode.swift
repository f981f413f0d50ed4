/// Aliases as codes of letters and digits without look-alikes (`K7QM`), written from a 64-bit digest.
///
/// A shorter code of a digest is a prefix of a longer one, so people whose four-letter codes collide are told
/// apart by lengthening the later ones (see ``PersonAliases``).
public enum AliasCode {
    /// Letters and digits without look-alikes (no 0/O, 1/I/L).
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A code of `length` letters from ``alphabet``.
    public static func code(_ digest: UInt64, length: Int) -> String {
        var digits = Digits(digest)
        var out = ""
        for _ in 0..<length { out.append(alphabet[digits.next()]) }
        return out
    }

    /// The first four digits of a digest's code as one number: equal exactly when the four-letter codes are.
    public static func prefixKey(_ digest: UInt64) -> UInt32 {
        var digits = Digits(digest)
        var key: UInt32 = 0
        for _ in 0..<4 { key = key * UInt32(alphabet.count) + UInt32(digits.next()) }
        return key
    }

    /// The digits of a digest's code, one per letter: base-31 digits of the digest, and of a remix of it once
    /// they run out.
    struct Digits {
        let digest: UInt64
        var value: UInt64

        init(_ digest: UInt64) {
            self.digest = digest
            value = digest
        }

        mutating func next() -> Int {
            let base = UInt64(AliasCode.alphabet.count)
            let digit = Int(value % base)
            value /= base
            if value == 0 { value = digest &* 0x9E37_79B9_7F4A_7C15 }
            return digit
        }
    }
}
