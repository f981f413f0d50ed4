/// The search's fast priority queue when every step costs more than zero: a monotone bucket queue (Dial's
/// algorithm with real costs) that pops exactly the sequence ``SearchHeap`` would.
///
/// Entries go into buckets of width `minStep / 16` by cost. Every relaxation adds at least `minStep`, so it
/// lands at least sixteen buckets after the entry it came from: when the search reaches a bucket nothing more
/// can enter it, and sorting it once by (cost, state) gives the heap's order (narrow buckets keep each sort
/// short: at 100,000 people about 4 distinct costs and a few hundred entries a bucket). The buckets form a ring long enough
/// for the costliest single step, so pending entries never wrap onto each other. Pushes are appends and pops
/// read a sorted run in order: no sifting through a heap that misses the cache on every level.
struct SearchBuckets: SearchQueue {
    /// The most buckets a ring may have; a cost table whose costliest step is more than this many bucket
    /// widths uses the heap instead.
    static let maxBuckets = 1 << 16
    /// Buckets per cheapest step (at least 2, so that rounding never puts a step into its own bucket).
    static let bucketsPerStep = 16.0

    private var ring: [[SearchEntry]]
    private let mask: Int
    /// Buckets per unit of cost.
    private let scale: Double
    /// The bucket being drained (not wrapped) and the next entry in it.
    private var current = 0
    private var cursor = 0
    private var sorted = false
    private var pending = 0

    /// A queue for steps costing from `minStep` to `maxStep`, or nil when the costs do not allow one (a step
    /// of zero cost, or too wide a spread).
    init?(minStep: Double, maxStep: Double) {
        guard minStep > 0, minStep.isFinite, maxStep.isFinite, maxStep >= minStep else { return nil }
        let scale = Self.bucketsPerStep / minStep
        let span = maxStep * scale + 3
        guard span < Double(Self.maxBuckets) else { return nil }
        var size = 4
        while Double(size) < span { size <<= 1 }
        ring = [[SearchEntry]](repeating: [], count: size)
        mask = size - 1
        self.scale = scale
    }

    /// Adds an entry; its cost is never below the last popped one (the search is monotone).
    /// - Complexity: O(1) amortized.
    @inline(__always) mutating func insert(_ entry: SearchEntry) {
        let bucket = Int(entry.cost * scale)
        assert(bucket > current || (bucket == current && !sorted), "a step landed in the bucket being drained")
        ring[bucket & mask].append(entry)
        pending += 1
    }

    /// The state `ahead` pops from now when it lies in the sorted bucket being drained, else nil.
    @inline(__always) func upcoming(_ ahead: Int) -> Int32? {
        let slot = current & mask
        let k = cursor + ahead
        return sorted && k < ring[slot].count ? ring[slot][k].state : nil
    }

    /// Removes and returns the least entry, or nil when empty.
    /// - Complexity: O(log b) amortized for buckets of b entries (each sorted once), plus the empty buckets
    ///   passed over.
    @inline(__always) mutating func popMin() -> SearchEntry? {
        guard pending > 0 else { return nil }
        while true {
            let slot = current & mask
            if !sorted {
                if ring[slot].count > 1 { ring[slot].withUnsafeMutableBufferPointer { Self.sort($0) } }
                sorted = true
            }
            if cursor < ring[slot].count {
                let entry = ring[slot][cursor]
                cursor += 1
                pending -= 1
                return entry
            }
            ring[slot].removeAll(keepingCapacity: true)
            current += 1
            cursor = 0
            sorted = false
        }
    }

    /// Sorts a bucket (an unstable quicksort, median of three, insertion sort below 16 entries: entries are
    /// unique, so stability is moot, and unlike the standard library's merge sort it needs no buffer).
    private static func sort(_ a: UnsafeMutableBufferPointer<SearchEntry>) {
        var low = 0
        var high = a.count - 1
        while high - low >= 16 {
            let mid = low + (high - low) / 2
            if a[mid] < a[low] { a.swapAt(mid, low) }
            if a[high] < a[low] { a.swapAt(high, low) }
            if a[high] < a[mid] { a.swapAt(high, mid) }
            let pivot = a[mid]
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n) deep.
            if j - low < high - i {
                if low < j { sort(UnsafeMutableBufferPointer(rebasing: a[low...j])) }
                low = i
            } else {
                if i < high { sort(UnsafeMutableBufferPointer(rebasing: a[i...high])) }
                high = j
            }
        }
        guard low < high else { return }
        for k in (low + 1)...high {
            let item = a[k]
            var hole = k
            while hole > low, item < a[hole - 1] {
                a[hole] = a[hole - 1]
                hole -= 1
            }
            a[hole] = item
        }
    }
}
