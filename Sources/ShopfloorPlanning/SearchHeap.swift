/// A heap entry: cheaper first, ties broken by state (vertex ids follow sorted ids, so by id).
struct SearchEntry: Comparable {
    var cost: Double
    var state: Int32
    @inline(__always) static func < (a: Self, b: Self) -> Bool {
        a.cost < b.cost || (a.cost == b.cost && a.state < b.state)
    }
}

/// The search's priority queue: a 4-ary min-heap of ``SearchEntry`` in one array, sifted through a hole.
///
/// Entries are totally ordered (cost, then state), so every correct min-heap pops the same sequence: the
/// search's trees do not depend on this layout. Four children per node halve the depth of a binary heap and
/// keep a node's children in one or two cache lines; it replaces swift-collections' general-purpose min-max
/// heap (which compares grandchildren too, and checks uniqueness and bounds on every step).
struct SearchHeap {
    private var entries: [SearchEntry] = []

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

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
