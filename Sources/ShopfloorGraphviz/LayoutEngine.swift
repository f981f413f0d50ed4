/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Hierarchical layout with clusters; practical up to a few hundred nodes.
    case dot
    /// Scalable force-directed layout; thousands of nodes in seconds, no clusters.
    case sfdp
    /// Spring model (stress majorization), for small undirected graphs.
    case neato
    /// Force-directed with clusters, for small graphs.
    case fdp
    /// Circular layout.
    case circo
    /// Radial layout around a root.
    case twopi
}

/// A file format Graphviz renders to.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case svg, png, pdf, dot

    /// The format for a file name's extension (`map.svg` → `.svg`), case-insensitive, or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    /// The device name passed to `gvRenderData`: PNG and PDF come from the cairo plugin.
    var device: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }

    /// Whether the output is text (SVG, DOT) rather than binary (PNG, PDF).
    public var isText: Bool { self == .svg || self == .dot }
}
