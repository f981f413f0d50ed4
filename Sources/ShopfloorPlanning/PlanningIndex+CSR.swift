import Dispatch
import Foundation
import ShopfloorModel

/// The kinds of edge the index stores, each a channel and a cost. An edge keeps a one-byte class instead of an
/// eight-byte weight and a channel: at national scale (22 million edges) that is 112 MB of edges instead of
/// 291 MB, and a cheaper pass to fill them.
///
/// Classes 0…4 are the place and segment channels; then one class per tie kind × strength `1...3`. A tie whose
/// strength lies outside `1...3` (an invalid graph: `check` reports it) is costed as the nearest valid strength.
struct EdgeClasses: Sendable {
    static let coworkerHalf: UInt8 = 0
    static let pubHalf: UInt8 = 1
    static let commuteHalf: UInt8 = 2
    static let home: UInt8 = 3
    static let gate: UInt8 = 4
    static let firstTie: UInt8 = 5

    /// The cost of an edge of each class.
    let weight: [Double]
    /// The channel of an edge of each class.
    let channel: [PlanChannel]

    init(costs: CostTable) {
        var weight = [costs.cost(.coworker) / 2, costs.cost(.pub) / 2, costs.cost(.commute) / 2, costs.cost(.home),
            costs.cost(.gate)]
        var channel: [PlanChannel] = [.coworker, .pub, .commute, .home, .gate]
        let tieClasses = Tie.Kind.allCases.count * Tie.strengthRange.count
        weight += [Double](repeating: 0, count: tieClasses)
        channel += [PlanChannel](repeating: .tie, count: tieClasses)
        // Each tie class at the slot ``tie(kind:strength:)`` gives it, whatever the order of `allCases`.
        for kind in Tie.Kind.allCases {
            for strength in Tie.strengthRange {
                weight[Int(Self.tie(kind: kind, strength: strength))] = costs.tieCost(kind: kind, strength: strength)
            }
        }
        self.weight = weight
        self.channel = channel
    }

    /// The class of a tie.
    @inline(__always) static func tie(_ tie: Tie) -> UInt8 { Self.tie(kind: tie.kind, strength: tie.strength) }

    /// The class of a tie of `kind` and `strength` (outside `1...3`: the nearest valid strength).
    @inline(__always) static func tie(kind: Tie.Kind, strength: Int) -> UInt8 {
        let range = Tie.strengthRange
        let strength = min(max(strength, range.lowerBound), range.upperBound) - range.lowerBound
        return firstTie + UInt8(kindOrder(kind) * range.count + strength)
    }

    /// The position of a tie kind in `Tie.Kind.allCases`.
    @inline(__always) static func kindOrder(_ kind: Tie.Kind) -> Int {
        switch kind {
        case .coworker: 0
        case .friend: 1
        case .relative: 2
        case .neighbour: 3
        case .commute: 4
        case .union: 5
        }
    }
}

/// Where one worker of a CSR build counts or places the edges whose tail lies in its range of vertices.
///
/// Every worker runs the same emitter over all edges in the same order and keeps only its own tails, so the
/// workers write disjoint slots of shared buffers and each tail's edges keep the order they were emitted in.
struct EdgeSink {
    let tails: Range<Int32>
    let placing: Bool
    /// Count pass: `counts[v + 1]` is the number of edges leaving `v`.
    let counts: UnsafeMutablePointer<Int32>
    /// Place pass: the next free slot of each tail.
    let next: UnsafeMutablePointer<Int32>
    let targets: UnsafeMutablePointer<Int32>
    let classes: UnsafeMutablePointer<UInt8>

    /// Counts the edge (first pass) or places it (second pass) when its tail is this worker's.
    @inline(__always) func add(_ a: Int32, _ b: Int32, _ c: UInt8) {
        guard tails.contains(a) else { return }
        if placing {
            let k = Int(next[Int(a)])
            targets[k] = b
            classes[k] = c
            next[Int(a)] = Int32(k + 1)
        } else {
            counts[Int(a) + 1] &+= 1
        }
    }
}

