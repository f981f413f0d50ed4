/// Everything that can go wrong laying out or rendering a graph through libgvc.
///
/// Each case carries Graphviz's own message (what it would have printed to standard error), so the user sees
/// the line and token Graphviz complained about.
public enum GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// `gvContext()` returned nothing: Graphviz is not installed or its plugins are missing.
    case contextUnavailable
    /// The DOT text could not be parsed.
    case syntax(message: String)
    /// The layout engine failed (or is not installed).
    case layoutFailed(engine: String, message: String)
    /// The output format is not available or rendering failed.
    case renderFailed(format: String, message: String)

    public var description: String {
        switch self {
        case .contextUnavailable:
            return "Graphviz could not start (gvContext failed); install graphviz and libgvc6 (apt install graphviz)"
        case .syntax(let message):
            return "Graphviz could not read the map's DOT text: \(Self.clean(message)); "
                + "this is a bug in Shopfloor's DOT encoder, please report it with the map command"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(Self.clean(message)); try another layout engine"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format): \(Self.clean(message)); "
                + "PNG and PDF need the cairo plugin (apt install libgvc6, then run `dot -c` as root)"
        }
    }

    private static func clean(_ message: String) -> String {
        let trimmed = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        return trimmed.isEmpty ? "no message from Graphviz" : trimmed
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        var slice = self
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
