import Foundation
import Testing

/// `shopfloor serve SOURCE` started as a child process, as from a terminal: the URL it printed and the watch
/// to wait for its end with. Whoever starts one stops it (``stop(_:)``); nothing is left running.
public struct ServedWorkbench {
    public let process: Process
    public let exit: ProcessExit
    /// The one link the server printed (`http://127.0.0.1:PORT/open?token=…`), or "" when it printed none.
    public let url: String
    /// What the server prints (read until the URL came), closed when it is stopped.
    private let output = Pipe()

    /// Starts the server in the package root; `environment` adds to this process's (a passphrase, say).
    /// A server that has not printed its URL within `seconds` is killed, so the test fails instead of hanging.
    public init(_ source: String, environment: [String: String] = [:], seconds: Double = 60) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLI.binary))
        process.arguments = ["serve", source]
        process.currentDirectoryURL = PackageRoot.url
        process.environment = ProcessInfo.processInfo.environment.merging(CLI.englishAndPlain.merging(environment) { $1 }) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        exit = try process.runWatched()
        let watchdog = exit.killing(after: seconds)
        defer { watchdog.cancel() }
        var text = ""
        while !(text.firstRange(of: "token=").map { text[$0.upperBound...].contains("\n") } ?? false) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        url = text.split(separator: "\n").first { $0.hasPrefix("http://") }.map(String.init) ?? ""
    }

    /// The port of the printed URL.
    public var port: Int? {
        url.firstMatch(of: /127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) }
    }

    /// Ends the server with `signal` (SIGKILL unless told) and waits for its end (at most 20 seconds, then SIGKILL).
    public func stop(_ signal: Int32 = SIGKILL) {
        if process.isRunning { kill(process.processIdentifier, signal) }
        exit.wait(killingAfter: 20)
        try? output.fileHandleForReading.close()
    }

    /// Opens the session a browser would: visits the printed link once for the cookie, then reads the form
    /// token from the record page. Nil when the server does not answer as it should.
    public func openSession() -> Session? {
        guard let port, let target = url.firstRange(of: "/open?").map({ String(url[$0.lowerBound...]) }),
            let opened = LoopbackHTTP.send(port: port, method: "GET", target: target),
            let cookie = opened.headers["set-cookie"]?.split(separator: ";").first.map(String.init),
            let page = LoopbackHTTP.send(port: port, method: "GET", target: "/record", headers: ["Cookie": cookie]),
            let csrf = page.body.firstMatch(of: /name="csrf" value="([^"]+)"/).map({ String($0.1) })
        else { return nil }
        return Session(port: port, cookie: cookie, csrf: csrf)
    }

    /// A browser's session with the server: its cookie and the form token every POST carries.
    public struct Session: Sendable {
        public let port: Int
        /// `name=value` of the session cookie.
        public let cookie: String
        public let csrf: String

        /// Posts a form (with the token) as the server's own page would; nil when no whole reply came.
        public func post(_ path: String, _ form: [String: String], seconds: Double = 60) -> LoopbackHTTP.Reply? {
            let fields = form.merging(["csrf": csrf]) { $1 }.sorted { $0.key < $1.key }
            let body = fields.map { Self.encode($0.key) + "=" + Self.encode($0.value) }.joined(separator: "&")
            return LoopbackHTTP.send(port: port, method: "POST", target: path,
                headers: ["Cookie": cookie, "Origin": "http://127.0.0.1:\(port)"], body: body, seconds: seconds)
        }

        /// Gets a page; nil when no whole reply came.
        public func get(_ target: String, seconds: Double = 60) -> LoopbackHTTP.Reply? {
            LoopbackHTTP.send(port: port, method: "GET", target: target, headers: ["Cookie": cookie], seconds: seconds)
        }

        /// A form value percent-encoded (`application/x-www-form-urlencoded`).
        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn:
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? text
        }
    }
}
