import ShopfloorText

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
            return Text.string("graphviz.context")
        case .syntax(let message):
            return Text.string("graphviz.syntax", ["message": "\(Self.clean(message))"])
        case .layoutFailed(let engine, let message):
            return Text.string("graphviz.layout", ["engine": "\(engine)", "message": "\(Self.clean(message))"])
        case .renderFailed(let format, let message):
            return Text.string("graphviz.render", ["format": "\(format)", "message": "\(Self.clean(message))"])
        }
    }

    private static func clean(_ message: String) -> String {
        let trimmed = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        return trimmed.isEmpty ? Text.string("graphviz.noMessage") : trimmed
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
