internal import CGraphvizShims
import Foundation

/// The process's one Graphviz context: lays out and renders DOT text through libgvc, in-process.
///
/// libgvc is not thread-safe, not even for reads, so every call into it happens under one lock. The context
/// (`GVC_t`) is created once and lives as long as the process. Each render owns its graph handle for exactly
/// the duration of the call and frees it once: `gvFreeLayout` (with what Graphviz 2.42 forgets, see
/// ``freeLayout(_:)``), then `agclose`.
public final class Graphviz: @unchecked Sendable {
    /// The process-wide renderer, or the error that kept Graphviz from starting.
    public static let shared: Result<Graphviz, GraphvizError> = {
        guard let context = gvContext() else { return .failure(.contextUnavailable) }
        _ = agseterrf(graphvizCollectMessage)
        return .success(Graphviz(context: context))
    }()

    /// The renderer, or ``GraphvizError/contextUnavailable``.
    public static func instance() throws(GraphvizError) -> Graphviz { try shared.get() }

    let context: OpaquePointer
    let lock = NSLock()

    private init(context: OpaquePointer) { self.context = context }

    /// The Graphviz version the package was built against.
    public static var version: String { String(cString: shopfloor_graphviz_version()) }

    /// What one render produced: the bytes and any warnings Graphviz printed.
    public struct Rendering: Sendable {
        /// The rendered file (SVG or DOT text as UTF-8, PNG or PDF bytes).
        public var data: [UInt8]
        /// Graphviz's warnings, one per line (e.g. a font it had to substitute).
        public var warnings: [String]
    }

    /// Lays out DOT text with an engine and renders it to a format.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's own message when the text does not parse, the layout fails
    ///   or the format is not available.
    public func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(GraphvizError) -> Rendering {
        lock.lock()
        defer { lock.unlock() }
        graphvizMessages = ""
        var data = try laidOut(dot, engine: engine) { graph throws(GraphvizError) in
            var result: UnsafeMutablePointer<CChar>?
            var length = 0
            let rc = shopfloor_gvRenderData(context, graph, format.device, &result, &length)
            defer { if let result { gvFreeRenderData(result) } }
            guard rc == 0, let result else {
                throw .renderFailed(format: format.rawValue, message: graphvizMessages)
            }
            return result.withMemoryRebound(to: UInt8.self, capacity: length) {
                Array(UnsafeBufferPointer(start: $0, count: length))
            }
        }
        if format == .svg { data = SVGFontFaces.fixed(data) }
        return Rendering(data: data, warnings: messageLines)
    }

    /// Parses `dot`, lays it out with `engine` and hands the laid-out graph to `body`, then frees the layout and
    /// the graph. The caller holds the lock.
    ///
    /// - Throws: ``GraphvizError/syntax(message:)`` or ``GraphvizError/layoutFailed(engine:message:)`` with
    ///   Graphviz's message, or what `body` throws.
    func laidOut<T>(
        _ dot: String, engine: LayoutEngine, _ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        _ = agreseterrors()
        guard let graph = shopfloor_read_dot(dot) else {
            throw .syntax(message: graphvizMessages)
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            _ = gvFreeLayout(context, graph)
            throw .layoutFailed(engine: engine.rawValue, message: graphvizMessages)
        }
        defer { freeLayout(graph) }
        return try body(graph)
    }

    /// Frees a graph's layout, and the blocks Graphviz 2.42/2.43 allocates for it but never frees (each
    /// HTML-label text line's span array): collected while the layout still reaches them, freed after
    /// `gvFreeLayout` has freed everything else. With other Graphviz versions only `gvFreeLayout` runs.
    func freeLayout(_ graph: UnsafeMutablePointer<Agraph_t>) {
        let orphans = shopfloor_collect_orphans(context, graph)
        _ = gvFreeLayout(context, graph)
        shopfloor_free_orphans(orphans)
    }

    /// Parses DOT text without laying it out: nil when Graphviz accepts it, else its message.
    public func syntaxError(in dot: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        graphvizMessages = ""
        guard let graph = shopfloor_read_dot(dot) else {
            return graphvizMessages.isEmpty ? "syntax error" : graphvizMessages
        }
        agclose(graph)
        return nil
    }
}

/// Messages Graphviz reported during the current call. Only touched while ``Graphviz``'s lock is held (the
/// error function runs inside libgvc calls, which all happen under that lock).
nonisolated(unsafe) private var graphvizMessages = ""

extension Graphviz {
    /// The messages Graphviz reported during the current call (read and reset under the lock only).
    var messages: String {
        get { graphvizMessages }
        set { graphvizMessages = newValue }
    }

    /// Those messages, one warning per line.
    var messageLines: [String] { graphvizMessages.split(whereSeparator: \.isNewline).map(String.init) }
}

/// The error function handed to `agseterrf`: collects Graphviz's messages instead of printing them.
private let graphvizCollectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { graphvizMessages += String(cString: text) }
    return 0
}
