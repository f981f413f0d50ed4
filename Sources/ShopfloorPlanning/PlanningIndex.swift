import Collections
import ShopfloorModel

/// A compact, read-only index of an organizing graph for path search: dense `Int32` vertex ids and CSR
/// adjacency (offsets, targets, weights and channels as flat arrays).
///
/// Vertices are people (in the graph's order), then places (sorted by id), then the shop × shift segments of every
/// workplace (sorted by `SHOP@SHIFT`), then one *shop floor* per segment. A segment stands for the unknown
/// workers of a shop on a shift; its shop floor is where its known workers meet (a hub, so a segment of k
/// known workers costs 2k edges, not k²).
/// Edges, each with its channel and cost from the ``CostTable``:
/// - **tie**: both directions between the two people, cost by kind and strength;
/// - **coworker**: person ↔ the shop floor of their segment, and shop floor → segment, half the channel cost
///   each, so two workmates (or a worker and the unknown workers of their segment) are one coworker step;
/// - **pub / commute**: person ↔ pub, tea house or stop they frequent, half the channel cost each way;
/// - **home**: neighbourhood → each person living there (only the searching group enters a neighbourhood);
/// - **gate**: gate → each segment whose shift uses it and each known worker of such a shift (only the
///   searching group goes to a gate).
///
/// Passing *through* a person (not a source, not the target) adds ``passCost`` of that person; suspected
/// informers and management are in ``danger`` and never entered unless a search allows it.
public struct PlanningIndex: Sendable {
    /// The graph the index was built from.
    public let graph: OrganizingGraph
    /// The costs the weights were computed with.
    public let costs: CostTable
    /// People by vertex id (`0..<personCount`): the graph's own array, in its order.
    public let people: [Person]
    /// Places by vertex id minus ``personCount``.
    public let places: [Place]
    /// Segments by vertex id minus ``personCount`` + place count.
    public let segments: [Segment]

    let placeVertex: [Place.ID: Int32]
    let segmentVertex: [SegmentID: Int32]

    /// CSR: the edges leaving vertex `v` are `offsets[v]..<offsets[v + 1]`.
    public let offsets: [Int32]
    /// CSR: the head of each edge.
    public let targets: [Int32]
    /// CSR: the class of each edge (its channel and cost, see ``weight(_:)`` and ``channel(_:)``).
    let edgeClass: [UInt8]
    let classes: EdgeClasses
    /// The cost of passing through each vertex (people only; 0 for places and segments).
    public let passCost: [Double]
    /// The largest ``passCost``, of anyone and of anyone but ``danger`` (how far apart a search's pending
    /// costs can be, with the costliest edge).
    let maxPassCost: (any: Double, safe: Double)
    /// Person vertices planning keeps away from: suspected informers and the management side.
    public let danger: BitSet
    /// Each person vertex's own segment vertex, or -1.
    let ownSegment: [Int32]
    /// Each person's ties to suspected informers and management (who is listening), counted over the person's
    /// tie edges when asked.
    public let exposure: TieExposure

    public var personCount: Int { people.count }
    public var vertexCount: Int { people.count + places.count + 2 * segments.count }
    public var edgeCount: Int { targets.count }

    /// Builds the index.
    /// - Complexity: O(V + E) for V people, places and segments and E edges (plus sorting places and segments).
    public init(graph: OrganizingGraph, costs: CostTable = .standard) {
        self.init(graph: graph, costs: costs, workers: nil)
    }

