import Foundation
import Synchronization

/// A progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let title: String
    /// What is counted, shown after the counts (e.g. "rows").
    let unit: String
    private var lastDrawn = -1

    init(title: String, unit: String = "rows") {
        self.title = title
        self.unit = unit
    }

    /// Redraws the bar for `done` of `total`; does nothing when standard error is not a terminal.
    mutating func update(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        draw(percent: min(100, done * 100 / total), counts: " (\(done)/\(total) \(unit))")
    }

    /// Redraws the bar for a fraction of the work in 0...1.
    mutating func update(fraction: Double) {
        draw(percent: Int(min(1, max(0, fraction)) * 100), counts: "")
    }

    private mutating func draw(percent: Int, counts: String) {
        guard Terminal.progressEnabled, percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.standardError.write("\r\(title) \(bar) \(percent)%\(counts)")
        if percent >= 100 { Terminal.standardError.write("\n") }
    }
}

/// A progress bar that work on other threads (or `@Sendable` callbacks) may advance.
final class SharedProgressBar: Sendable {
    private let bar: Mutex<ProgressBar>

    init(title: String) { bar = Mutex(ProgressBar(title: title)) }

    /// Redraws the bar for a fraction of the work in 0...1.
    func update(fraction: Double) { bar.withLock { $0.update(fraction: fraction) } }
}
