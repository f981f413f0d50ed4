import ShopfloorModel

/// How far word carries from each known worker among the workers of their own workplace: the ties among
/// them, weighted by strength, one and two steps out.
///
/// The measure (see `Docs/plan-json.md`, "Influence"): with `w(t) = strength / 3` (weak ⅓, ordinary ⅔, strong
/// 1) for a tie between two workers of the same workplace, neither a suspected informer nor on the management
/// side, and parallel ties between one pair merged to the strongest,
/// - `s(v) = Σ w(v,u)` over v's tied coworkers u (how strongly v is tied in, one step);
/// - `influence(v) = s(v) + ½ Σ_u w(v,u) · (s(u) − w(u,v))` (plus the coworkers' own ties, the step back to v
///   left out, each two-step walk weighed by both ties and halved);
/// - `share(v) = influence(v) / max(the largest influence in v's workplace, 3)` (0…1). The floor of 3 (what
///   three strong ties give in one step) keeps a sparse map from crowning a worker with a single tie.
///
/// Computed exactly in integers: with `S(v)` the sum of v's tie strengths, `18 · influence(v) = 6 · S(v) +
/// Σ_u st(v,u) · (S(u) − st(v,u))` (``units``), and the share is `units / max(largest units, 54)` rounded half
/// up to 3 decimals, so any re-implementation gets the same shares to the last digit.
///
/// Why this measure: the seed asks a cell to win the workers who carry others with them, and word in a shop
/// travels one or two mouths; a strong tie carries more than an acquaintance. Betweenness or eigenvector
/// centralities need all-pairs paths or iteration; this needs two passes over the ties: O(V + E).
public struct WorkplaceInfluence: Sendable {
    /// The row of each person (by position in the graph's `people`) among the people measured, or -1 for one not
    /// measured: no workplace, a suspected informer or management, or outside the one workplace measured.
    let row: [Int32]
    /// `18 · influence` of each row, an exact integer.
    let rowUnits: [Int]
    /// How many distinct coworkers each row is tied to (same workplace, neither side dangerous).
    let rowTies: [Int]
    /// The slot in ``largest`` of each row's workplace.
    let rowWorkplace: [Int32]
    /// The largest influence in each workplace measured, in units (at least ``floorUnits``).
    let largest: [Int]
    /// The floor of the largest influence a share is taken of, in units (18 · 3: three strong ties, one step).
    public static let floorUnits = 54
    /// Adjacency entries read while computing (each kept tie twice per pass): the work done, for tests that
    /// check the computation is linear.
    public let visits: Int

    /// Computes the influence of every known worker of every workplace.
    /// - Complexity: O(V + E) for V people and E ties (one hash lookup per tie end, none when the graph carries its
    ///   ``OrganizingGraph/tieEnds``, and one per run of people of one workplace).
    public init(graph: OrganizingGraph) {
        let people = graph.people
        let n = people.count
        var workplacePosition: [Workplace.ID: Int32] = [:]
        for (i, w) in graph.workplaces.enumerated() where workplacePosition[w.id] == nil { workplacePosition[w.id] = Int32(i) }
        var home = [Int32](repeating: -1, count: n)
        var last: (id: Workplace.ID, position: Int32?)?
        for i in 0..<n where !people[i].isDanger {
            guard let w = people[i].workplace else { continue }
            // People come in runs of one workplace: one hash lookup per run.
            if last?.id != w { last = (w, workplacePosition[w]) }
            if let k = last?.position { home[i] = k }
        }
        var ends: [(Int32, Int32, Int)] = []
        ends.reserveCapacity(graph.ties.count)
        ResolvedTies.forEach(in: graph) { a, b, t in
            guard home[a] >= 0, home[a] == home[b] else { return }
            ends.append((Int32(a), Int32(b), Self.strength(graph.ties, t)))
        }
        let measured = Self.measure(count: n, ends: ends)
        var largest = [Int](repeating: Self.floorUnits, count: graph.workplaces.count)
        for v in 0..<n where home[v] >= 0 { largest[Int(home[v])] = max(largest[Int(home[v])], measured.units[v]) }
        row = home.indices.map { home[$0] >= 0 ? Int32($0) : -1 }
        rowUnits = measured.units
        rowTies = measured.distinct
        rowWorkplace = home
        self.largest = largest
        visits = measured.visits
    }

    /// Computes the influence of the known workers of some workplaces only: the same values as ``init(graph:)``
    /// gives them, with work and memory in proportion to those workplaces' people and ties (plus one pass over
    /// the people and one over the ties' ends). Everyone else has influence 0.
    /// - Complexity: O(V + E) reads, O(V) writes of one `Int32` per person, the rest O(workers + their ties).
    public init(graph: OrganizingGraph, workplaces: Set<Workplace.ID>) {
        let people = graph.people
        var slotOf: [Workplace.ID: Int32] = [:]
        for id in workplaces.sorted() where graph.index(of: id) != nil { slotOf[id] = Int32(slotOf.count) }
        var row = [Int32](repeating: -1, count: people.count)
        var rowWorkplace: [Int32] = []
        var last: (id: Workplace.ID, slot: Int32?)?
        // Read in place: a person taken out of the array is a copy of eleven strings.
        people.withUnsafeBufferPointer { people in
            for i in 0..<people.count where !slotOf.isEmpty && !people[i].isDanger {
                guard let w = people[i].workplace else { continue }
                // People come in runs of one workplace: one hash lookup per run.
                if last?.id != w { last = (w, slotOf[w]) }
                guard let k = last?.slot else { continue }
                row[i] = Int32(rowWorkplace.count)
                rowWorkplace.append(k)
            }
        }
        var ends: [(Int32, Int32, Int)] = []
        if !rowWorkplace.isEmpty {
            ResolvedTies.forEach(in: graph) { a, b, t in
                let ra = row[a], rb = row[b]
                guard ra >= 0, rb >= 0, rowWorkplace[Int(ra)] == rowWorkplace[Int(rb)] else { return }
                ends.append((ra, rb, Self.strength(graph.ties, t)))
            }
        }
        let measured = Self.measure(count: rowWorkplace.count, ends: ends)
        var largest = [Int](repeating: Self.floorUnits, count: slotOf.count)
        for (r, k) in rowWorkplace.enumerated() { largest[Int(k)] = max(largest[Int(k)], measured.units[r]) }
        self.row = row
        rowUnits = measured.units
        rowTies = measured.distinct
        self.rowWorkplace = rowWorkplace
        self.largest = largest
        visits = measured.visits
    }

