import Dispatch

/// A few independent pieces of work run on all cores at once (`DispatchQueue.concurrentPerform`): how a cold read
/// takes the image's digest while it decodes the read snapshot, and decodes the snapshot's people in chunks.
///
/// Each job writes only what it owns (its own ``JobSlot``, its own slots of a shared buffer); ``run(_:)`` returns
/// once every job has finished, so what they wrote is then read by the caller alone.
enum ConcurrentJobs {
    /// Runs every job, concurrently when there is more than one, and returns when all have finished.
    static func run(_ jobs: [@Sendable () -> Void]) {
        switch jobs.count {
        case 0: return
        case 1: jobs[0]()
        default: DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
        }
    }
}

/// The result of one concurrent job: written by that job alone, read after ``ConcurrentJobs/run(_:)`` returns.
final class JobSlot<Value>: @unchecked Sendable {
    /// The job's result, nil until it is written.
    var value: Value?

    init(_ value: Value? = nil) { self.value = value }
}

/// Memory that concurrent jobs read (or write, each at its own offsets) while the caller that owns it waits for
/// them (``ConcurrentJobs/run(_:)``).
struct SharedMemory<Element>: @unchecked Sendable {
    /// The first element.
    let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int
}
