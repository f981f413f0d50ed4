/// Person ids by their UTF-8 bytes, to resolve the two people of every tie while the ties are read, without
/// making a `String` or running Swift's seeded string hash for each lookup (twenty million lookups at national
/// scale).
///
/// Open addressing over 16-byte slots that hold an id's first eight bytes, its length and its position: an id of
/// up to eight bytes is found and compared in its slot alone (one cache line touched per lookup, where a lookup
/// is a cache miss at scale); a longer one also compares the rest of its bytes, laid end to end in one array. An
/// id held by two people resolves to the first, as ``ShopfloorModel/OrganizingGraph/index(of:)`` does.
struct PersonPositions {
    private struct Slot {
        /// The id's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64 = 0
        var length: UInt32 = 0
        /// Position + 1; 0 for an empty slot.
        var position: Int32 = 0
    }

    /// Every id's bytes after its first eight, one after another: id `i`'s are `rest[starts[i]..<starts[i + 1]]`.
    private var rest: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Slot]
    private var mask: Int

    /// A table for about `count` ids (it grows when more come).
    init(capacity count: Int) {
        var size = 16
        while size < 2 * count { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// FNV-1a over the bytes, then a final mix so that the low bits used for the slot depend on every byte.
    @inline(__always) private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always) private static func prefix(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        for i in 0..<min(8, text.count) { p |= UInt64(text[i]) << (8 * UInt64(i)) }
        return p
    }

    /// Whether the id in `slot` is `text` (whose first eight bytes are `prefix`).
    @inline(__always) private func matches(_ slot: Slot, _ text: UnsafeBufferPointer<UInt8>, _ prefix: UInt64) -> Bool {
        guard slot.prefix == prefix, Int(slot.length) == text.count else { return false }
        guard text.count > 8 else { return true }
        let position = Int(slot.position) - 1
        let start = starts[position]
        return rest.withUnsafeBufferPointer { all in
            var i = 8
            while i < text.count {
                if all[start + i - 8] != text[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Adds the next person's id (positions count from 0 in the order of the calls).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        let position = starts.count - 1
        if position * 2 >= slots.count { grow() }
        if text.count > 8 { rest.append(contentsOf: text[8...]) }
        starts.append(rest.count)
        let prefix = Self.prefix(text)
        var slot = Self.hash(text) & mask
        while slots[slot].position != 0 {
            if matches(slots[slot], text, prefix) { return }  // a repeated id: the first person keeps it
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(prefix: prefix, length: UInt32(truncatingIfNeeded: text.count), position: Int32(position + 1))
    }

    /// The position of the first person with this id, or -1.
    func position(of text: UnsafeBufferPointer<UInt8>) -> Int32 {
        let prefix = Self.prefix(text)
        var slot = Self.hash(text) & mask
        while slots[slot].position != 0 {
            if matches(slots[slot], text, prefix) { return slots[slot].position - 1 }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// Doubles the slots and places every id again (from the slots: every id that has one keeps its position).
    private mutating func grow() {
        var bigger = [Slot](repeating: Slot(), count: 2 * slots.count)
        let biggerMask = bigger.count - 1
        for old in slots where old.position != 0 {
            // The slot's hash needs the whole id: its first bytes are in the slot, the rest in `rest`.
            var bytes = withUnsafeBytes(of: old.prefix.littleEndian) { Array($0.prefix(min(8, Int(old.length)))) }
            if old.length > 8 {
                let start = starts[Int(old.position) - 1]
                bytes += rest[start..<(start + Int(old.length) - 8)]
            }
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & biggerMask
            while bigger[slot].position != 0 { slot = (slot + 1) & biggerMask }
            bigger[slot] = old
        }
        slots = bigger
        mask = biggerMask
    }
}
