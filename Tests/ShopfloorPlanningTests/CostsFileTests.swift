import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing
@testable import ShopfloorPlanning

/// A cost file given to `--costs` is checked word by word and number by number: a refusal names the file, the
/// line and column of the key, the field and what to do (issue 12 point 10).
@Suite("Cost files: typed keys, finite numbers, refusals at their line")
struct CostsFileTests {
    /// Decodes `text` written to a scratch file called `name`.
    static func decode(_ text: String, name: String = "costs.yaml") throws -> CostTable {
        try SettingsFile.decode(CostTable.self, path: try Scratch.file(name, text))
    }

    /// The one diagnostic a refused file gives.
    static func refusal(_ text: String, name: String = "costs.yaml") throws -> Diagnostic {
        do {
            _ = try decode(text, name: name)
        } catch let error as StoreError {
            guard case .invalid(let path, let diagnostics) = error, diagnostics.count == 1 else {
                Issue.record("expected one diagnostic, got \(error)")
                throw error
            }
            #expect(path.hasSuffix(name))
            return diagnostics[0]
        }
        Issue.record("the file was accepted:\n\(text)")
        throw CancellationError()
    }

    @Test("an unknown key is refused at its line with a did-you-mean, not silently ignored")
    func unknownKey() throws {
        let d = try Self.refusal("# cheap gates\nchannel:\n  tie: 1\n  gatee: 3\n")
        #expect(d.line == 4 && d.column == 3)
        #expect(d.field == "channel.gatee")
        #expect(d.message.contains("'gatee' is not a channel"))
        #expect(d.hint == "did you mean 'gate'?")
        #expect(d.description.hasPrefix(d.file + ":4:3: field 'channel.gatee'"))
    }

    @Test("an unknown field is refused with a did-you-mean")
    func unknownField() throws {
        let d = try Self.refusal("riskWeight: 2\nchanel: {gate: 3}\n")
        #expect(d.line == 2 && d.field == "chanel" && d.hint == "did you mean 'channel'?")
    }

    @Test("NaN, infinity and negative numbers are refused at their line", arguments: [
        ("channel: {gate: .nan}\n", "channel.gate", "not a number"),
        ("tieKind:\n  friend: .inf\n", "tieKind.friend", "infinity"),
        ("riskWeight: -.inf\n", "riskWeight", "minus infinity"),
        ("passAssessment: {\"5\": -2}\n", "passAssessment.5", "negative"),
        ("approach: {\"2\": -0.5}\n", "approach.2", "negative"),
        ("fascistRisk: .NaN\n", "fascistRisk", "not a number"),
    ])
    func badNumbers(text: String, field: String, words: String) throws {
        let d = try Self.refusal(text)
        #expect(d.field == field)
        #expect(d.message.contains(words), "\(d.message)")
        #expect(d.line != nil && d.hint != nil)
    }

    @Test("a risk above 1, a gate window beyond 12 hours, a strength or rank out of range, a word twice: refused",
        arguments: [
            ("channelRisk: {gate: 1.5}\n", "channelRisk.gate"),
            ("gateWindowMinutes: 1000\n", "gateWindowMinutes"),
            ("tieStrength: {\"4\": 1}\n", "tieStrength.4"),
            ("approach: {\"0\": 1}\n", "approach.0"),
            ("passAffiliation: {non-party: 1, Non Party: 2}\n", "passAffiliation.Non Party"),
            ("channel: 3\n", "channel"),
            ("channel: {gate: cheap}\n", "channel.gate"),
        ])
    func outOfRange(text: String, field: String) throws {
        #expect(try Self.refusal(text).field == field)
    }

    @Test("a JSON file is read like YAML, quoted keys included, and refused at its line too")
    func json() throws {
        let table = try Self.decode(#"{"channel": {"gate": 0.5}, "passAssessment": {"5": 20}, "tieStrength": {"3": 0.5}}"#,
            name: "costs.json")
        #expect(table.cost(.gate) == 0.5)
        #expect(table.passAssessment[.hostile] == 20)
        #expect(table.tieStrength[3] == 0.5 && table.tieStrength[1] == CostTable.standard.tieStrength[1])
        let d = try Self.refusal("{\n  \"channel\": {\"gatee\": 1}\n}\n", name: "costs.json")
        #expect(d.line == 2 && d.hint == "did you mean 'gate'?")
    }

    @Test("words are read as in graph files; what is not given keeps its default")
    func partial() throws {
        let table = try Self.decode("passAffiliation: {Social Democrat: 2}\ntieKind: {Neighbour: 1.5}\n")
        #expect(table.passAffiliation[.socialDemocrat] == 2)
        #expect(table.tieKind[.neighbour] == 1.5)
        var expected = CostTable.standard
        expected.passAffiliation[.socialDemocrat] = 2
        expected.tieKind[.neighbour] = 1.5
        #expect(table == expected)
    }

    @Test("an empty file is refused")
    func empty() throws {
        #expect(try Self.refusal("").message == "the file is empty")
    }
}
