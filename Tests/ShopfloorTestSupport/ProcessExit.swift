import Foundation

/// Waiting for a child process to end without `Process.waitUntilExit()`.
///
/// On Linux `waitUntilExit()` spins the calling thread's run loop and relies on Foundation delivering the child's
/// end there; called from a test's worker thread while many processes start and end, it can miss that delivery
/// and wait forever (the whole suite then hangs after every test has passed). `terminationHandler` is delivered
/// reliably, so the wait goes through it, with a deadline after which the child is killed.
public final class ProcessExit: @unchecked Sendable {
    private let ended = DispatchSemaphore(value: 0)
    private let process: Process

    /// Watches `process`; must be created before `process.run()` so that a child that ends at once is not missed.
    public init(_ process: Process) {
        self.process = process
        process.terminationHandler = { [ended] _ in ended.signal() }
    }

    /// Waits until the child has ended; after `seconds` it is killed (SIGKILL) and waited for.
    /// Returns false when the deadline passed and the child had to be killed.
    /// Waiting again after the end returns at once.
    @discardableResult
    public func wait(killingAfter seconds: Double = 600) -> Bool {
        // The end is signalled once; each wait passes it on, so that a second wait does not block.
        defer { ended.signal() }
        if ended.wait(timeout: .now() + seconds) == .success { return true }
        kill(process.processIdentifier, SIGKILL)
        ended.wait()
        return false
    }

    /// Kills the child (SIGKILL) if it still runs `seconds` from now, so that a wait on its pipes or its end
    /// cannot outlast the deadline; cancel the returned item once that wait is over.
    ///
    /// The item holds the process weakly: a cancelled item stays queued until its deadline, and holding the
    /// process would keep it (and its pipes) that long.
    public func killing(after seconds: Double) -> DispatchWorkItem {
        let watchdog = DispatchWorkItem { [weak process] in
            if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        return watchdog
    }
}

extension Process {
    /// Starts the process and returns the watch to wait for its end with (see ``ProcessExit``).
    public func runWatched() throws -> ProcessExit {
        let exit = ProcessExit(self)
        try run()
        return exit
    }

    /// Starts `binary` with `arguments` (and `environment` over this process's), its output discarded: a command a
    /// test is about to kill. Returns the process and the watch to wait for its end with.
    public static func startedQuietly(
        _ binary: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> (process: Process, exit: ProcessExit) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return (process, try process.runWatched())
    }
}
