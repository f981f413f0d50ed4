/// A possible first contact for ``CoreSelection``: who, which segment they cover, and how much they cost.
public struct CoreCandidate: Hashable, Sendable {
    /// A person id or `SHOP@SHIFT`.
    public var id: String
    /// The shop × shift segment the contact covers once won, if known.
    public var segment: SegmentID?
    /// Cost plus approach penalty plus weighted risk plus weighted lack of influence: lower is better.
    public var score: Double
    /// The seed's approach stage (``ApproachStage``): orders the chosen contacts, not the choice.
    public var stage: Int

    public init(id: String, segment: SegmentID?, score: Double, stage: Int = ApproachStage.unknownWorkers) {
        self.id = id
        self.segment = segment
        self.score = score
        self.stage = stage
    }
}

/// Picks the set of first contacts that together cover the most headcount of shop × shift segments,
/// and among equal coverage the lowest sum of scores, then the set whose members sorted by (score, id) come
/// first; the objective exactly as `Docs/plan-json.md` ("The objective of plan core") states it.
public enum CoreSelection {
    /// The chosen set, by index into the candidates given.
    public struct Result: Hashable, Sendable {
        /// Chosen candidates by approach stage, then marginal gain (largest first), then score, then id.
        public var chosen: [Int]
        /// Headcount each chosen candidate adds, aligned with ``chosen``.
        public var gains: [Int]
        /// Headcount covered by the set.
        public var covered: Int
        /// Sum of the chosen scores.
        public var score: Double
        /// Whether the set was found by exact enumeration (else greedy with local improvement).
        public var exact: Bool
    }

    /// The objective, compared lexicographically: more coverage, then less score.
    static func better(_ a: (Int, Double), than b: (Int, Double)) -> Bool {
        if a.0 != b.0 { return a.0 > b.0 }
        return a.1 < b.1 - 1e-9
    }

    /// The whole order on sets: ``better(_:than:)``, and on equal coverage and score (within 1e-9) the set whose
    /// ranks (positions in the (score, id) order of all candidates), sorted, are lexicographically smaller.
    static func better(_ a: [Int], _ va: (Int, Double), than b: [Int], _ vb: (Int, Double), rank: [Int]) -> Bool {
        if better(va, than: vb) { return true }
        if better(vb, than: va) { return false }
        return a.map { rank[$0] }.sorted().lexicographicallyPrecedes(b.map { rank[$0] }.sorted())
    }

    /// The best set of `size.upperBound` candidates (or all when fewer), with contacts that add nothing
    /// dropped while more than `size.lowerBound` remain.
    ///
    /// Candidates are first pruned to the `k` best of each segment (a sound reduction: any optimal set can
    /// swap a worse same-segment candidate for an unused better one). When at most `exactLimit` sets of
    /// segments exist, all are weighed (exact); otherwise a greedy pick is improved by single swaps until
    /// none helps.
    /// - Complexity: O(Σ_{j≤k} C(m, j) · k) exactly for m segments, else O(k · n) greedy plus O(r · k · n · k)
    ///   for r improving swaps.
    public static func select(
        _ candidates: [CoreCandidate], weights: [SegmentID: Int], size: ClosedRange<Int>, exactLimit: Int = 200_000
    ) -> Result {
        let k = min(size.upperBound, candidates.count)
        guard k > 0 else { return Result(chosen: [], gains: [], covered: 0, score: 0, exact: true) }
        let order = candidates.indices.sorted { (candidates[$0].score, candidates[$0].id) < (candidates[$1].score, candidates[$1].id) }
        var rank = [Int](repeating: 0, count: candidates.count)
        for (r, i) in order.enumerated() { rank[i] = r }
        var perSegment: [SegmentID?: Int] = [:]
        var pool: [Int] = []
        for i in order where perSegment[candidates[i].segment, default: 0] < k {
            perSegment[candidates[i].segment, default: 0] += 1
            pool.append(i)
        }
        var best: [Int]
        let exact = segmentSets(firstOfEachSegment(pool, candidates).count, k, limit: exactLimit) <= exactLimit
        if exact {
            best = enumerate(pool, k: k, candidates, weights, rank: rank)
        } else {
            best = improve(greedy(pool, k: k, candidates, weights), pool: pool, candidates, weights, rank: rank)
        }
        var ordered = orderByGain(best, candidates, weights)
        while ordered.chosen.count > size.lowerBound, let last = ordered.gains.lastIndex(of: 0) {
            ordered.chosen.remove(at: last)
            ordered.gains.remove(at: last)
        }
        let score = ordered.chosen.reduce(0) { $0 + candidates[$1].score }
        return Result(chosen: ordered.chosen, gains: ordered.gains, covered: ordered.gains.reduce(0, +),
            score: score, exact: exact)
    }

    /// Coverage and score of a set.
    static func value(_ set: [Int], _ c: [CoreCandidate], _ w: [SegmentID: Int]) -> (Int, Double) {
        var seen = Set<SegmentID>()
        var covered = 0, score = 0.0
        for i in set {
            score += c[i].score
            if let s = c[i].segment, seen.insert(s).inserted { covered += w[s] ?? 0 }
        }
        return (covered, score)
    }

