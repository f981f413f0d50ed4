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
    /// CSR: the channel cost of each edge.
    public let weights: [Double]
    /// CSR: the channel of each edge.
    public let channels: [PlanChannel]
    /// The cost of passing through each vertex (people only; 0 for places and segments).
    public let passCost: [Double]
    /// Person vertices planning keeps away from: suspected informers and the management side.
    public let danger: BitSet
    /// Each person vertex's own segment vertex, or -1.
    let ownSegment: [Int32]

    public var personCount: Int { people.count }
    public var vertexCount: Int { people.count + places.count + 2 * segments.count }
    public var edgeCount: Int { targets.count }

    /// Builds the index.
    /// - Complexity: O(V + E) for V people, places and segments and E edges (plus sorting places and segments).
    public init(graph: OrganizingGraph, costs: CostTable = .standard) {
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

        // Dense cost tables: the cost file's word-keyed dictionaries are read once here, not per tie and person.
        let kinds = Tie.Kind.allCases
        let strengths = Tie.strengthRange
        var tieTable = [Double](repeating: 0, count: kinds.count * (strengths.upperBound + 1))
        for (k, kind) in kinds.enumerated() {
            for s in strengths { tieTable[k * (strengths.upperBound + 1) + s] = costs.tieCost(kind: kind, strength: s) }
        }
        // The gate vertex of each shift, looked up once per shift instead of once per person.
        var shiftGate: [Shift.ID: Int32] = [:]
        for workplace in graph.workplaces {
            for shift in workplace.shifts { if let gate = shift.gate, let g = lv[gate] { shiftGate[shift.id] = g } }
        }
        var own = [Int32](repeating: -1, count: p)
        let floorOffset = Int32(segments.count)
        let vertices = p + l + 2 * segments.count
        let half = costs.cost(.coworker) / 2
        let gateCost = costs.cost(.gate)
        let ends = Self.tieEnds(of: graph)
        let (people, places, segments) = (self.people, self.places, self.segments)
        // Each person's hash lookups (segment, places, home, gate) happen once, into flat arrays both passes read.
        var home = [Int32](repeating: -1, count: p), gate = [Int32](repeating: -1, count: p)
        var haunts: [(place: Int32, channel: PlanChannel)] = [], hauntStart = [Int32](repeating: 0, count: p + 1)
        for (i, person) in people.enumerated() {
            if let shop = person.shop, let shift = person.shift, let s = sv[SegmentID(shop: shop, shift: shift)] { own[i] = s }
            for placeID in person.frequents {
                guard let place = lv[placeID] else { continue }
                switch places[Int(place) - p].kind {
                case .pub, .other: haunts.append((place, .pub))
                case .stop: haunts.append((place, .commute))
                case .gate, .neighbourhood: continue
                }
            }
            hauntStart[i + 1] = Int32(haunts.count)
            if let h = person.home, let n = lv[h] { home[i] = n }
            if let shift = person.shift, let g = shiftGate[shift] { gate[i] = g }
        }
        let homeCost = costs.cost(.home)
        let (pubHalf, commuteHalf) = (costs.cost(.pub) / 2, costs.cost(.commute) / 2)
        // Every edge, in a fixed order; run twice: once to count each tail's edges, once to place them.
        func emitEdges(_ edges: inout CSRBuilder) {
            for i in 0..<p {
                let v = Int32(i)
                if own[i] >= 0 {
                    edges.add(v, own[i] + floorOffset, half, .coworker)
                    edges.add(own[i] + floorOffset, v, half, .coworker)
                }
                for k in Int(hauntStart[i])..<Int(hauntStart[i + 1]) {
                    let (place, channel) = haunts[k]
                    let w = channel == .pub ? pubHalf : commuteHalf
                    edges.add(v, place, w, channel)
                    edges.add(place, v, w, channel)
                }
                if home[i] >= 0 { edges.add(home[i], v, homeCost, .home) }
                if gate[i] >= 0 { edges.add(gate[i], v, gateCost, .gate) }
            }
            for (t, tie) in graph.ties.enumerated() {
                let a = ends[2 * t], b = ends[2 * t + 1]
                guard a >= 0, b >= 0, a != b else { continue }
                let w = strengths.contains(tie.strength)
                    ? tieTable[(kinds.firstIndex(of: tie.kind) ?? 0) * (strengths.upperBound + 1) + tie.strength]
                    : costs.tieCost(kind: tie.kind, strength: tie.strength)
                edges.add(a, b, w, .tie)
                edges.add(b, a, w, .tie)
            }
            for (i, segment) in segments.enumerated() {
                if let gate = segment.gate, let g = lv[gate] { edges.add(g, Int32(p + l + i), costs.cost(.gate), .gate) }
                edges.add(Int32(p + l + i) + floorOffset, Int32(p + l + i), half, .coworker)
            }
        }
        var edges = CSRBuilder(vertexCount: vertices)
        emitEdges(&edges)
        edges.startPlacing()
        emitEdges(&edges)
        offsets = edges.offsets
        targets = edges.targets
        weights = edges.weights
        channels = edges.channels
        ownSegment = own
        var pass = [Double](repeating: 0, count: vertices)
        var blocked = BitSet()
        // Pass-through cost depends only on affiliation and assessment: one table, read per person.
        var passTable: [Affiliation: [Double]] = [:]
        for affiliation in Affiliation.allCases {
            passTable[affiliation] = Assessment.range.map { a in
                costs.passThrough(Person(id: "", name: "", affiliation: affiliation,
                    assessment: Assessment(rawValue: a) ?? .unassessed))
            }
        }
        for (i, person) in people.enumerated() {
            pass[i] = passTable[person.affiliation]?[person.assessment.rawValue] ?? costs.passThrough(person)
            if person.isDanger { blocked.insert(i) }
        }
        passCost = pass
        danger = blocked
    }

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

    /// The id written in plans for a person or segment vertex (`SHOP@SHIFT` for segments).
    public func endpointID(_ v: Int32) -> String {
        if isPerson(v) { return person(v).id.rawValue }
        if isPlace(v) { return place(v).id.rawValue }
        if isFloor(v) { return segments[Int(v) - people.count - places.count - segments.count].id.description + "#floor" }
        return segment(v).id.description
    }
}

