import Foundation
import ShopfloorTestSupport
import Testing

/// The golden-file helper itself: a recording run and a missing file fail, a difference fails with a line
/// diff, only an exact match passes.
@Suite("Golden files")
struct GoldenFolderTests {
    static func folder(recording: Bool = false) throws -> GoldenFolder {
        GoldenFolder(url: URL(fileURLWithPath: try Scratch.folder("golden")), recording: recording)
    }

    @Test("a missing golden file is written and the test fails with 'recorded new baseline'")
    func missingFileFails() throws {
        let golden = try Self.folder()
        withKnownIssue {
            golden.assertMatches("one\ntwo\n", named: "new.txt")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("recorded new baseline new.txt") }
        }
        let written = try String(contentsOf: golden.url.appendingPathComponent("new.txt"), encoding: .utf8)
        #expect(written == "one\ntwo\n")
        golden.assertMatches("one\ntwo\n", named: "new.txt")
    }

    @Test("a recording run fails even when nothing changed, and leaves the new text in the file")
    func recordingFails() throws {
        let compare = try Self.folder()
        let record = GoldenFolder(url: compare.url, recording: true)
        try Data("old\n".utf8).write(to: compare.url.appendingPathComponent("g.txt"))
        for text in ["new\n", "new\n"] {
            withKnownIssue {
                record.assertMatches(text, named: "g.txt")
            } matching: { issue in
                issue.comments.contains { $0.rawValue.contains("recorded new baseline g.txt") }
            }
        }
        compare.assertMatches("new\n", named: "g.txt")
    }

    @Test("a difference fails with the changed lines and their numbers")
    func differenceFails() throws {
        let golden = try Self.folder()
        try Data("a\nb\nc\n".utf8).write(to: golden.url.appendingPathComponent("g.txt"))
        withKnownIssue {
            golden.assertMatches("a\nB\nc\n", named: "g.txt")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("-2: b") && $0.rawValue.contains("+2: B") }
        }
        #expect(try String(contentsOf: golden.url.appendingPathComponent("g.txt"), encoding: .utf8) == "a\nb\nc\n")
    }

    @Test("the line diff lists removed and inserted lines in order and stops at its limit")
    func lineDiff() {
        #expect(GoldenFolder.lineDiff(from: "a\nb\nc", to: "a\nc\nd") == "-2: b\n+3: d")
        let many = GoldenFolder.lineDiff(from: "", to: (1...30).map(String.init).joined(separator: "\n"), limit: 3)
        #expect(many.hasSuffix("… 28 more changed lines"))
    }

    @Test("the package root holds Package.swift and the samples")
    func packageRoot() {
        #expect(FileManager.default.fileExists(atPath: PackageRoot.path("Package.swift")))
        for sample in Sample.allCases { #expect(FileManager.default.fileExists(atPath: sample.path), "\(sample)") }
    }
}