    /// Exact search over the sets of covered segments: for each set T of at most k segments, the cheapest
    /// candidate of each segment of T plus the cheapest others to fill k seats. The optimum covers some T and
    /// this choice for that T is at least as good (and, on equal value, no later in the rank order), so the best
    /// of these under ``better(_:_:than:_:rank:)`` is the optimum with its tie-break.
    /// - Complexity: O(Σ_{j≤k} C(m, j) · k) for m segments with candidates.
    static func enumerate(_ pool: [Int], k: Int, _ c: [CoreCandidate], _ w: [SegmentID: Int], rank: [Int]) -> [Int] {
        let firsts = firstOfEachSegment(pool, c)
        var best: [Int] = Array(pool.prefix(k))
        var bestValue = value(best, c, w)
        for j in 0...min(k, firsts.count) {
            var pick = Array(0..<j)
            while true {
                var set = pick.map { firsts[$0] }
                for i in pool {
                    if set.count == k { break }
                    if !set.contains(i) { set.append(i) }
                }
                let v = value(set, c, w)
                if set.count == k, better(set, v, than: best, bestValue, rank: rank) { best = set; bestValue = v }
                var i = j - 1
                while i >= 0, pick[i] == firsts.count - j + i { i -= 1 }
                if i < 0 { break }
                pick[i] += 1
                for t in (i + 1)..<j { pick[t] = pick[t - 1] + 1 }
            }
        }
        return best
    }

    /// The cheapest candidate of each segment, in pool order.
    static func firstOfEachSegment(_ pool: [Int], _ c: [CoreCandidate]) -> [Int] {
        var seen = Set<SegmentID>()
        return pool.filter { i in c[i].segment.map { seen.insert($0).inserted } ?? false }
    }

    /// How many segment sets ``enumerate(_:k:_:_:)`` weighs, or a number above `limit` as soon as it passes it.
    static func segmentSets(_ m: Int, _ k: Int, limit: Int) -> Int {
        var total = 0
        for j in 0...min(k, m) {
            total += binomial(m, j, limit: limit)
            if total > limit { return limit + 1 }
        }
        return total
    }

    /// Adds, k times, the candidate with the largest marginal coverage (then the lowest score).
    static func greedy(_ pool: [Int], k: Int, _ c: [CoreCandidate], _ w: [SegmentID: Int]) -> [Int] {
        var chosen: [Int] = []
        var covered = Set<SegmentID>()
        for _ in 0..<k {
            var pick: (index: Int, gain: Int)?
            for i in pool where !chosen.contains(i) {
                let gain = c[i].segment.map { covered.contains($0) ? 0 : w[$0] ?? 0 } ?? 0
                if pick.map({ gain > $0.gain }) ?? true { pick = (i, gain) }
            }
            guard let pick else { break }
            chosen.append(pick.index)
            if let s = c[pick.index].segment { covered.insert(s) }
        }
        return chosen
    }

    /// Single swaps (one chosen out, one unchosen in) while any improves the objective.
    static func improve(_ start: [Int], pool: [Int], _ c: [CoreCandidate], _ w: [SegmentID: Int], rank: [Int]) -> [Int] {
        var set = start
        var current = value(set, c, w)
        var improved = true
        var rounds = 0
        while improved, rounds < 1000 {
            improved = false
            rounds += 1
            search: for position in set.indices {
                for j in pool where !set.contains(j) {
                    var trial = set
                    trial[position] = j
                    let v = value(trial, c, w)
                    if better(trial, v, than: set, current, rank: rank) {
                        set = trial
                        current = v
                        improved = true
                        break search
                    }
                }
            }
        }
        return set
    }

    /// Orders a set by approach stage (first stage first), then marginal gain given the contacts before
    /// (largest first), then lowest score, then id.
    static func orderByGain(_ set: [Int], _ c: [CoreCandidate], _ w: [SegmentID: Int]) -> (chosen: [Int], gains: [Int]) {
        var rest = set
        var covered = Set<SegmentID>()
        var chosen: [Int] = [], gains: [Int] = []
        while !rest.isEmpty {
            func gain(_ i: Int) -> Int { c[i].segment.map { covered.contains($0) ? 0 : w[$0] ?? 0 } ?? 0 }
            let next = rest.indices.min { a, b in
                (c[rest[a]].stage, -gain(rest[a]), c[rest[a]].score, c[rest[a]].id)
                    < (c[rest[b]].stage, -gain(rest[b]), c[rest[b]].score, c[rest[b]].id)
            } ?? 0
            let i = rest.remove(at: next)
            chosen.append(i)
            gains.append(gain(i))
            if let s = c[i].segment { covered.insert(s) }
        }
        return (chosen, gains)
    }

    /// C(n, k), or a number above `limit` as soon as it passes it.
    static func binomial(_ n: Int, _ k: Int, limit: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            result = result * (n - i) / (i + 1)
            if result > limit { return limit + 1 }
        }
        return result
    }
}