    /// A tie's strength, clamped to the valid range.
    private static func strength(_ ties: TieList, _ t: Int) -> Int {
        min(max(ties.strength(at: t), Tie.strengthRange.lowerBound), Tie.strengthRange.upperBound)
    }

    /// The measure over `count` vertices joined by `ends` (each tie once, in the graph's order): each vertex's
    /// units and distinct neighbours, and the adjacency entries read.
    private static func measure(count n: Int, ends: [(Int32, Int32, Int)]) -> (units: [Int], distinct: [Int], visits: Int) {
        // Counting pass, then placing pass (CSR).
        var degree = [Int32](repeating: 0, count: n + 1)
        for (a, b, _) in ends {
            degree[Int(a) + 1] += 1
            degree[Int(b) + 1] += 1
        }
        for v in 0..<n { degree[v + 1] += degree[v] }
        var next = Array(degree.dropLast())
        var neighbour = [Int32](repeating: 0, count: 2 * ends.count)
        var weight = [Int](repeating: 0, count: 2 * ends.count)
        for (a, b, w) in ends {
            neighbour[Int(next[Int(a)])] = b; weight[Int(next[Int(a)])] = w; next[Int(a)] += 1
            neighbour[Int(next[Int(b)])] = a; weight[Int(next[Int(b)])] = w; next[Int(b)] += 1
        }
        // Pass 1: merge parallel ties (strongest kept) with a stamp per neighbour, and sum s(v).
        var stamp = [Int32](repeating: -1, count: n)
        var slot = [Int](repeating: 0, count: n)
        var strength = [Int](repeating: 0, count: n)
        var distinct = [Int](repeating: 0, count: n)
        var visits = 0
        for v in 0..<n {
            var write = Int(degree[v])
            for e in Int(degree[v])..<Int(degree[v + 1]) {
                visits += 1
                let u = Int(neighbour[e])
                if stamp[u] == Int32(v) {
                    weight[slot[u]] = max(weight[slot[u]], weight[e])
                } else {
                    stamp[u] = Int32(v)
                    slot[u] = write
                    neighbour[write] = neighbour[e]
                    weight[write] = weight[e]
                    write += 1
                }
            }
            distinct[v] = write - Int(degree[v])
            for e in Int(degree[v])..<write { strength[v] += weight[e] }
        }
        // Pass 2: one and two steps.
        var units = [Int](repeating: 0, count: n)
        for v in 0..<n {
            var two = 0
            let start = Int(degree[v])
            for e in start..<(start + distinct[v]) {
                visits += 1
                let u = Int(neighbour[e])
                two += weight[e] * (strength[u] - weight[e])
            }
            units[v] = 6 * strength[v] + two
        }
        return (units, distinct, visits)
    }

    /// A person's influence in units (`18 · influence`, an exact integer), by position (0 when not measured).
    public func units(_ person: Int) -> Int {
        guard person >= 0, person < row.count, row[person] >= 0 else { return 0 }
        return rowUnits[Int(row[person])]
    }

    /// A person's influence among the workers of their workplace, by position (0 when not measured).
    public func influence(_ person: Int) -> Double { Double(units(person)) / 18 }

    /// How many distinct coworkers a person is tied to, by position (0 when not measured).
    public func coworkerTies(_ person: Int) -> Int {
        guard person >= 0, person < row.count, row[person] >= 0 else { return 0 }
        return rowTies[Int(row[person])]
    }

    /// A person's influence as a share of the largest in their workplace (at least 3), 0…1 rounded half up to 3
    /// decimals.
    public func share(_ person: Int) -> Double {
        guard person >= 0, person < row.count, row[person] >= 0 else { return 0 }
        let r = Int(row[person])
        let top = largest[Int(rowWorkplace[r])]
        guard top > 0 else { return 0 }
        // round(1000 · units / top), halves up, in integers.
        return Double((2000 * rowUnits[r] + top) / (2 * top)) / 1000
    }

    /// A person's influence as a share of the largest in their workplace, by id (0 when unknown).
    public func share(of id: Person.ID, in graph: OrganizingGraph) -> Double {
        graph.index(of: id).map(share) ?? 0
    }

    /// How many distinct coworkers a person is tied to, by id (0 when unknown).
    public func coworkerTies(of id: Person.ID, in graph: OrganizingGraph) -> Int {
        graph.index(of: id).map { coworkerTies($0) } ?? 0
    }
}
