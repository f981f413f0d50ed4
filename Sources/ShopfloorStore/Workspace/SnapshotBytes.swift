import Foundation

/// Appends a snapshot's values to a byte array.
struct ByteWriter {
    var data: [UInt8] = []

    mutating func byte(_ value: UInt8) { data.append(value) }
    mutating func bytes(_ values: some Sequence<UInt8>) { data.append(contentsOf: values) }
    mutating func bytes(_ raw: UnsafeRawBufferPointer) { data.append(contentsOf: raw) }

    mutating func int64(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func varint(_ value: Int) {
        var v = UInt64(value)
        while v >= 0x80 {
            data.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }

    /// A length-prefixed run of bytes: its length + 1, or 0 for nil.
    mutating func field(_ bytes: (some Collection<UInt8>)?) {
        guard let bytes else { return varint(0) }
        varint(bytes.count + 1)
        data.append(contentsOf: bytes)
    }
}

/// Reads a snapshot's values, every read bounds-checked (nil past the end).
struct ByteReader {
    let base: UnsafeBufferPointer<UInt8>
    var at = 0

    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }

    var atEnd: Bool { at == base.count }

    mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard count >= 0, base.count - at >= count else { return nil }
        defer { at += count }
        return UnsafeBufferPointer(rebasing: base[at..<(at + count)])
    }

    mutating func byte() -> UInt8? { take(1)?[0] }

    mutating func int64() -> Int64? {
        guard let bytes = take(8) else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return Int64(bitPattern: value)
    }

    mutating func varint() -> Int? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while let byte = byte() {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value <= UInt64(Int32.max) ? Int(value) : nil }
            shift += 7
            if shift > 35 { return nil }
        }
        return nil
    }

    /// A field's bytes; nil when it is nil or cut short.
    mutating func field() -> UnsafeBufferPointer<UInt8>? {
        guard let length = varint(), length > 0 else { return nil }
        return take(length - 1)
    }

    /// Steps over a field (nil or not); false when it is cut short.
    mutating func skipField() -> Bool {
        guard let length = varint() else { return false }
        return length == 0 || take(length - 1) != nil
    }

    /// Steps over one person of the snapshot's people (see ``ReadSnapshot``); false when it is cut short.
    mutating func skipPerson() -> Bool {
        for _ in 0..<11 { guard skipField() else { return false } }
        guard let places = varint() else { return false }
        for _ in 0..<places { guard skipField() else { return false } }
        return take(2) != nil
    }

    mutating func string() -> String? { field().map { String(decoding: $0, as: UTF8.self) } }

    /// A field that may be nil, as text: `.some(nil)` for a stored nil, nil when cut short; the same string as
    /// `repeated`'s last one when the bytes are the same (people of one workplace, shift or shop repeat them).
    mutating func optionalString(_ repeated: inout RepeatedText) -> String?? {
        guard let length = varint() else { return nil }
        guard length > 0 else { return .some(nil) }
        return take(length - 1).map { repeated.text($0) }
    }

    /// A field that may be nil: `.some(nil)` for a stored nil, nil when cut short.
    mutating func optionalString() -> String?? {
        guard let length = varint() else { return nil }
        guard length > 0 else { return .some(nil) }
        return take(length - 1).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// The last text a field of a snapshot's people was decoded to, reused while the next people's bytes are the same.
struct RepeatedText {
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var last = ""

    /// The text of `field`: the last one when the bytes are the same, decoded otherwise.
    mutating func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
        if let a = field.baseAddress, let b = bytes.baseAddress, field.count == bytes.count, memcmp(a, b, field.count) == 0 {
            return last
        }
        bytes = field
        last = String(decoding: field, as: UTF8.self)
        return last
    }
}
