import Foundation

/// One measured phase: wall time and the peak resident memory reached during it.
struct PhaseResult: Codable {
    var phase: String
    var seconds: Double
    /// Peak resident set size during the phase, in MiB (Linux `VmHWM`, reset before the phase).
    var peakMiB: Double
    /// Processor time of the whole process (user + system, every thread) during the phase: on a shared machine
    /// the wall time mostly measures the others' load, this the phase's own work.
    var cpuSeconds: Double?
    var note: String?
}

/// Times phases of work and reads the process's peak memory around them.
enum Measure {
    /// Resets the kernel's peak-RSS counter so the next `peakMiB()` covers only what follows (Linux ≥ 4.0).
    static func resetPeak() {
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
    }

    /// The peak resident set size since the last reset, in MiB.
    static func peakMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }

    /// User + system processor time of the process so far (every thread), in seconds, to the nanosecond.
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    /// Runs `body` as a phase, printing and recording its time and peak memory.
    static func phase<T>(_ name: String, into results: inout [PhaseResult], note: String? = nil,
        _ body: () throws -> T) rethrows -> T
    {
        resetPeak()
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        let cpu = cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let result = PhaseResult(phase: name, seconds: seconds, peakMiB: peakMiB(), cpuSeconds: cpu, note: note)
        results.append(result)
        let line = "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
            + String(format: "%9.3f s %9.3f s CPU %9.1f MiB", seconds, cpu, result.peakMiB) + (note.map { "  \($0)" } ?? "")
        FileHandle.standardError.write(Data((line + "\n").utf8))
        return value
    }

    /// Prints the phases as an aligned table on standard output.
    static func printTable(_ results: [PhaseResult]) {
        let width = max(22, results.map(\.phase.count).max() ?? 0)
        var lines = ["phase".padding(toLength: width, withPad: " ", startingAt: 0) + "      wall       CPU     peak  note"]
        for r in results {
            lines.append(r.phase.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "%9.3f s %7.3f s %6.0f MiB", r.seconds, r.cpuSeconds ?? 0, r.peakMiB) + (r.note.map { "  \($0)" } ?? ""))
        }
        print(lines.joined(separator: "\n"))
    }
}
