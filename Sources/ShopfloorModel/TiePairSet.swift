/// The ties seen so far as unordered pairs of people (by position in ``OrganizingGraph/people``) and kind, to
/// find a tie given twice.
///
/// Open addressing over one 64-bit word per pair and one byte per kind, with a multiplicative hash: Swift's
/// `Set` of a pair-and-kind key ran its seeded hash for every tie (7 % of `check` at 100,000 people, 879,168
/// ties).
struct TiePairSet {
    /// `low << 32 | high` of each pair placed.
    private var pairs: [UInt64]
    /// The kind's code (``code(_:)``); 0 for an empty slot.
    private var kinds: [UInt8]
    private var mask: Int
    private var count = 0

    /// A set for about `capacity` pairs (it grows when more come).
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        pairs = [UInt64](repeating: 0, count: size)
        kinds = [UInt8](repeating: 0, count: size)
        mask = size - 1
    }

    /// A kind's code (never 0), without hashing it.
    @inline(__always) private static func code(_ kind: Tie.Kind) -> UInt8 {
        switch kind {
        case .coworker: 1
        case .friend: 2
        case .relative: 3
        case .neighbour: 4
        case .commute: 5
        case .union: 6
        }
    }

    @inline(__always) private static func slot(_ pair: UInt64, _ kind: UInt8, mask: Int) -> Int {
        var h = (pair ^ UInt64(kind) << 59) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// Adds the pair `a`–`b` (either order) of `kind`; false when it was there already.
    mutating func insert(_ a: Int32, _ b: Int32, kind: Tie.Kind) -> Bool {
        if 2 * (count + 1) > pairs.count { grow() }
        let pair = UInt64(UInt32(bitPattern: min(a, b))) << 32 | UInt64(UInt32(bitPattern: max(a, b)))
        let code = Self.code(kind)
        var slot = Self.slot(pair, code, mask: mask)
        while kinds[slot] != 0 {
            if pairs[slot] == pair, kinds[slot] == code { return false }
            slot = (slot + 1) & mask
        }
        pairs[slot] = pair
        kinds[slot] = code
        count += 1
        return true
    }

    /// Doubles the slots and places every pair again.
    private mutating func grow() {
        var biggerPairs = [UInt64](repeating: 0, count: 2 * pairs.count)
        var biggerKinds = [UInt8](repeating: 0, count: 2 * kinds.count)
        let biggerMask = biggerPairs.count - 1
        for i in pairs.indices where kinds[i] != 0 {
            var slot = Self.slot(pairs[i], kinds[i], mask: biggerMask)
            while biggerKinds[slot] != 0 { slot = (slot + 1) & biggerMask }
            biggerPairs[slot] = pairs[i]
            biggerKinds[slot] = kinds[i]
        }
        pairs = biggerPairs
        kinds = biggerKinds
        mask = biggerMask
    }
}
