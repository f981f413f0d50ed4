/// A queue entry: cheaper first, ties broken by state (vertex ids follow sorted ids, so by id).
///
/// It also carries how the state was reached (the state it was relaxed from and the CSR edge), written into
/// the tree only when the entry is settled: one write per settled state instead of one per improvement.
struct SearchEntry: Comparable {
    var cost: Double
    var state: Int32
    /// The state this entry was relaxed from, or -1 for a source (a seed's member state for a place seed).
    var from: Int32
    /// The CSR edge that entered the state, or -1 for a source or a place seed.
    var edge: Int32

    @inline(__always) static func < (a: Self, b: Self) -> Bool {
        a.cost < b.cost || (a.cost == b.cost && a.state < b.state)
    }

    @inline(__always) static func == (a: Self, b: Self) -> Bool { a.cost == b.cost && a.state == b.state }
}

/// What the search needs of its priority queue. Entries are totally ordered (cost, then state), so every
/// correct queue pops the same sequence: the search's trees do not depend on which one runs.
protocol SearchQueue {
    /// Adds an entry.
    mutating func insert(_ entry: SearchEntry)
    /// Removes and returns the least entry, or nil when empty.
    mutating func popMin() -> SearchEntry?
    /// The state of the entry `ahead` pops from now (0: the next), when the queue already knows it; nil
    /// otherwise. The search prefetches what that state will read.
    func upcoming(_ ahead: Int) -> Int32?
}

/// The general priority queue: a 4-ary min-heap of ``SearchEntry`` in one array, sifted through a hole.
///
/// Four children per node halve the depth of a binary heap and keep a node's children in one or two cache
/// lines; it replaces swift-collections' general-purpose min-max heap (which compares grandchildren too, and
/// checks uniqueness and bounds on every step). The search uses ``SearchBuckets`` instead whenever every edge
/// costs more than zero (the standard costs); this heap serves any cost table.
struct SearchHeap: SearchQueue {
    private var entries: [SearchEntry] = []

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// A heap knows only its least entry: nil.
    @inline(__always) func upcoming(_ ahead: Int) -> Int32? { nil }

    /// Adds an entry.
    /// - Complexity: O(log₄ n).
    @inline(__always) mutating func insert(_ entry: SearchEntry) {
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { heap in
            var hole = heap.count - 1
            while hole > 0 {
                let parent = (hole - 1) >> 2
                guard entry < heap[parent] else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = entry
        }
    }

    /// Removes and returns the least entry, or nil when empty.
    /// - Complexity: O(log₄ n).
    @inline(__always) mutating func popMin() -> SearchEntry? {
        guard let last = entries.popLast() else { return nil }
        guard !entries.isEmpty else { return last }
        return entries.withUnsafeMutableBufferPointer { heap in
            let top = heap[0]
            let n = heap.count
            var hole = 0
            while true {
                let first = 4 * hole + 1
                guard first < n else { break }
                var best = first
                var bestEntry = heap[first]
                let end = min(first + 4, n)
                var c = first + 1
                while c < end {
                    let candidate = heap[c]
                    if candidate < bestEntry {
                        best = c
                        bestEntry = candidate
                    }
                    c += 1
                }
                guard bestEntry < last else { break }
                heap[hole] = bestEntry
                hole = best
            }
            heap[hole] = last
            return top
        }
    }
}
