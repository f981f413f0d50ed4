import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing

@testable import ShopfloorStore

/// Deterministic cut points: a 64-bit linear congruential generator (Knuth's constants), seeded per test.
private struct CutPoints: Sequence, IteratorProtocol {
    var state: UInt64
    let limit: Int
    var left: Int

    mutating func next() -> Int? {
        guard left > 0 else { return nil }
        left -= 1
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(limit))
    }
}

@Suite("A graph file Shopfloor wrote and that was cut short is refused")
struct TruncatedFileTests {
    /// How a cut copy of `text` fared: the cut points whose copy loaded.
    private func loadedCuts(of text: String, format: GraphFile.Format, cuts: Int, seed: UInt64) -> [Int] {
        let bytes = Data(text.utf8)
        // Every cut that loses more than the final line break.
        let points = CutPoints(state: seed, limit: bytes.count - 1, left: cuts)
        var loaded: [Int] = []
        for cut in points {
            do {
                _ = try GraphFile.parse(data: bytes.prefix(cut), path: "cut.\(format.rawValue)", format: format)
                loaded.append(cut)
            } catch {
                #expect(!error.diagnostics.isEmpty || "\(error)".contains("UTF-8"), "\(error)")
            }
        }
        return loaded
    }

    @Test(arguments: GraphFile.Format.allCases)
    func everyRandomCutOfAWrittenFileIsRefused(format: GraphFile.Format) throws {
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let text = try GraphFileWriter.text(of: graph, format: format)
        // The whole file, and the whole file without its last line break, load as the graph written.
        #expect(Canonical(try GraphFile.parse(text: text, path: "whole.yaml")) == Canonical(graph))
        #expect(Canonical(try GraphFile.parse(text: String(text.dropLast()), path: "whole.yaml")) == Canonical(graph))
        let loaded = loadedCuts(of: text, format: format, cuts: 450, seed: 12)
        #expect(loaded.isEmpty, "\(loaded.count) of 450 cut copies loaded, e.g. at byte \(loaded.first ?? 0)")
    }

    @Test func randomCutsOfASampleAreRefused() throws {
        let graph = try GraphFile.load(path: Sample.allCases[0].path)
        let text = try GraphFileWriter.text(of: graph, format: .yaml)
        #expect(loadedCuts(of: text, format: .yaml, cuts: 60, seed: 7).isEmpty)
    }

    @Test func aCutCopySaysSoAtItsLastLine() throws {
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let text = try GraphFileWriter.text(of: graph, format: .yaml)
        // The last two lines of the records cut away: what is left is valid YAML, and used to load with the last
        // record's missing fields at their defaults (an informer read as a non-party worker).
        var lines = text.split(separator: "\n").dropLast()
        lines.removeLast(2)
        let cut = lines.joined(separator: "\n") + "\n"
        do {
            _ = try GraphFile.parse(text: cut, path: "cut.yaml")
            Issue.record("a cut copy loaded")
        } catch {
            let d = error.diagnostics
            #expect(d.count == 1)
            #expect(d.first?.line == lines.count)
            #expect(d.first?.message.hasPrefix("the file was written by Shopfloor but it is cut short") == true)
            #expect(d.first?.hint?.contains("delete the first line") == true)
        }
    }

    @Test func aChangedCopyIsRefusedAndLoadsOnceTheLinesAreRemoved() throws {
        let graph = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let text = try GraphFileWriter.text(of: graph, format: .yaml)
        let person = try #require(graph.people.first { $0.affiliation != .informer })
        let edited = text.replacingOccurrences(of: "id: \"\(person.id)\"\n    name: \"\(person.name)\"",
            with: "id: \"\(person.id)\"\n    name: \"\(person.name) Jr\"")
        #expect(edited != text)
        do {
            _ = try GraphFile.parse(text: edited, path: "edited.yaml")
            Issue.record("a changed copy loaded")
        } catch {
            #expect(error.diagnostics.first?.message.contains("changed or damaged after Shopfloor wrote it") == true)
        }
        // Edited by hand on purpose: without the first and the last line it is a hand-written file.
        var lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        lines.removeLast(2)
        let handWritten = try GraphFile.parse(text: lines.joined(separator: "\n"), path: "edited.yaml")
        #expect(handWritten.person(person.id)?.name == person.name + " Jr")
    }
}
