/// The position of each id in a list (the first one, when an id repeats), found through an open-addressing table
/// keyed by a cheap hash of the id's UTF-8 bytes: how ``OrganizingGraph`` finds a person by id.
///
/// At a million people a standard dictionary of `Person.ID` keys (SipHash over every id, then the dictionary's own
/// inserts) was a seventh of a cold `plan reach`; this table is one multiply-mix per 8 bytes of id and a store
/// per person. Ids are the user's words, not an attacker's, so the hash need not resist chosen collisions
/// (linear probing keeps a pathological case correct, only slower).
struct PositionTable: Sendable {
    /// Each slot holds a position + 1, 0 when empty; the table is at most half full.
    private var slots: [Int32] = [0]
    private var mask = 0
    /// The ids, by position (what a slot's position is compared with).
    private var keys: [String] = []

    /// The table of `keys`, in their order.
    init(_ keys: [String]) {
        self.keys = keys
        var size = 2
        while size < 2 * keys.count { size <<= 1 }
        mask = size - 1
        slots = [Int32](repeating: 0, count: size)
        for (i, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while true {
                let held = Int(slots[slot])
                if held == 0 {
                    slots[slot] = Int32(i + 1)
                    break
                }
                // A repeated id keeps its first position.
                if keys[held - 1] == key { break }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The position of `key`, or nil when no id is `key`.
    func position(of key: String) -> Int? {
        var slot = Self.hash(key) & mask
        while true {
            let held = Int(slots[slot])
            if held == 0 { return nil }
            if keys[held - 1] == key { return held - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// A 64-bit mix of the key's UTF-8 bytes, 8 at a time.
    @inline(__always) static func hash(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { bytes in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var at = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while at + 8 <= raw.count {
                h = mix(h ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                at += 8
            }
            if at < raw.count {
                var word: UInt64 = 0
                for (shift, byte) in raw[at...].enumerated() { word |= UInt64(byte) << (8 * UInt64(shift)) }
                h = mix(h ^ word)
            }
            return Int(truncatingIfNeeded: mix(h))
        }
    }

    @inline(__always) private static func mix(_ value: UInt64) -> UInt64 {
        var h = value &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}
