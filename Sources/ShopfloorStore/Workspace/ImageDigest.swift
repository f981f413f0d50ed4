import Foundation

/// A fast 256-bit fingerprint of a workspace image: what a save whose whole graph was checked stamps after the
/// image (``ChangeJournal/stampMagic``), so that a later read can tell the image is byte for byte the one that
/// was checked and need not run every rule again.
///
/// Not a cryptographic hash (a sealed workspace's stamp is sealed like its records; a plain file can be
/// rewritten by anyone who holds it): it tells an image changed outside Shopfloor (`sqlite3`, an edited or
/// damaged byte) from the one Shopfloor wrote, at memory speed: four independent 64-bit lanes, 32 bytes a round.
enum ImageDigest {
    /// The fingerprint's length in bytes.
    static let size = 32
    /// The bytes of a file digested through one mapping (``of(_:length:)``).
    static let window = 1 << 25

    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9

    /// One lane's step: a bijection of the lane for a given word, and of the word for a given lane.
    @inline(__always) private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* p2
        return (mixed << 31 | mixed >> 33) &* p1
    }

    @inline(__always) private static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }

    /// The fingerprint of `data`.
    static func of(_ data: Data) -> Data {
        data.withUnsafeBytes { of($0) }
    }

    /// The fingerprint of the bytes of `raw`.
    static func of(_ raw: UnsafeRawBufferPointer) -> Data {
        var lanes = Lanes()
        let whole = raw.count / 32 * 32
        lanes.absorb(UnsafeRawBufferPointer(rebasing: raw[..<whole]))
        return lanes.finish(tail: UnsafeRawBufferPointer(rebasing: raw[whole...]), count: raw.count)
    }

    /// The fingerprint of the first `length` bytes of `file`: the same value as
    /// ``of(_:)-(UnsafeRawBufferPointer)`` of those bytes, without holding them. The file is read through mapped
    /// windows of 32 MB, each unmapped once digested (the system's cached pages are read in place: no copy into
    /// this process, and at most one window resident at a time); through a buffer of half a megabyte where the
    /// system cannot map it. Nil when the file cannot be read or is shorter.
    static func of(_ file: ImageFile, length: Int) -> Data? {
        guard length <= file.size else { return nil }
        var lanes = Lanes()
        var offset = 0
        while length - offset >= 32 {
            let count = min(window, length - offset) / 32 * 32
            // Populated at once: one call maps the window's cached pages instead of a fault every few pages.
            guard let region = mmap(nil, count, PROT_READ, MAP_SHARED | MAP_POPULATE, file.fd, off_t(offset)),
                region != mapFailed
            else { return buffered(file, length: length) }
            lanes.absorb(UnsafeRawBufferPointer(start: region, count: count))
            munmap(region, count)
            offset += count
        }
        guard let tail = try? file.bytes(at: offset, count: length - offset), tail.count == length - offset else { return nil }
        return tail.withUnsafeBytes { lanes.finish(tail: $0, count: length) }
    }

    /// ``of(_:length:)`` read through a buffer of half a megabyte.
    static func buffered(_ file: ImageFile, length: Int) -> Data? {
        let chunk = 1 << 19
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 64)
        defer { buffer.deallocate() }
        var lanes = Lanes()
        var offset = 0
        while offset < length {
            let count = min(chunk, length - offset)
            guard (try? file.read(into: buffer.baseAddress!, count: count, at: offset)) != nil else { return nil }
            let whole = count / 32 * 32
            lanes.absorb(UnsafeRawBufferPointer(start: buffer.baseAddress, count: whole))
            offset += count
            // Every chunk but the last is a whole number of rounds; the last one's remainder is the tail.
            if whole < count || offset == length {
                return lanes.finish(tail: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[whole..<count]),
                    count: length)
            }
        }
        return Lanes().finish(tail: UnsafeRawBufferPointer(start: nil, count: 0), count: 0)
    }

    /// The four lanes of a fingerprint being taken.
    private struct Lanes {
        var a = p1 &+ p2, b = p2, c: UInt64 = 0, d = 0 &- p1

        /// Takes in `raw`, a whole number of 32-byte rounds.
        @inline(__always) mutating func absorb(_ raw: UnsafeRawBufferPointer) {
            var (a, b, c, d) = (self.a, self.b, self.c, self.d)
            var offset = 0
            while offset + 32 <= raw.count {
                a = round(a, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                b = round(b, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                c = round(c, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                d = round(d, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            (self.a, self.b, self.c, self.d) = (a, b, c, d)
        }

        /// The fingerprint, given the last bytes (fewer than 32) and the whole length.
        func finish(tail raw: UnsafeRawBufferPointer, count: Int) -> Data {
            var tail = UInt64(count) &* p3
            for byte in raw { tail = round(tail, UInt64(byte)) }
            // Each output word depends on every lane, the tail and the length.
            let lanes = [a, b, c, d]
            var out = Data(capacity: size)
            for i in 0..<4 {
                let others = lanes[(i + 1) % 4] &* p1 ^ lanes[(i + 2) % 4] &* p2 ^ lanes[(i + 3) % 4] &* p3
                let word = avalanche(lanes[i] ^ avalanche(tail &+ UInt64(i)) ^ others)
                withUnsafeBytes(of: word.bigEndian) { out.append(contentsOf: $0) }
            }
            return out
        }
    }
}
