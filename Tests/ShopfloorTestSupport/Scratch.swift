import Foundation

/// Fresh folders for tests that write files: one per call, under one folder per test process.
public enum Scratch {
    /// The folder every scratch folder of this process lives in.
    public static let root: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("shopfloor-tests-\(ProcessInfo.processInfo.processIdentifier)")

    /// A new, empty folder named after `tag` (by default the calling function).
    public static func folder(_ tag: String = #function) throws -> String {
        let safe = String(tag.filter { $0.isLetter || $0.isNumber || $0 == "-" }.prefix(40))
        let url = root.appendingPathComponent("\(safe.isEmpty ? "scratch" : safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A file holding `text` in a new scratch folder; returns its path.
    public static func file(_ name: String, _ text: String, tag: String = #function) throws -> String {
        let path = try folder(tag) + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
