import Foundation
import Testing

/// A folder of golden files (DOT, JSON, …) beside the tests that compare output with them.
///
/// `SHOPFLOOR_RECORD_GOLDEN=1 swift test --filter …` writes the output as the new golden file and **fails**
/// with "recorded new baseline", as swift-argument-parser's `assertSnapshot` does: a recording run never passes,
/// so a test cannot pass by recording what it should have compared. A missing golden file is recorded and fails
/// the same way. Review the change with `git diff`, then run the tests again without the variable.
public struct GoldenFolder: Sendable {
    /// The folder, in the source tree.
    public let url: URL

    /// Whether this folder records golden files instead of comparing with them.
    public let recording: Bool

    /// The folder at `relativePath` below the package root, e.g. `Tests/ShopfloorMapsTests/Golden`.
    public init(_ relativePath: String) { self.init(url: PackageRoot.url(relativePath)) }

    /// A folder anywhere; `recording` defaults to whether `SHOPFLOOR_RECORD_GOLDEN=1` is set.
    public init(url: URL, recording: Bool = ProcessInfo.processInfo.environment["SHOPFLOOR_RECORD_GOLDEN"] == "1") {
        self.url = url
        self.recording = recording
    }

    /// Compares `actual` with the golden file `name`; a difference fails the test with a line diff.
    public func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = url.appendingPathComponent(name)
        let expected = (try? Data(contentsOf: file)).map { String(decoding: $0, as: UTF8.self) }
        if recording || expected == nil {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file, options: .atomic)
                let why = expected == nil ? "there was no golden file" : "SHOPFLOOR_RECORD_GOLDEN=1"
                let change = expected == actual ? "unchanged" : "review it with `git diff`"
                let message = "recorded new baseline \(name) (\(why); \(change)); run the test again without "
                    + "SHOPFLOOR_RECORD_GOLDEN to compare"
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record the golden file \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        Issue.record("""
            \(name) differs from its golden file (- golden, + actual); if the change is intended, re-record with \
            SHOPFLOOR_RECORD_GOLDEN=1 and review the diff:
            \(Self.lineDiff(from: expected, to: actual))
            """, sourceLocation: sourceLocation)
    }

    /// The changed lines between two texts, each with its line number, at most `limit` of them.
    /// - Complexity: O((n + m) · d) for texts of n and m lines that differ in d lines.
    public static func lineDiff(from old: String, to new: String, limit: Int = 24) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [(line: Int, text: String)] = []
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, let element, _): lines.append((offset + 1, "-\(offset + 1): \(element)"))
            case .insert(let offset, let element, _): lines.append((offset + 1, "+\(offset + 1): \(element)"))
            }
        }
        lines.sort { $0.line < $1.line }
        var text = lines.prefix(limit).map(\.text).joined(separator: "\n")
        if lines.count > limit { text += "\n… \(lines.count - limit) more changed lines" }
        return text
    }

    /// JSON as the golden files hold it: pretty, keys sorted, slashes unescaped, a final newline.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