/// Builds the CSR arrays in two passes over the same edges, with no edge list in between: the first pass
/// counts each tail's edges, the second writes every edge straight into its slot. Within a tail, edges keep the
/// order they were emitted in (which the graph's order fixes).
struct CSRBuilder {
    private(set) var offsets: [Int32]
    private(set) var targets: [Int32] = []
    private(set) var weights: [Double] = []
    private(set) var channels: [PlanChannel] = []
    private var next: [Int32] = []
    private var counting = true

    init(vertexCount: Int) { offsets = [Int32](repeating: 0, count: vertexCount + 1) }

    /// Counts the edge (first pass) or places it (second pass).
    @inline(__always)
    mutating func add(_ a: Int32, _ b: Int32, _ w: Double, _ c: PlanChannel) {
        if counting {
            offsets[Int(a) + 1] += 1
            return
        }
        let k = Int(next[Int(a)])
        targets[k] = b
        weights[k] = w
        channels[k] = c
        next[Int(a)] += 1
    }

    /// Ends the counting pass: offsets become prefix sums and the edge arrays are allocated.
    mutating func startPlacing() {
        for v in 0..<offsets.count - 1 { offsets[v + 1] += offsets[v] }
        let count = Int(offsets[offsets.count - 1])
        next = Array(offsets.dropLast())
        targets = [Int32](repeating: 0, count: count)
        weights = [Double](repeating: 0, count: count)
        channels = [PlanChannel](repeating: .tie, count: count)
        counting = false
    }
}