    /// Builds the index with the CSR passes split over `workers` threads (nil: one per core for large graphs),
    /// each edge's class packed with its target while placing unless `pack` is false (see ``CSRArrays``).
    init(graph: OrganizingGraph, costs: CostTable, workers: Int?, pack: Bool = true) {
        self.graph = graph
        self.costs = costs
        // People keep the graph's order, so their vertex is their position there: no copy, no second lookup
        // table, and the graph's own id lookup serves (the graph's order is itself deterministic).
        people = graph.people
        places = graph.places.sorted { $0.id < $1.id }
        let known = graph.knownWorkersBySegment()
        segments = graph.workplaces.flatMap { graph.segments(of: $0.id, known: known) }.sorted { $0.id < $1.id }
        let p = people.count, l = places.count
        var lv: [Place.ID: Int32] = [:], sv: [SegmentID: Int32] = [:]
        for (i, place) in places.enumerated() where lv[place.id] == nil { lv[place.id] = Int32(p + i) }
        for (i, segment) in segments.enumerated() where sv[segment.id] == nil { sv[segment.id] = Int32(p + l + i) }
        placeVertex = lv
        segmentVertex = sv

        // The gate vertex of each shift, looked up once per shift instead of once per person.
        var shiftGate: [Shift.ID: Int32] = [:]
        for workplace in graph.workplaces {
            for shift in workplace.shifts { if let gate = shift.gate, let g = lv[gate] { shiftGate[shift.id] = g } }
        }
        let floorOffset = Int32(segments.count)
        let vertices = p + l + 2 * segments.count
        let ties = ResolvedTies(of: graph)
        let reach = PersonReach(people: people, places: places, workplaces: graph.workplaces, placeVertex: lv,
            segmentVertex: sv, shiftGate: shiftGate)
        let segmentGates = segments.map { segment in segment.gate.flatMap { lv[$0] } ?? -1 }
        let segmentBase = Int32(p + l)
        // Every edge, in a fixed order: the items are the people, then the ties, then the segments; each CSR
        // worker emits the edges of its run of items once to count them and once to place them.
        let tieCount = ties.classes.count
        let csr = CSRArrays(vertexCount: vertices, items: p + tieCount + segmentGates.count,
            expectedEdges: 2 * tieCount + 4 * p, workers: workers, pack: pack) { edges, run in
            for i in Self.part(run, from: 0, count: p) {
                let v = Int32(i), s = reach.segment[i]
                if s >= 0 {
                    edges.add(v, s + floorOffset, EdgeClasses.coworkerHalf)
                    edges.add(s + floorOffset, v, EdgeClasses.coworkerHalf)
                }
                for k in Int(reach.hauntStart[i])..<Int(reach.hauntStart[i + 1]) {
                    let (place, kind) = reach.haunts[k]
                    edges.add(v, place, kind)
                    edges.add(place, v, kind)
                }
                if reach.home[i] >= 0 { edges.add(reach.home[i], v, EdgeClasses.home) }
                if reach.gate[i] >= 0 { edges.add(reach.gate[i], v, EdgeClasses.gate) }
            }
            for t in Self.part(run, from: p, count: tieCount) {
                let a = ties.ends[2 * t], b = ties.ends[2 * t + 1]
                guard ResolvedTies.isKnown(a), ResolvedTies.isKnown(b), a != b, Int(a) < p, Int(b) < p else { continue }
                edges.add(a, b, ties.classes[t])
                edges.add(b, a, ties.classes[t])
            }
            for i in Self.part(run, from: p + tieCount, count: segmentGates.count) {
                let s = segmentBase + Int32(i)
                if segmentGates[i] >= 0 { edges.add(segmentGates[i], s, EdgeClasses.gate) }
                edges.add(s + floorOffset, s, EdgeClasses.coworkerHalf)
            }
        }
        offsets = csr.offsets
        targets = csr.targets
        edgeClass = csr.classes
        exposure = TieExposure(adjacency: .init(people: people, offsets: csr.offsets, targets: csr.targets,
            classes: csr.classes))
        classes = EdgeClasses(costs: costs)
        ownSegment = reach.segment
        var pass = [Double](repeating: 0, count: vertices)
        var blocked = BitSet()
        // Pass-through cost depends only on affiliation and assessment: one table, read per person.
        var passTable: [Affiliation: [Double]] = [:]
        for affiliation in Affiliation.allCases {
            passTable[affiliation] = Assessment.all.map { a in
                costs.passThrough(Person(id: "", name: "", affiliation: affiliation, assessment: a))
            }
        }
        // Read in place: a person taken out of the array is a copy of eleven strings.
        people.withUnsafeBufferPointer { people in
            for i in people.indices {
                guard let row = passTable[people[i].affiliation] else {
                    preconditionFailure("the pass-through table has a row for every affiliation")
                }
                pass[i] = row[people[i].assessment.rawValue]
                if people[i].isDanger { blocked.insert(i) }
            }
        }
        passCost = pass
        maxPassCost = (pass.max() ?? 0, pass.indices.lazy.filter { !blocked.contains($0) }.map { pass[$0] }.max() ?? 0)
        danger = blocked
    }

    /// The positions, counted from `start`, of the items of `run` among the `count` items from `start` on.
    private static func part(_ run: Range<Int>, from start: Int, count: Int) -> Range<Int> {
        let overlap = run.clamped(to: start..<(start + count))
        return (overlap.lowerBound - start)..<(overlap.upperBound - start)
    }

    // MARK: Edges

    /// The cost of edge `e`.
    @inline(__always) public func weight(_ e: Int) -> Double { classes.weight[Int(edgeClass[e])] }
    /// The channel of edge `e`.
    @inline(__always) public func channel(_ e: Int) -> PlanChannel { classes.channel[Int(edgeClass[e])] }

    // MARK: Vertex lookups

    /// The vertex of a person.
    public func vertex(of id: Person.ID) -> Int32? { graph.index(of: id).map { Int32($0) } }
    /// The vertex of a place.
    public func vertex(of id: Place.ID) -> Int32? { placeVertex[id] }
    /// The vertex of a segment.
    public func vertex(of id: SegmentID) -> Int32? { segmentVertex[id] }

    /// Whether a vertex is a person.
    @inline(__always) public func isPerson(_ v: Int32) -> Bool { Int(v) < people.count }
    /// Whether a vertex is a place.
    @inline(__always) public func isPlace(_ v: Int32) -> Bool { Int(v) >= people.count && Int(v) < people.count + places.count }
    /// Whether a vertex is a segment.
    @inline(__always) public func isSegment(_ v: Int32) -> Bool {
        Int(v) >= people.count + places.count && Int(v) < people.count + places.count + segments.count
    }
    /// Whether a vertex is the shop floor of a segment (a hub where its known workers meet).
    @inline(__always) public func isFloor(_ v: Int32) -> Bool { Int(v) >= people.count + places.count + segments.count }

    /// The person of a person vertex.
    public func person(_ v: Int32) -> Person { people[Int(v)] }
    /// The place of a place vertex.
    public func place(_ v: Int32) -> Place { places[Int(v) - people.count] }
    /// The segment of a segment vertex.
    public func segment(_ v: Int32) -> Segment { segments[Int(v) - people.count - places.count] }

    /// What a person or segment vertex stands for in a plan.
    /// - Precondition: `v` is a person or a segment vertex (places and shop floors are never a step's end).
    public func endpoint(_ v: Int32) -> PlanEndpoint {
        precondition(isPerson(v) || isSegment(v), "vertex \(v) is neither a person nor a segment")
        return isPerson(v) ? .person(person(v).id) : .segment(segment(v).id)
    }
}
