import Foundation
import Testing

/// Memory over long render loops, each in a `shopfloor` process of its own (the hidden `--repeat N` renders
/// the map N times and prints RSS after render 50 and render N), so other suites cannot blur the figures.
@Suite("shopfloor map, memory over 500 renders")
struct MapMemoryTests {
    /// Runs a map command with `--repeat 500` and returns the growth per render in KB.
    static func growthPerRender(_ arguments: [String]) throws -> (perRender: Double, line: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-mem-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(arguments + ["-o", out.path, "--repeat", "500"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("repeat:") }.map(String.init))
        let figure = try #require(line.split(separator: "(").last?.split(separator: " ").first.flatMap { Double($0) })
        print("\(arguments[1]): \(line)")
        return (figure, line)
    }

    /// Graphviz 2.42/2.43 keeps ~85 B per HTML text cell, ~0.7 KB per cluster and a few hundred bytes per edge
    /// of a clustered `dot` layout on every render (the same figure with a C loop over libgvc): ~28 KB for the
    /// sample plant map. The bound fails if anything of Shopfloor's grows on top of that.
    @Test("the 2,400-worker plant map: growth stays at Graphviz's own per-render figure")
    func plantMap() throws {
        let (perRender, line) = try Self.growthPerRender(
            ["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor"])
        #expect(perRender < 40, "\(line)")
    }

    /// A map of one empty workplace (the fence, a shop table, the legend): what Graphviz keeps is small, so a
    /// leaked graph, layout or render buffer of ours (tens of KB each) would show at once.
    @Test("a one-workplace map: RSS stays within 2.5 MB over 450 renders")
    func smallMap() throws {
        let graph = try CLI.temporaryFile("tiny.yaml", "workplaces:\n  - {id: w, name: W, headcount: 100}\n")
        let (perRender, line) = try Self.growthPerRender(["map", "plant", graph, "--workplace", "w"])
        #expect(perRender * 450 < 2.5 * 1024, "\(line)")
    }
}
