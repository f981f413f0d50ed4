import Dispatch

/// Work started on another core at once and waited for later: a cold read's image digest while the read snapshot
/// is mapped and decoded, the person lookup while the graph's small tables are read, a core plan's influence while
/// its planning index is built.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the job alone, read only after ``wait()`` has seen the job finish.
    private var result: Value?

    /// Starts `work` on another thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { [self] in result = work() }
    }

    /// The job's result, once it has finished (nil only if it could not give one).
    public func wait() -> Value? {
        group.wait()
        return result
    }
}
