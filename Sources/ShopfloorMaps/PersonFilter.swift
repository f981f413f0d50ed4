import ShopfloorModel

/// A set of person ids that answers "no" cheaply: a 65,536-bit Bloom filter on the ids' FNV-1a digests in
/// front of a hash set.
///
/// A map of one plant looks at every tie of the graph to find the few that touch its people; at national
/// scale that is ten million ties, and almost every answer is "no". FNV over a short id costs a fraction of
/// Swift's seeded string hash, and only the rare filter hit (the members, or about one in twenty-five others
/// for a plant of 2,500) pays for the set lookup.
struct PersonFilter {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private let members: Set<Person.ID>

    init(_ ids: some Sequence<Person.ID>) {
        members = Set(ids)
        for id in members {
            let slot = Self.slot(id)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    /// Whether the id is in the set.
    @inline(__always) func contains(_ id: Person.ID) -> Bool {
        let slot = Self.slot(id)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 && members.contains(id)
    }

    /// The filter bit of an id: FNV-1a of its UTF-8 bytes, folded to 16 bits. Only a slot in this process's
    /// filter, never written anywhere (aliases come from ``PersonAliases``, keyed).
    @inline(__always) private static func slot(_ id: Person.ID) -> Int {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.rawValue.utf8 {
            digest ^= UInt64(byte)
            digest = digest &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: (digest ^ (digest >> 29)) & 0xFFFF)
    }
}
