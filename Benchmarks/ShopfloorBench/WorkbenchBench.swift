import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorWeb

/// The workbench's pages timed in-process over a workspace of the synthetic world: each page's first answer
/// (cold: maps drawn, plans made) and its warm answers (median, 95th percentile, worst), then the resident
/// memory over 1,000 requests of every page in turn.
enum WorkbenchBench {
    /// A page's timings in milliseconds.
    struct PageTiming: Codable {
        var page: String
        var coldMs: Double
        var medianMs: Double
        var p95Ms: Double
        var maxMs: Double
        var bytes: Int
    }

    /// What `--workbench` writes.
    struct Summary: Codable {
        var people: Int
        var pages: [PageTiming]
        var requests: Int
        var rssBeforeMiB: Double
        var rssAfterMiB: Double
    }

    static func run(workspace path: String, graph: OrganizingGraph, cell: Cell.ID, target: Workplace.ID, repeats: Int = 20) throws -> Summary {
        let workbench = try Workbench(path: path, passphrase: nil, port: 8731)
        let token = String(workbench.openingURL?.split(separator: "=").last ?? "")
        func request(_ target: String, cookie: String = "") -> WebRequest {
            let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
            return WebRequest(method: "GET", path: parts[0], rawQuery: parts.count > 1 ? parts[1] : nil,
                headers: ["Host": "127.0.0.1:8731", "Cookie": cookie])
        }
        let opened = workbench.handle(request("/open?token=\(token)"))
        let cookie = String(opened.header("Set-Cookie")?.split(separator: ";").first ?? "")
        let someone = graph.people[graph.people.count / 2].id.rawValue
        let pages = ["/", "/people", "/people?affiliation=member&sort=last-contact&order=desc", "/workplaces",
            "/workplaces/\(target.rawValue)", "/people/\(someone)", "/cells/\(cell.rawValue)", "/find?q=\(someone)",
            "/plan?cell=\(cell.rawValue)&plant=\(target.rawValue)&week=2026-11-23", "/record", "/report"]
        let clock = ContinuousClock()
        func timed(_ target: String) -> (Double, Int) {
            let start = clock.now
            let response = workbench.handle(request(target, cookie: cookie))
            let d = clock.now - start
            precondition(response.status == 200, "\(target) answered \(response.status)")
            return (Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15, response.body.count)
        }
        var timings: [PageTiming] = []
        for page in pages {
            let (cold, bytes) = timed(page)
            let warm = (0..<repeats).map { _ in timed(page).0 }.sorted()
            let timing = PageTiming(page: page, coldMs: cold, medianMs: warm[warm.count / 2],
                p95Ms: warm[min(warm.count - 1, Int(Double(warm.count) * 0.95))], maxMs: warm.last ?? 0, bytes: bytes)
            timings.append(timing)
            FileHandle.standardError.write(Data(String(format: "  %-60@ cold %8.1f ms  median %8.1f ms  p95 %8.1f ms  %7d bytes\n",
                page as NSString, cold, timing.medianMs, timing.p95Ms, bytes).utf8))
        }
        let requests = 1000
        let before = residentMiB()
        for i in 0..<requests { _ = timed(pages[i % pages.count]) }
        let after = residentMiB()
        FileHandle.standardError.write(Data(String(format: "  memory over %d requests: RSS %.1f MiB before, %.1f MiB after\n",
            requests, before, after).utf8))
        return Summary(people: graph.people.count, pages: timings, requests: requests, rssBeforeMiB: before, rssAfterMiB: after)
    }

    /// The resident set size now, in MiB (Linux `VmRSS`).
    static func residentMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return 0
    }
}
