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

/// Where one worker of a CSR build counts or places the edges of its share of the emitter's items.
///
/// The emitter's items (people, ties, segments) are split into one contiguous run per worker, in order. Each
/// worker counts its run's edges per tail in its own counts; the slots of a tail are then handed out worker by
/// worker, so every worker places its edges in slots no other worker writes, and each tail's edges keep the
/// order a single pass over all items would give them. Every edge is emitted twice in all (count, place), however
/// many workers share the build.
struct EdgeSink {
    let placing: Bool
    /// Place pass: whether each edge's class is written into the top bits of its target (one scattered write
    /// per edge instead of two; ``CSRArrays`` splits them apart afterwards in one sequential pass).
    let packed: Bool
    /// Count pass: this worker's number of edges leaving each vertex. Place pass: this worker's next free slot of
    /// each tail.
    let cursor: UnsafeMutablePointer<Int32>
    let targets: UnsafeMutablePointer<Int32>
    let classes: UnsafeMutablePointer<UInt8>

    /// Counts the edge (first pass) or places it (second pass).
    @inline(__always) func add(_ a: Int32, _ b: Int32, _ c: UInt8) {
        if placing {
            let k = Int(cursor[Int(a)])
            if packed {
                targets[k] = Int32(bitPattern: UInt32(bitPattern: b) | UInt32(c) << CSRArrays.classShift)
            } else {
                targets[k] = b
                classes[k] = c
            }
            cursor[Int(a)] = Int32(k + 1)
        } else {
            cursor[Int(a)] &+= 1
        }
    }
}

/// The CSR arrays of the index: `offsets`, `targets` and one edge class per edge.
struct CSRArrays {
    var offsets: [Int32]
    var targets: [Int32]
    var classes: [UInt8]

    /// Builds the arrays in two passes of `emit` (count, then place) with no edge list in between, the items
    /// `0..<items` split over the machine's cores.
    /// - Parameters:
    ///   - items: how many items `emit` is asked for (each emits its edges, the same ones on both passes).
    ///   - workers: how many threads share the passes; nil picks one per core (at most 8) from 200,000 edges.
    ///   - emit: calls `add` on the sink for every edge of the items of a range, in a fixed order; called
    ///     concurrently for disjoint ranges.
    ///   - pack: write each edge's class into the top bits of its target while placing (when the vertex ids leave
    ///     the room), then split them in one sequential pass: the place pass's writes land at scattered slots,
    ///     and one scattered write per edge instead of two took a quarter off the build at a million people.
    init(vertexCount: Int, items: Int, expectedEdges: Int, workers: Int? = nil, pack: Bool = true,
        emit: @Sendable (EdgeSink, Range<Int>) -> Void)
    {
        let pack = pack && vertexCount <= Self.packLimit
        let workers = max(1, min(max(1, items), workers
            ?? (expectedEdges < 200_000 ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount))))
        let step = (items + workers - 1) / workers
        let runs = (0..<workers).map { w in min(items, w * step)..<min(items, (w + 1) * step) }
        // One row of `vertexCount` cursors per worker: its counts, then its first slot of each tail.
        let cursors = SharedCursors(workers: workers, vertexCount: vertexCount)
        defer { cursors.release() }
        Self.run(workers) { w in emit(cursors.sink(w, placing: false, packed: pack), runs[w]) }
        var offsets = [Int32](repeating: 0, count: vertexCount + 1)
        var slot: Int32 = 0
        for v in 0..<vertexCount {
            offsets[v] = slot
            for w in 0..<workers {
                let row = cursors.row(w)
                let count = row[v]
                row[v] = slot
                slot &+= count
            }
        }
        offsets[vertexCount] = slot
        let edges = Int(slot)
        var classes: [UInt8] = []
        let targets = [Int32](unsafeUninitializedCapacity: edges) { targetBuffer, targetCount in
            classes = [UInt8](unsafeUninitializedCapacity: edges) { classBuffer, classCount in
                cursors.output(targets: targetBuffer.baseAddress, classes: classBuffer.baseAddress)
                Self.run(workers) { w in emit(cursors.sink(w, placing: true, packed: pack), runs[w]) }
                if pack, let targets = targetBuffer.baseAddress, let classes = classBuffer.baseAddress {
                    Self.unpack(targets: targets, classes: classes, count: edges, workers: workers)
                }
                classCount = edges
            }
            targetCount = edges
        }
        self.offsets = offsets
        self.targets = targets
        self.classes = classes
    }

    /// Where a packed edge's class starts: the bits above are the class (fewer than 32 classes), those below the
    /// target.
    static let classShift: UInt32 = 27
    /// The most vertices whose ids fit below ``classShift``.
    static let packLimit = 1 << 27

    /// Splits packed targets into their targets and classes, in place, each worker a run of edges.
    private static func unpack(targets: UnsafeMutablePointer<Int32>, classes: UnsafeMutablePointer<UInt8>, count: Int,
        workers: Int)
    {
        let buffers = SplitBuffers(targets: targets, classes: classes)
        let step = (count + workers - 1) / max(1, workers)
        let mask = (UInt32(1) << classShift) - 1
        run(workers) { w in
            for k in min(count, w * step)..<min(count, (w + 1) * step) {
                let packed = UInt32(bitPattern: buffers.targets[k])
                buffers.classes[k] = UInt8(truncatingIfNeeded: packed >> classShift)
                buffers.targets[k] = Int32(bitPattern: packed & mask)
            }
        }
    }

    /// Runs one job per worker, concurrently when there is more than one.
    private static func run(_ workers: Int, _ job: @Sendable (Int) -> Void) {
        if workers == 1 { job(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: job) }
    }
}

/// The cursors and output buffers a CSR build's workers share: each worker reads and writes only its own row of
/// cursors and the slots they hand it. An output buffer not yet given (or an empty one, which has no address) is a
/// one-element scratch allocation nobody reads.
private final class SharedCursors: @unchecked Sendable {
    private let rows: UnsafeMutablePointer<Int32>
    private let vertexCount: Int
    private(set) var targets: UnsafeMutablePointer<Int32>
    private(set) var classes: UnsafeMutablePointer<UInt8>
    private let scratch: UnsafeMutablePointer<Int32>
    private let scratchClass: UnsafeMutablePointer<UInt8>

    init(workers: Int, vertexCount: Int) {
        self.vertexCount = vertexCount
        rows = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, workers * vertexCount))
        rows.initialize(repeating: 0, count: max(1, workers * vertexCount))
        scratch = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        scratchClass = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        targets = scratch
        classes = scratchClass
    }

    /// Frees the cursors (the output buffers belong to the arrays being built).
    func release() {
        rows.deallocate()
        scratch.deallocate()
        scratchClass.deallocate()
    }

    /// Worker `w`'s row of cursors.
    func row(_ w: Int) -> UnsafeMutablePointer<Int32> { rows + w * vertexCount }

    /// Gives the place pass its output buffers (nil for an empty one).
    func output(targets: UnsafeMutablePointer<Int32>?, classes: UnsafeMutablePointer<UInt8>?) {
        self.targets = targets ?? scratch
        self.classes = classes ?? scratchClass
    }

    func sink(_ w: Int, placing: Bool, packed: Bool) -> EdgeSink {
        EdgeSink(placing: placing, packed: packed, cursor: row(w), targets: targets, classes: classes)
    }
}

/// The arrays an unpacking pass's workers share, each writing only its own run of slots.
private struct SplitBuffers: @unchecked Sendable {
    let targets: UnsafeMutablePointer<Int32>
    let classes: UnsafeMutablePointer<UInt8>
}
