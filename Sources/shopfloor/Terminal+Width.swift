import Foundation

extension Terminal {
    /// The width human output is laid out for: `COLUMNS` when set to a number, else the terminal's width
    /// (`ioctl` on standard output, error or input, whichever is a terminal), else 80.
    static let width: Int = {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        for descriptor: Int32 in [1, 2, 0] where isatty(descriptor) == 1 {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }()
}
