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
    /// The influence of each person, by position in the graph's `people` (0 with no workplace or no tie).
    public let influence: [Double]
    /// `18 · influence`, an exact integer, by position in the graph's `people`.
    public let units: [Int]
    /// How many distinct coworkers each person is tied to (same workplace, neither side dangerous).
    public let coworkerTies: [Int]
    /// The largest influence in each workplace, by the workplace's position among the graph's workplaces.
    let largest: [Int]
    /// The workplace position of each person, or -1.
    let workplaceOf: [Int32]
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
        for (i, p) in people.enumerated() where !p.isDanger {
            guard let w = p.workplace else { continue }
            // People come in runs of one workplace: one hash lookup per run.
            if last?.id != w { last = (w, workplacePosition[w]) }
            if let k = last?.position { home[i] = k }
        }
        // Keep the ties between two workers of one workplace: counting pass, then placing pass (CSR).
        var ends: [(Int32, Int32, Int)] = []
        ends.reserveCapacity(graph.ties.count)
        var degree = [Int32](repeating: 0, count: n + 1)
        let ties = graph.ties, tieEnds = graph.tieEnds
        for t in 0..<ties.count {
            // A workspace's graph carries every tie's two positions (the first person of each id, as `index(of:)`):
            // then no tie is made, and no id looked up.
            let a: Int, b: Int
            if let tieEnds {
                (a, b) = (Int(tieEnds[2 * t]), Int(tieEnds[2 * t + 1]))
                guard a >= 0, b >= 0 else { continue }
            } else {
                let tie = ties[t]
                guard let i = graph.index(of: tie.a), let j = graph.index(of: tie.b) else { continue }
                (a, b) = (i, j)
            }
            guard a != b, home[a] >= 0, home[a] == home[b] else { continue }
            let strength = min(max(ties.strength(at: t), Tie.strengthRange.lowerBound), Tie.strengthRange.upperBound)
            ends.append((Int32(a), Int32(b), strength))
            degree[a + 1] += 1
            degree[b + 1] += 1
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
        var largest = [Int](repeating: Self.floorUnits, count: graph.workplaces.count)
        for v in 0..<n where home[v] >= 0 { largest[Int(home[v])] = max(largest[Int(home[v])], units[v]) }
        self.units = units
        self.influence = units.map { Double($0) / 18 }
        self.coworkerTies = distinct
        self.largest = largest
        self.workplaceOf = home
        self.visits = visits
    }

    /// A person's influence as a share of the largest in their workplace (at least 3), 0…1 rounded half up to 3
    /// decimals.
    public func share(_ person: Int) -> Double {
        guard person >= 0, person < influence.count, workplaceOf[person] >= 0 else { return 0 }
        let top = largest[Int(workplaceOf[person])]
        guard top > 0 else { return 0 }
        // round(1000 · units / top), halves up, in integers.
        return Double((2000 * units[person] + top) / (2 * top)) / 1000
    }

    /// A person's influence as a share of the largest in their workplace, by id (0 when unknown).
    public func share(of id: Person.ID, in graph: OrganizingGraph) -> Double {
        graph.index(of: id).map(share) ?? 0
    }

    /// How many distinct coworkers a person is tied to, by id (0 when unknown).
    public func coworkerTies(of id: Person.ID, in graph: OrganizingGraph) -> Int {
        graph.index(of: id).map { coworkerTies[$0] } ?? 0
    }
}
