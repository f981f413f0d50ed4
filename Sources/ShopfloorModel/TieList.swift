/// A graph's ties, in their order: an array of ``Tie`` values, or the compact form a workspace's read snapshot
/// stores them in (each tie's two people as positions in a list of ids, its kind and strength), each ``Tie``
/// made only when asked for.
///
/// At national scale (nine million ties) the compact form is what a cold command reads: four arrays filled in
/// a few copies instead of nine million values of two `String` ids each (a sixth of a cold `plan reach` at a
/// million people, and 400 MB). Both forms hold the same ties and compare equal when they do.
public struct TieList: RandomAccessCollection, Equatable, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case values([Tie])
        case compact(Compact)
    }

    /// The compact form: `ends[2t]` and `ends[2t + 1]` are positions in `ids`.
    private struct Compact: Sendable {
        let ids: [Person.ID]
        let ends: [Int32]
        let kinds: [Tie.Kind]
        let strengths: [UInt8]
    }

    private var storage: Storage

    /// The ties of an array.
    public init(_ ties: [Tie]) { storage = .values(ties) }

    /// The ties of an array literal.
    public init(arrayLiteral ties: Tie...) { storage = .values(ties) }

    /// Ties in the compact form: tie `t` joins `ids[ends[2t]]` and `ids[ends[2t + 1]]`, with `kinds[t]` and
    /// `strengths[t]`; nil when the counts disagree or an end is not a position in `ids`.
    public init?(ids: [Person.ID], ends: [Int32], kinds: [Tie.Kind], strengths: [UInt8]) {
        guard ends.count == 2 * kinds.count, strengths.count == kinds.count else { return nil }
        guard ends.allWithin(0, Int32(clamping: ids.count)) else { return nil }
        storage = .compact(Compact(ids: ids, ends: ends, kinds: kinds, strengths: strengths))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .values(let ties): ties.count
        case .compact(let c): c.kinds.count
        }
    }

    public subscript(position: Int) -> Tie {
        switch storage {
        case .values(let ties): return ties[position]
        case .compact(let c):
            return Tie(c.ids[Int(c.ends[2 * position])], c.ids[Int(c.ends[2 * position + 1])], kind: c.kinds[position],
                strength: Int(c.strengths[position]))
        }
    }

    /// The kind of tie `t`, without making the tie.
    @inline(__always) public func kind(at t: Int) -> Tie.Kind {
        switch storage {
        case .values(let ties): ties[t].kind
        case .compact(let c): c.kinds[t]
        }
    }

    /// The strength of tie `t`, without making the tie.
    @inline(__always) public func strength(at t: Int) -> Int {
        switch storage {
        case .values(let ties): ties[t].strength
        case .compact(let c): Int(c.strengths[t])
        }
    }

    /// The ties as an array of values.
    public var array: [Tie] {
        switch storage {
        case .values(let ties): ties
        case .compact: Array(self)
        }
    }

    public static func == (lhs: TieList, rhs: TieList) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for tie in self { hasher.combine(tie) }
    }
}
