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

    @inline(__always) private static func slot(_ id: Person.ID) -> Int {
        let digest = StableHash.of(id.rawValue)
        return Int(truncatingIfNeeded: (digest ^ (digest >> 29)) & 0xFFFF)
    }
}
