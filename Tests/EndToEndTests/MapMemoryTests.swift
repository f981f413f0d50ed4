import Foundation
import ShopfloorTestSupport
import Testing

/// Memory over long render loops, each in a `shopfloor` process of its own (the hidden `--repeat N` renders
/// the map N times and prints RSS after render 50 and render N), so other suites cannot blur the figures.
@Suite("shopfloor map, memory over 500 renders")
struct MapMemoryTests {
    /// Runs a map command with `--repeat 500` and returns the growth between render 50 and 500 in KB.
    static func growth(_ arguments: [String]) throws -> (kilobytes: Double, line: String) {
        let out = URL(fileURLWithPath: try Scratch.folder("memory") + "/map.svg")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(arguments + ["-o", out.path, "--repeat", "500"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("repeat:") }.map(String.init))
        let words = line.split(separator: " ")
        let at = try #require(words.firstIndex(of: "growth"))
        let figure = try #require(Double(words[at + 1]))
        print("\(arguments[1]): \(line)")
        return (figure, line)
    }

    /// The bound: RSS after render 500 within 3 MB of RSS after render 50. Graphviz 2.42 keeps memory
    /// on every render of some constructs (HTML text lines, 2-D tables, clusters, ranks an edge into a cluster
    /// crosses, adjacent same-rank edges with ports); the map avoids or frees them (Docs/maps.md).
    @Test("the 2,400-worker plant map, alone and with a plan: RSS grows less than 3 MB over 450 renders",
        arguments: [[], ["--from", "arapcesme-street"],
            ["--from", "arapcesme-street", "--planner", "reach", "--alternatives", "2", "--paths", "40"]])
    func plantMap(extra: [String]) throws {
        let (kilobytes, line) = try Self.growth(
            ["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor"] + extra)
        #expect(kilobytes < 3 * 1024, "\(line)")
    }

    /// A map of one empty workplace (the fence, a shop table, the legend): a leaked graph, layout or render
    /// buffer of ours (tens of KB each) would show at once.
    @Test("a one-workplace map: RSS grows less than 1 MB over 450 renders")
    func smallMap() throws {
        let graph = try CLI.temporaryFile("tiny.yaml", "workplaces:\n  - {id: w, name: W, headcount: 100}\n")
        let (kilobytes, line) = try Self.growth(["map", "plant", graph, "--workplace", "w"])
        #expect(kilobytes < 1024, "\(line)")
    }

    /// The district map (groups as tables, not clusters) and the cell chart (bold as a font face, not markup)
    /// were reshaped for the same reasons; before, they grew 38 and 14 KB a render.
    @Test("the district map (both groupings) and the cell chart: RSS grows less than 3 MB over 450 renders",
        arguments: [["map", "district", "Graphs/district.yaml"], ["map", "district", "Graphs/district.yaml", "--by", "sector"],
            ["map", "cells", "Graphs/district.yaml"]])
    func otherMaps(arguments: [String]) throws {
        let (kilobytes, line) = try Self.growth(arguments)
        #expect(kilobytes < 3 * 1024, "\(line)")
    }
}
