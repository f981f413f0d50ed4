import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let title: String
    private var lastDrawn = -1

    init(title: String) { self.title = title }

    /// Redraws the bar for `done` of `total`; does nothing when standard error is not a terminal.
    mutating func update(_ done: Int, of total: Int) {
        guard Terminal.progressEnabled, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.standardError.write("\r\(title) \(bar) \(percent)% (\(done)/\(total) rows)")
        if done >= total { Terminal.standardError.write("\n") }
    }
}
