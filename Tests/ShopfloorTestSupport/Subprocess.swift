import Foundation

/// Runs a program and captures what it prints: the CLI under test, and the outside tools the tests check
/// files with (sqlite3, python3, a browser).
public enum Subprocess {
    /// The outcome of one run.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Whether the program was ended by a signal rather than exiting.
        public var signalled: Bool
    }

    /// Runs `executable` with `arguments`; `environment` adds to (or overrides) this process's environment.
    /// A run that lasts longer than `seconds` is killed (its result then says `signalled`).
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil, input: String? = nil, killingAfter seconds: Double = 600
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        let exit = try process.runWatched()
        // A child that outlives its deadline is killed, so that its pipes close and the reads below end.
        let watchdog = exit.killing(after: seconds)
        defer { watchdog.cancel() }
        if let stdin, let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes at once (standard error on another thread) before waiting, so that neither a large
        // output nor a large error stream can fill its pipe and block the child.
        let errorStream = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorStream.wait()
        // Closed here, not when the pipes are freed: whatever still holds the process holds them too, and
        // descriptors piling up over a suite's runs end in Foundation's `Process.run()` crashing on Linux
        // (it reads `/proc/self/fd` past its buffer; swift-corelibs-foundation PR 5472).
        try? out.fileHandleForReading.close()
        try? err.fileHandleForReading.close()
        exit.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), signalled: process.terminationReason == .uncaughtSignal)
    }
}

/// Outside programs the tests use, found on `PATH` as a shell would find them.
public enum Tool {
    /// The first executable called `name` on `PATH` (then `/usr/bin`), or nil.
    public static func path(_ name: String) -> String? {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (searchPath + ["/usr/bin", "/bin"]).map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `python3` is installed and imports `module`.
    public static func pythonHas(_ module: String) -> Bool {
        guard let python = path("python3"), let result = try? Subprocess.run(python, ["-c", "import \(module)"]) else {
            return false
        }
        return result.status == 0
    }

    /// The sqlite3 command-line shell, for tests that read or change a workspace from outside Shopfloor.
    public static let sqlite3 = path("sqlite3")

    /// Whether python3 with networkx is installed (to read exported GraphML with another program).
    public static let hasNetworkx = pythonHas("networkx")

    /// A headless Chromium, when one is installed.
    public static let browser = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(path).first
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe held, once its writer closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
