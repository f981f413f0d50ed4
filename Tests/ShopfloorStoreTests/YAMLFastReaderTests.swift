import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing

@testable import ShopfloorStore

/// The fast reader of the block subset (``YAMLFastReader``) against libyaml: the same document, the same graph,
/// the same errors with the same file:line:column, on the samples, the fixtures, what the writer writes, and
/// hundreds of damaged copies of it.
@Suite struct YAMLFastReaderTests {
    /// The graph files of the test corpus: the samples and the fixtures, as written by hand.
    static let corpus: [String] = Sample.allCases.map(\.path) + [PackageRoot.path("Tests/ShopfloorStoreTests/Fixtures/gebze.yaml")]

    /// Both readers' documents for `text`: the fast one (nil when it left the subset) and libyaml's (or its error).
    static func documents(_ text: String) -> (fast: YAMLDocument?, full: Result<YAMLDocument, StoreError>) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let fast = YAMLFastReader.parse(buffer, path: "t.yaml")
            let full = Result { () throws(StoreError) in try YAMLDocument.parse(buffer, path: "t.yaml") }
            return (fast, full)
        }
    }

    /// Records an issue unless `a` and `b` are the same document: nodes with positions, children, text, root.
    static func expectSame(_ a: YAMLDocument, _ b: YAMLDocument, _ what: String) {
        #expect(a.rootIndex == b.rootIndex, "\(what): root")
        #expect(a.entries == b.entries, "\(what): nodes and positions")
        #expect(a.children == b.children, "\(what): children")
        #expect(a.text == b.text, "\(what): scalar text")
    }

    /// The outcome of loading `text` as a graph file through one reader: the graph written back, or the errors.
    static func outcome(_ text: String, fast: Bool) -> String {
        do {
            let graph = try GraphFile.parse(data: Data(text.utf8), path: "t.yaml", format: .yaml, fastReader: fast)
            return try GraphFileWriter.text(of: graph, format: .json)
        } catch {
            return error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.field ?? "") \($0.id ?? "") \($0.message) \($0.hint ?? "")" }
                .joined(separator: "\n")
        }
    }

    /// A sample as the writer writes it, without the header (so that a changed copy is read as hand-written).
    static func written(_ path: String) throws -> String {
        let text = try GraphFileWriter.text(of: try GraphFile.load(path: path), format: .yaml)
        return String(text.drop { $0 != "\n" }.dropFirst())
    }

    @Test(arguments: corpus)
    func samePathsOnTheCorpus(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (fast, full) = Self.documents(text)
        if let fast { Self.expectSame(fast, try full.get(), path) }
        #expect(Self.outcome(text, fast: true) == Self.outcome(text, fast: false))
    }

    @Test(arguments: corpus)
    func writtenFilesTakeTheFastPath(path: String) throws {
        let text = try GraphFileWriter.text(of: try GraphFile.load(path: path), format: .yaml)
        let (fast, full) = Self.documents(text)
        let document = try #require(fast, "the writer's output left the fast subset")
        Self.expectSame(document, try full.get(), path)
        #expect(Self.outcome(text, fast: true) == Self.outcome(text, fast: false))
    }

    /// Hand-made texts at the subset's edges: each either leaves the subset or reads as libyaml reads it.
    static let edges: [String] = [
        "# only a comment\n",
        "a: 1\n",
        "a: 1",
        "a: 1\nb:\n  - x\n  - y\n",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - id: x\n    n: 1\n  - id: y\nb: [p, \"q\", r]\n",
        "a: [ ]\nb: []\n",
        "a: \"é\\u00e7\\n\\t\\\"\\\\\"\n",
        "a: \"\\/\"\n",
        "a: \"\\ud83d\\ude00\"\n",
        "a: çay, ocağı # yorum\n",
        "a: x#y\n",
        "a:   spaced   \n",
        "a: [é, ç, ğ]\n",
        "a: x\n  continued\n",
        "a: x: y\n",
        "a: 'single'\n",
        "a: &anchor x\nb: *anchor\n",
        "a: !tag x\n",
        "a: {b: c}\n",
        "a: |\n  block\n",
        "a: 1\na: 2\n",
        "a:\n  b: 1\n  b: 2\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a:\tb\n",
        "a: 1\r\nb: 2\r\n",
        "a: [x,\n  y]\n",
        "a: [x, ]\n",
        "a: [x, [y]]\n",
        "a: [x: y]\n",
        "- a\n- b\n",
        "- a: 1\n  b: 2\n- c: 3\n",
        "a:\n  - - x\n",
        "a:\n  -\n    b: 1\n",
        "a:\n    b: 1\n   c: 2\n",
        "a:\n  b: 1\n    c: 2\n",
        "  a: 1\n",
        "a: -1.5\nb: [-2, -x]\nc: -\n",
        "a: \"unterminated\n",
        "a: \"x\" y\n",
        "\"a\": 1\n",
        "? a\n: 1\n",
        "a: x\u{85}y\n",
        "a: x\u{2028}y\n",
        "a: \u{FEFF}x\n",
        "a: 1 # c\u{85}b: 2\n",
        "a: ~\nb: null\nc: Null\n",
        "a:\n",
        "a:\nb: 1\n",
        "a: 1\n\n\n# end\n   \n",
        "a:\n  # a comment between\n  b: 1\n",
        "a: [x, \"y, z\", w]   # trailing\n",
    ]

    @Test(arguments: edges)
    func edgesReadAsLibyamlReadsThem(text: String) throws {
        let (fast, full) = Self.documents(text)
        guard let fast else { return }
        let document = try full.get()
        Self.expectSame(fast, document, text)
    }

    @Test func edgesOfTheSubsetAreTaken() {
        // The writer's shapes must not leave the subset (else the fast reader would only ever fall back).
        for text in ["a: 1\n", "a:\n  - id: x\n    n: \"é\"\n", "a:\n- x\n", "a: [p, \"q\"]\n", "a: []\n"] {
            #expect(Self.documents(text).fast != nil, "\(text) left the subset")
        }
        for text in ["a: &x 1\n", "a: {b: c}\n", "a: 1\na: 2\n", "a: x\n  y\n", "a:\tb\n"] {
            #expect(Self.documents(text).fast == nil, "\(text) stayed in the subset")
        }
    }

    /// Damage that graph-file errors come from, applied to a written sample: every one loads (or is refused)
    /// alike through both readers, with the same diagnostics at the same line and column.
    @Test func sameErrorsOnDamagedCopies() throws {
        let text = try Self.written(Sample.automotivePlant.path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var variants: [String] = []
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "assessment: ", with: "assesment: ") },
            { $0.replacingOccurrences(of: "affiliation: \"", with: "affiliation: \"x") },
            { $0.replacingOccurrences(of: "kind: \"", with: "kind: \"q") },
            { $0.replacingOccurrences(of: "strength: ", with: "strength: 9") },
            { $0 + "    id: again" },
            { "  " + $0 },
            { $0.replacingOccurrences(of: ": ", with: ":  ") },
            { $0.replacingOccurrences(of: "\"", with: "") },
            { String($0.dropLast()) },
            { $0.replacingOccurrences(of: "- ", with: "-") },
            { $0 + " # note" },
            { $0.replacingOccurrences(of: "id: \"", with: "id: \"a b ") },
        ]
        // Each edit on a spread of lines, one line at a time (records of every kind are reached).
        // The damaged-workbook tests' generator: deterministic, so a failure can be replayed.
        var rng = WorkbookDamageTests.SplitMix(state: 20)
        for _ in 0..<100 {
            let i = Int(rng.next() % UInt64(lines.count))
            let edit = edits[Int(rng.next() % UInt64(edits.count))]
            var changed = lines
            changed[i] = edit(changed[i])
            variants.append(changed.joined(separator: "\n"))
        }
        // Lines swapped, dropped, doubled.
        for _ in 0..<30 {
            let i = Int(rng.next() % UInt64(lines.count)), j = Int(rng.next() % UInt64(lines.count))
            var changed = lines
            switch rng.next() % 3 {
            case 0: changed.swapAt(i, j)
            case 1: changed.remove(at: i)
            default: changed.insert(changed[i], at: j)
            }
            variants.append(changed.joined(separator: "\n"))
        }
        var refused = 0, fast = 0
        for variant in variants {
            let viaFast = Self.outcome(variant, fast: true)
            #expect(viaFast == Self.outcome(variant, fast: false), "differs:\n\(variant.prefix(400))")
            if !viaFast.hasPrefix("{") { refused += 1 }
            if Self.documents(variant).fast != nil { fast += 1 }
        }
        // The corpus must exercise both: refusals through the fast reader, and falls back to libyaml.
        #expect(refused > 40)
        #expect(fast > 40 && fast < variants.count)
    }
}
