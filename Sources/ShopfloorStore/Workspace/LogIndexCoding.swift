import Crypto
import Foundation

/// HMAC-SHA256 of a record's kind and fields under a key derived from a workspace's key, cut to 16 bytes.
struct KeyedHasher {
    enum Kind: UInt8 { case person = 1, place, contact }

    private let base: HMAC<SHA256>

    init(key: SymmetricKey) {
        let derived = HMAC<SHA256>.authenticationCode(for: Data("shopfloor log index 1".utf8), using: key)
        base = HMAC<SHA256>(key: SymmetricKey(data: Data(derived)))
    }

    /// The hash of `fields` (each length-prefixed, nil told from empty) of a record of `kind`.
    func hash(_ kind: Kind, _ fields: [String?]) -> Data {
        var hmac = base
        var bytes: [UInt8] = [kind.rawValue]
        for field in fields {
            guard let field else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            bytes += IndexWriter.bytes(UInt32(clamping: field.utf8.count))
            bytes += field.utf8
        }
        hmac.update(data: bytes)
        return Data(hmac.finalize().prefix(16))
    }
}

/// Big-endian numbers, strings and sorted lists of fixed-size entries, written (``LogIndex``).
struct IndexWriter {
    var data = Data()

    static func bytes(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    mutating func u8(_ value: UInt8) { data.append(value) }
    mutating func u32(_ value: Int) { data.append(contentsOf: Self.bytes(UInt32(clamping: value))) }
    mutating func u64(_ value: UInt64) { data.append(contentsOf: SealedImage.bigEndian(value)) }
    mutating func string(_ text: String) {
        u32(text.utf8.count)
        data.append(contentsOf: text.utf8)
    }

    /// Their count, then each.
    mutating func strings(_ texts: [String]) {
        u32(texts.count)
        for text in texts { string(text) }
    }

    /// The entries sorted by their bytes, after their count.
    mutating func list(_ entries: [Data]) {
        u32(entries.count)
        for entry in entries.sorted(by: { $0.lexicographicallyPrecedes($1) }) { data.append(entry) }
    }
}

/// The reading side of ``IndexWriter``: nil past the end.
struct IndexReader {
    let bytes: Data
    var at = 0

    var atEnd: Bool { at == bytes.count }

    static func u32(_ raw: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 << 8 | UInt32(raw[at + $1]) }
    }

    mutating func take(_ count: Int) -> Data? {
        guard count >= 0, bytes.count - at >= count else { return nil }
        defer { at += count }
        return bytes.subdata(in: (bytes.startIndex + at)..<(bytes.startIndex + at + count))
    }

    mutating func u8() -> UInt8? { take(1)?.first }
    mutating func u32() -> Int? { take(4).map { Int($0.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }) } }
    mutating func u64() -> UInt64? { take(8).map { $0.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } } }
    mutating func string() -> String? {
        guard let count = u32(), let raw = take(count) else { return nil }
        return String(data: raw, encoding: .utf8)
    }

    mutating func strings() -> [String]? {
        guard let count = u32(), count <= bytes.count - at else { return nil }
        var out: [String] = []
        for _ in 0..<count {
            guard let text = string() else { return nil }
            out.append(text)
        }
        return out
    }

    mutating func list(_ size: Int) -> Data? {
        guard let count = u32(), count <= (bytes.count - at) / size else { return nil }
        return take(count * size)
    }
}
