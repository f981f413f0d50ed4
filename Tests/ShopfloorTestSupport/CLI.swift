import Foundation
import Testing

/// Runs the built `shopfloor` binary, the way a person at a terminal would, and captures what it prints.
public enum CLI {
    /// The binary: `SHOPFLOOR_BIN` if set, else beside the test bundle, else `.build/debug/shopfloor`.
    public static let binary: String? = {
        let env = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let path = env["SHOPFLOOR_BIN"] { candidates.append(URL(fileURLWithPath: path)) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("shopfloor"))
        for arg in CommandLine.arguments.prefix(1) {
            candidates.append(URL(fileURLWithPath: arg).deletingLastPathComponent().appendingPathComponent("shopfloor"))
        }
        candidates.append(PackageRoot.url(".build/debug/shopfloor"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `shopfloor` with `arguments` in the package root (or `directory`), with NO_COLOR set and an English
    /// locale unless `environment` says otherwise. A missing binary fails the test: build it first (`swift build`).
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil, input: String? = nil
    ) throws -> Subprocess.Result {
        let binary = try #require(binary, "the shopfloor binary was not found: run `swift build` or set SHOPFLOOR_BIN")
        return try Subprocess.run(binary, arguments, environment: englishAndPlain.merging(environment) { $1 },
            in: directory ?? PackageRoot.url, input: input)
    }

    /// No colour, and English whatever the machine's locale (an empty `LC_ALL` or `LC_MESSAGES` counts as unset),
    /// unless a test's `environment` asks for a language.
    public static let englishAndPlain = ["NO_COLOR": "1", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]

    /// Writes text to a fresh scratch file with the given name and returns its path.
    public static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try Scratch.file(name, text, tag: "cli")
    }
}
