/// Person ids by their UTF-8 bytes, to resolve the two people of every tie while the ties are read, without
/// making a `String` or running Swift's seeded string hash for each lookup (twenty million lookups at national
/// scale, a seventh of a cold `plan reach`).
///
/// Open addressing over the ids' bytes laid end to end; an id held by two people resolves to the first, as
/// ``ShopfloorModel/OrganizingGraph/index(of:)`` does.
struct PersonPositions {
    /// Every id's bytes, one after another: id `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Position + 1 of the id in each slot, 0 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// A table for about `count` ids.
    init(capacity count: Int) {
        var size = 16
        while size < 2 * count { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
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

    @inline(__always) private func equals(_ position: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[position], end = starts[position + 1]
        guard end - start == text.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var i = 0
            while i < text.count {
                if all[start + i] != text[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Adds the next person's id (positions count from 0 in the order of the calls).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        let position = starts.count - 1
        if Int(position) * 2 >= slots.count { grow() }
        bytes.append(contentsOf: text)
        starts.append(bytes.count)
        var slot = Self.hash(text) & mask
        while slots[slot] != 0 {
            if equals(Int(slots[slot]) - 1, text) { return }  // a repeated id: the first person keeps it
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(position + 1)
    }

    /// The position of the first person with this id, or -1.
    func position(of text: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(text) & mask
        while slots[slot] != 0 {
            if equals(Int(slots[slot]) - 1, text) { return slots[slot] - 1 }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// Doubles the slots and places every id again.
    private mutating func grow() {
        let count = starts.count - 1
        var bigger = PersonPositions(capacity: max(16, 2 * count))
        for i in 0..<count {
            bytes.withUnsafeBufferPointer { all in
                bigger.append(UnsafeBufferPointer(rebasing: all[starts[i]..<starts[i + 1]]))
            }
        }
        self = bigger
    }
}
