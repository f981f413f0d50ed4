import Dispatch
import ShopfloorModel

extension PlanningIndex {
    /// The two people's vertices of every tie, `[a0, b0, a1, b1, …]`, -1 where a person is unknown.
    ///
    /// At national scale this is twenty million hash lookups of string ids, the largest part of building the
    /// index; the ties are split into chunks resolved on all cores (each chunk writes its own slots of one
    /// buffer; the graph's lookup table is only read).
    static func tieEnds(of graph: OrganizingGraph) -> [Int32] {
        let ties = graph.ties
        let chunk = 1 << 16
        let chunks = (ties.count + chunk - 1) / chunk
        return [Int32](unsafeUninitializedCapacity: 2 * ties.count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                guard let out = base.pointer else { return }
                for t in c * chunk..<min(ties.count, (c + 1) * chunk) {
                    (out + 2 * t).initialize(to: graph.index(of: ties[t].a).map { Int32($0) } ?? -1)
                    (out + 2 * t + 1).initialize(to: graph.index(of: ties[t].b).map { Int32($0) } ?? -1)
                }
            }
            initialized = 2 * ties.count
        }
    }
}

/// A buffer address handed to the chunks of a concurrent loop that each write their own disjoint slots.
private struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int32>?
    init(_ pointer: UnsafeMutablePointer<Int32>?) { self.pointer = pointer }
}
