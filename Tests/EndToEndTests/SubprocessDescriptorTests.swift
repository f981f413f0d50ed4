import Foundation
import ShopfloorTestSupport
import Testing

/// The test helpers that run programs close what they open: a suite runs the CLI hundreds of times, and
/// descriptors held on (by a cancelled watchdog, say) pile up until Foundation's `Process.run()` crashes.
@Suite("Test support: running programs")
struct SubprocessDescriptorTests {
    static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    @Test("100 runs through Subprocess.run leave no pipes open behind them")
    func noDescriptorsLeft() throws {
        let program = try #require(Tool.path("true"))
        let before = Self.openDescriptors()
        for _ in 0..<100 { #expect(try Subprocess.run(program, [], killingAfter: 600).status == 0) }
        let grown = Self.openDescriptors() - before
        // Each run opens four pipe ends; kept open they would add 200 or more. Other tests running at the same
        // time open and close a few of their own, hence the margin.
        #expect(grown < 100, "\(grown) more descriptors open after 100 runs")
    }
}
