import Foundation
import ShopfloorTestSupport
import Testing

/// `shopfloor serve` as started from a terminal: one URL on the loopback interface, nothing on the network,
/// and the whole workbench in a real browser when Playwright and Chromium are installed (`make deps`).
@Suite("shopfloor serve, end to end")
struct WorkbenchServeTests {
    @Test("serve prints one URL with a 256-bit token and listens on 127.0.0.1 only")
    func loopbackOnly() throws {
        let server = try ServedWorkbench(Sample.automotivePlant.relativePath)
        defer { server.stop(SIGTERM) }
        let url = server.url
        let match = try #require(url.wholeMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\/open\?token=([0-9a-f]{64})/))
        let port = try #require(Int(match.1))
        let hexPort = String(format: "%04X", port)
        let tables = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
            + ((try? String(contentsOfFile: "/proc/net/tcp6", encoding: .utf8)) ?? "")
        var listening: [String] = []
        for line in tables.split(separator: "\n") {
            let fields = line.split(separator: " ")
            // Columns: sl, local_address, rem_address, st (0A: listening).
            if fields.count > 3, fields[1].hasSuffix(":" + hexPort), fields[3] == "0A" { listening.append(String(fields[1])) }
        }
        #expect(listening == ["0100007F:" + hexPort], "listening sockets on the port: \(listening)")
    }

    @Test("the workbench in headless Chromium: find, names, contact, plan, refusals",
        .enabled(if: Tool.browser != nil && Tool.pythonHas("playwright"), "needs chromium (apt) and playwright (pip), see `make deps`"))
    func browser() throws {
        let shots = try ProcessInfo.processInfo.environment["SHOPFLOOR_SCREENSHOTS"] ?? Scratch.folder("screenshots")
        let python = try #require(Tool.path("python3"))
        let binary = try #require(CLI.binary)
        let chromium = try #require(Tool.browser)
        let script = PackageRoot.path("Tests/Browser/workbench_browser_test.py")
        let result = try Subprocess.run(python, [script, binary, PackageRoot.path(""), shots],
            environment: ["SHOPFLOOR_CHROMIUM": chromium], killingAfter: 300)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    }
}
