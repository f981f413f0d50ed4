import Dispatch
import ShopfloorModel

/// Every tie's two people as vertices, and its edge class.
struct ResolvedTies {
    /// `[a0, b0, a1, b1, …]`, ``unknown`` where a person is unknown.
    var ends: [Int32]
    /// The ``EdgeClasses`` class of each tie.
    var classes: [UInt8]

    /// Resolves the ties of a graph.
    ///
    /// At national scale this is twenty million hash lookups of string ids, the largest part of building the
    /// index. The ties are split into chunks resolved on all cores (each chunk writes its own slots; the
    /// graph's lookup table is only read), and a chunk remembers the last first end it looked up: tie lists
    /// are usually grouped by their first person (spreadsheets sorted by name, files written by Shopfloor),
    /// so most first ends repeat the one before.
    /// A graph read from a workspace carries its tie ends already (``OrganizingGraph/tieEnds``): then only the
    /// classes are computed.
    init(of graph: OrganizingGraph) {
        let ties = graph.ties
        if let known = graph.tieEnds {
            ends = known
            classes = (0..<ties.count).map { EdgeClasses.tie(kind: ties.kind(at: $0), strength: ties.strength(at: $0)) }
            return
        }
        let chunk = 1 << 16
        let chunks = (ties.count + chunk - 1) / chunk
        var classes: [UInt8] = []
        ends = [Int32](unsafeUninitializedCapacity: 2 * ties.count) { endBuffer, endCount in
            classes = [UInt8](unsafeUninitializedCapacity: ties.count) { classBuffer, classCount in
                let out = ResolvedBuffers(ends: endBuffer.baseAddress, classes: classBuffer.baseAddress)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    guard let ends = out.ends, let classes = out.classes else {
                        preconditionFailure("a chunk of ties runs only when there are ties, so the buffers exist")
                    }
                    var lastA: Person.ID?
                    var lastIndex = ResolvedTies.unknown
                    for t in c * chunk..<min(ties.count, (c + 1) * chunk) {
                        let tie = ties[t]
                        if tie.a != lastA {
                            lastA = tie.a
                            lastIndex = ResolvedTies.position(of: tie.a, in: graph)
                        }
                        (ends + 2 * t).initialize(to: lastIndex)
                        (ends + 2 * t + 1).initialize(to: ResolvedTies.position(of: tie.b, in: graph))
                        (classes + t).initialize(to: EdgeClasses.tie(tie))
                    }
                }
                classCount = ties.count
            }
            endCount = 2 * ties.count
        }
        self.classes = classes
    }

    /// The end of a tie to a person the graph does not hold (a graph read without its checks can have one):
    /// the index and the exposure counts leave such a tie out.
    static let unknown: Int32 = -1

    /// Calls `body(a, b, t)` for every tie `t` between two different people of the graph, by their positions
    /// (the first person of each id, as `index(of:)`), in the graph's order; a tie to an unknown person is left out.
    static func forEach(in graph: OrganizingGraph, _ body: (Int, Int, Int) -> Void) {
        // A workspace's graph carries every tie's two positions (no tie made, no id looked up); any other graph's
        // ends are resolved as the index resolves them.
        let known = graph.tieEnds ?? ResolvedTies(of: graph).ends
        known.withUnsafeBufferPointer { ends in
            for t in 0..<min(graph.ties.count, ends.count / 2) {
                let a = Int(ends[2 * t]), b = Int(ends[2 * t + 1])
                guard a >= 0, b >= 0, a != b else { continue }
                body(a, b, t)
            }
        }
    }

    /// Whether a resolved end is one of the graph's people.
    static func isKnown(_ end: Int32) -> Bool { end != unknown }

    /// A tie end's position among the graph's people, or ``unknown``.
    static func position(of id: Person.ID, in graph: OrganizingGraph) -> Int32 {
        guard let index = graph.index(of: id) else { return unknown }
        return Int32(index)
    }
}

/// The output buffers handed to the chunks of a concurrent loop that each write their own disjoint slots.
private struct ResolvedBuffers: @unchecked Sendable {
    let ends: UnsafeMutablePointer<Int32>?
    let classes: UnsafeMutablePointer<UInt8>?
}
