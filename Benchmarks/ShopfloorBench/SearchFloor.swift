import ShopfloorPlanning

/// What the comparison's search cannot go below on this machine: the memory traffic of its relaxations and the
/// least heap work, each timed on its own (issue 20.2 asks for the lower bound and the distance to it).
///
/// - **Edge pass**: every reached vertex in the order the search settles it (by distance), each of its edges
///   read from the CSR arrays and the distance of its head read and compared, as a relaxation must: the
///   search's own memory traffic with no heap at all.
/// - **Heap floor**: every reached vertex pushed once and popped once through a plain binary heap of
///   (cost, vertex) pairs, the least heap work any Dijkstra does (a real search also pushes every improvement).
enum SearchFloor {
    /// Times both passes over `index` with the search's distances; the note of the second gives their sum.
    static func measure(index: PlanningIndex, distances: [Double], into results: inout [PhaseResult]) {
        let settled = distances.indices.filter { distances[$0].isFinite }.sorted { distances[$0] < distances[$1] }
        let improved = Measure.phase("search floor: edge pass", into: &results) { () -> Int in
            var improved = 0
            index.offsets.withUnsafeBufferPointer { offsets in
                index.targets.withUnsafeBufferPointer { targets in
                    distances.withUnsafeBufferPointer { dist in
                        for v in settled {
                            let base = dist[v] + 1
                            for e in Int(offsets[v])..<Int(offsets[v + 1]) where base < dist[Int(targets[e])] {
                                improved += 1
                            }
                        }
                    }
                }
            }
            return improved
        }
        results[results.count - 1].note = "\(settled.count) vertices, \(index.edgeCount) edges read (\(improved) heads farther)"
        Measure.phase("search floor: heap", into: &results) {
            var heap: [(cost: Double, vertex: Int32)] = []
            heap.reserveCapacity(settled.count)
            // Pushed in vertex order (costs arrive unsorted, as relaxations find them), then all popped.
            for v in distances.indices where distances[v].isFinite { push(&heap, (distances[v], Int32(v))) }
            var last = -Double.infinity
            while let top = pop(&heap) {
                precondition(top.cost >= last, "the floor's heap popped out of order")
                last = top.cost
            }
        }
        let floor = results[results.count - 2].seconds + results[results.count - 1].seconds
        results[results.count - 1].note = String(format: "%d pushes and pops; floor (edge pass + heap) %.4f s", settled.count, floor)
    }

    private static func push(_ heap: inout [(cost: Double, vertex: Int32)], _ item: (cost: Double, vertex: Int32)) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0, item.cost < heap[(child - 1) / 2].cost {
            heap[child] = heap[(child - 1) / 2]
            child = (child - 1) / 2
        }
        heap[child] = item
    }

    private static func pop(_ heap: inout [(cost: Double, vertex: Int32)]) -> (cost: Double, vertex: Int32)? {
        guard let top = heap.first, let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return top }
        var parent = 0
        while true {
            var child = 2 * parent + 1
            guard child < heap.count else { break }
            if child + 1 < heap.count, heap[child + 1].cost < heap[child].cost { child += 1 }
            guard heap[child].cost < last.cost else { break }
            heap[parent] = heap[child]
            parent = child
        }
        heap[parent] = last
        return top
    }
}
