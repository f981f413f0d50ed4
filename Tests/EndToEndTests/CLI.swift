import Foundation
import Testing

/// Runs the built `shopfloor` binary and captures what it prints.
enum CLI {
    /// The outcome of one run.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: `SHOPFLOOR_BIN` if set, else next to the test bundle, else `.build/debug/shopfloor`.
    static let binary: URL? = {
        let env = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let path = env["SHOPFLOOR_BIN"] { candidates.append(URL(fileURLWithPath: path)) }
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        candidates.append(bundleDir.appendingPathComponent("shopfloor"))
        for arg in CommandLine.arguments.prefix(1) {
            candidates.append(URL(fileURLWithPath: arg).deletingLastPathComponent().appendingPathComponent("shopfloor"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/shopfloor"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `shopfloor` with arguments in the package root, with NO_COLOR set unless `environment` says otherwise.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let binary = try #require(binary, "build the shopfloor binary first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once (standard error on another thread) before waiting, so that neither a large
        // output nor a large error stream can fill its pipe and block the child.
        let errorStream = ErrorStream(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorStream.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes text to a fresh temporary file with the given name and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorStream: @unchecked Sendable {
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
