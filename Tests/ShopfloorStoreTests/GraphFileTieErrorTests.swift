import Foundation
import ShopfloorModel
import Testing

@testable import ShopfloorStore

/// Broken ties in a file of the block form Shopfloor writes (the fast reader's path: the builder's own buffers,
/// each tie's two ends read once and resolved by their bytes): every error names line, column, field and id,
/// the same through both readers.
@Suite struct GraphFileTieErrorTests {
    static let text = """
        shopfloor: 1
        people:
          - id: "p1"
          - id: "p2"
          - id: "p3"
        ties:
          - a: "p1"
            b: "p2"
            kind: "coworker"
            strength: 2
          - b: "p3"
            kind: "friend"
          - a: "p1"
            b: ""
            kind: "friend"
          - a: "p 2"
            b: "p3"
            kind: "friend"
          - a: "p2"
            b: "p9"
            kind: "friend"
          - a: "p2"
            b: "p1"
            kind: "coworker"
          - [p3, p1, relative]
          - [p1, p3, relative]
          - a: "p3"
            b: "p2"
            kind: "coworker"
            strength: 7
        """

    /// The 1-based line and column where `fragment` first starts on a line holding `context`.
    static func mark(_ fragment: String, on context: String) -> (line: Int, column: Int) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(context) {
            if let r = line.range(of: fragment) { return (i + 1, line.distance(from: line.startIndex, to: r.lowerBound) + 1) }
        }
        Issue.record("no \(fragment) on a line with \(context)")
        return (0, 0)
    }

    static func errors(fast: Bool) -> [Diagnostic] {
        do {
            _ = try GraphFile.parse(data: Data(text.utf8), path: "ties.yaml", format: .yaml, fastReader: fast)
            Issue.record("expected the file to be rejected")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func theFileTakesTheFastPath() {
        let bytes = Array(Self.text.utf8)
        #expect(bytes.withUnsafeBufferPointer { YAMLFastReader.parse($0, path: "ties.yaml") } != nil)
    }

    @Test func everyBrokenTieIsNamedWhereItIs() throws {
        let d = Self.errors(fast: true)
        func place(_ i: Int) -> String {
            guard i < d.count else { return "missing" }
            return "\(d[i].file):\(d[i].line ?? 0):\(d[i].column ?? 0) \(d[i].field ?? "-") \(d[i].id ?? "-")"
        }
        func at(_ mark: (line: Int, column: Int), _ field: String, _ id: String) -> String {
            "ties.yaml:\(mark.line):\(mark.column) \(field) \(id)"
        }
        #expect(d.count == 7, "\(d.map(\.description).joined(separator: "\n"))")
        // A tie without `a`: at the record (its first key), no id yet.
        #expect(place(0) == at(Self.mark("b:", on: "- b: \"p3\""), "a", "-"))
        // An empty `b`, at its value, named by its `a`.
        #expect(place(1) == at(Self.mark("\"\"", on: "b: \"\""), "b", "p1"))
        // An `a` that is not a single word.
        #expect(place(2) == at(Self.mark("\"p 2\"", on: "a: \"p 2\""), "a", "-"))
        // A person nobody has, resolved by its bytes: at the `b` that names it.
        #expect(place(3) == at(Self.mark("\"p9\"", on: "b: \"p9\""), "b", "p2–p9"))
        // The same pair and kind twice, either order: at the second one's kind (the line after its `b: "p1"`)...
        #expect(place(4) == at((Self.mark("b:", on: "b: \"p1\"").line + 1, 11), "kind", "p2–p1"))
        // ... also in the short form.
        #expect(place(5) == at(Self.mark("relative", on: "[p1, p3"), "kind", "p1–p3"))
        // A strength out of range, at its value.
        #expect(place(6) == at(Self.mark("7", on: "strength: 7"), "strength", "p3–p2"))
        #expect(d.allSatisfy { $0.file == "ties.yaml" && $0.line != nil && $0.column != nil && $0.field != nil })
    }

    @Test func bothReadersGiveTheSameErrors() {
        let fast = Self.errors(fast: true).map(\.description)
        let full = Self.errors(fast: false).map(\.description)
        #expect(!fast.isEmpty && fast == full)
    }

    @Test func theTiesOfAValidFileResolveToTheirPeople() throws {
        let valid = Self.text.components(separatedBy: "\n  - b: \"p3\"")[0] + "\n"
        let graph = try GraphFile.parse(data: Data(valid.utf8), path: "ok.yaml", format: .yaml)
        #expect(graph.ties.count == 1)
        #expect(graph.tieEnds == [0, 1])
    }
}
