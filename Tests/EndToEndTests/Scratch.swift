import Foundation

/// Fresh temporary folders for tests that write files.
enum Scratch {
    /// A new, empty folder under the temporary directory, named with `tag` and a UUID.
    static func folder(_ tag: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-e2e-\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }
}