/// The CSR arrays of the index: `offsets`, `targets` and one edge class per edge.
struct CSRArrays {
    var offsets: [Int32]
    var targets: [Int32]
    var classes: [UInt8]

    /// Builds the arrays in two passes of `emit` (count, then place) with no edge list in between, both passes
    /// split by tail over the machine's cores.
    /// - Parameters:
    ///   - workers: how many threads share the passes; nil picks one per core (at most 8) from 200,000 edges.
    ///   - emit: calls `add` on the sink for every edge, in a fixed order; called concurrently.
    init(vertexCount: Int, expectedEdges: Int, workers: Int? = nil, emit: @Sendable (EdgeSink) -> Void) {
        let workers = max(1, workers
            ?? (expectedEdges < 200_000 ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount)))
        let step = (vertexCount + workers - 1) / max(1, workers)
        let ranges = (0..<workers).map { w in Int32(min(vertexCount, w * step))..<Int32(min(vertexCount, (w + 1) * step)) }
        var offsets = [Int32](repeating: 0, count: vertexCount + 1)
        var next = [Int32]()
        offsets.withUnsafeMutableBufferPointer { counts in
            let shared = SharedBuffers(counts: counts.baseAddress)
            Self.run(ranges) { r in emit(shared.sink(ranges[r], placing: false)) }
        }
        for v in 0..<vertexCount { offsets[v + 1] &+= offsets[v] }
        let edges = Int(offsets[vertexCount])
        next = Array(offsets.dropLast())
        var classes: [UInt8] = []
        let targets = [Int32](unsafeUninitializedCapacity: edges) { targetBuffer, targetCount in
            classes = [UInt8](unsafeUninitializedCapacity: edges) { classBuffer, classCount in
                next.withUnsafeMutableBufferPointer { nextBuffer in
                    let shared = SharedBuffers(next: nextBuffer.baseAddress, targets: targetBuffer.baseAddress,
                        classes: classBuffer.baseAddress)
                    Self.run(ranges) { r in emit(shared.sink(ranges[r], placing: true)) }
                }
                classCount = edges
            }
            targetCount = edges
        }
        self.offsets = offsets
        self.targets = targets
        self.classes = classes
    }

    /// Runs one job per range, concurrently when there is more than one.
    private static func run(_ ranges: [Range<Int32>], _ job: @Sendable (Int) -> Void) {
        if ranges.count == 1 { job(0) } else { DispatchQueue.concurrentPerform(iterations: ranges.count, execute: job) }
    }
}

/// The buffers a CSR build's workers share; each worker writes only its own tails' slots. A buffer a pass
/// does not use (or an empty one, which has no address) is a one-element scratch allocation nobody reads.
private final class SharedBuffers: @unchecked Sendable {
    let counts: UnsafeMutablePointer<Int32>
    let next: UnsafeMutablePointer<Int32>
    let targets: UnsafeMutablePointer<Int32>
    let classes: UnsafeMutablePointer<UInt8>
    private let scratch: UnsafeMutablePointer<Int32>
    private let scratchClass: UnsafeMutablePointer<UInt8>

    init(counts: UnsafeMutablePointer<Int32>? = nil, next: UnsafeMutablePointer<Int32>? = nil,
        targets: UnsafeMutablePointer<Int32>? = nil, classes: UnsafeMutablePointer<UInt8>? = nil)
    {
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        let scratchClass = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        self.scratch = scratch
        self.scratchClass = scratchClass
        self.counts = counts ?? scratch
        self.next = next ?? scratch
        self.targets = targets ?? scratch
        self.classes = classes ?? scratchClass
    }

    deinit {
        scratch.deallocate()
        scratchClass.deallocate()
    }

    func sink(_ tails: Range<Int32>, placing: Bool) -> EdgeSink {
        EdgeSink(tails: tails, placing: placing, counts: counts, next: next, targets: targets, classes: classes)
    }
}
