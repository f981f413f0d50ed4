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
        /// Processor time of the first answer and the median of the warm ones (the handling thread's own work).
        var coldCPUMs: Double
        var medianCPUMs: Double
        var bytes: Int
    }

    /// What `--workbench` writes.
    struct Summary: Codable {
        var people: Int
        var pages: [PageTiming]
        var requests: Int
        var rssBeforeMiB: Double
        var rssAfterMiB: Double
        /// The resident memory after 250, 500, 750 and 1,000 requests.
        var rssEvery250MiB: [Double]
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
        func threadCPUMs() -> Double {
            var now = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
            return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) * 1e-6
        }
        func timed(_ target: String) -> (ms: Double, cpuMs: Double, bytes: Int) {
            let cpu = threadCPUMs()
            let start = clock.now
            let response = workbench.handle(request(target, cookie: cookie))
            let d = clock.now - start
            precondition(response.status == 200, "\(target) answered \(response.status)")
            return (Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15, threadCPUMs() - cpu,
                response.body.count)
        }
        var timings: [PageTiming] = []
        for page in pages {
            let cold = timed(page)
            let runs = (0..<repeats).map { _ in timed(page) }
            let warm = runs.map(\.ms).sorted(), warmCPU = runs.map(\.cpuMs).sorted()
            let timing = PageTiming(page: page, coldMs: cold.ms, medianMs: warm[warm.count / 2],
                p95Ms: warm[min(warm.count - 1, Int(Double(warm.count) * 0.95))], maxMs: warm.last ?? 0,
                coldCPUMs: cold.cpuMs, medianCPUMs: warmCPU[warmCPU.count / 2], bytes: cold.bytes)
            timings.append(timing)
            FileHandle.standardError.write(Data(String(format: "  %-60@ cold %8.1f ms (CPU %7.1f)  median %8.1f ms (CPU %7.1f)  p95 %8.1f ms  %7d bytes\n",
                page as NSString, cold.ms, cold.cpuMs, timing.medianMs, timing.medianCPUMs, timing.p95Ms, cold.bytes).utf8))
        }
        let requests = 1000
        let before = residentMiB()
        // The resident memory after every 250 requests: flat when nothing grows per request.
        var steps: [Double] = []
        for i in 0..<requests {
            _ = timed(pages[i % pages.count])
            if (i + 1) % 250 == 0 { steps.append(residentMiB()) }
        }
        let after = steps.last ?? before
        FileHandle.standardError.write(Data(("  memory over \(requests) requests: RSS " + String(format: "%.1f MiB before", before)
            + steps.enumerated().map { String(format: ", %.1f after %d", $0.element, 250 * ($0.offset + 1)) }.joined() + "\n").utf8))
        return Summary(people: graph.people.count, pages: timings, requests: requests, rssBeforeMiB: before, rssAfterMiB: after,
            rssEvery250MiB: steps)
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
