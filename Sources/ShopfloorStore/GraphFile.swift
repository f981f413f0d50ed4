import Foundation
import ShopfloorModel
import ShopfloorText

/// Reads graph files: the hand-written YAML (or JSON) description of an organizing graph.
///
/// Loading validates everything and collects every problem, each with file, line, column, field and id.
/// A file with any problem loads nothing: ``load(path:)`` throws ``StoreError/invalid(path:diagnostics:)``.
public enum GraphFile {
    /// The file formats a graph file may have, chosen by extension.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json

        /// The format for a path's extension, or nil when it is neither YAML nor JSON.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "yaml", "yml": self = .yaml
            case "json": self = .json
            default: return nil
            }
        }
    }

    /// Reads and validates the graph file at `path`.
    public static func load(path: String) throws(StoreError) -> OrganizingGraph {
        try loadSource(path: path).graph
    }

    /// Reads and validates the graph file at `path`, with the alias secret it carries (top-level
    /// `alias-secret`), if any.
    public static func loadSource(path: String) throws(StoreError) -> (graph: OrganizingGraph, aliasSecret: String?) {
        guard let format = Format(path: path) else {
            throw .unsupportedFormat(path: path, hint: Text.string("store.graphFilesEndIn"))
        }
        return try parseSource(data: try InputFile.read(path: path), path: path, format: format)
    }

    /// Parses and validates graph-file bytes; `path` is only used in messages.
    public static func parse(data: Data, path: String, format: Format) throws(StoreError) -> OrganizingGraph {
        try parseSource(data: data, path: path, format: format).graph
    }

    /// ``parse(data:path:format:)``; without `fastReader`, the YAML is always read by libyaml (for the tests that
    /// show both readers give the same graphs and the same errors).
    static func parse(data: Data, path: String, format: Format, fastReader: Bool) throws(StoreError) -> OrganizingGraph {
        try parseSource(data: data, path: path, format: format, fastReader: fastReader).graph
    }

    /// Parses and validates graph-file bytes, with the alias secret the file carries, if any.
    static func parseSource(data: Data, path: String, format: Format, fastReader: Bool = true) throws(StoreError)
        -> (graph: OrganizingGraph, aliasSecret: String?)
    {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // JSON allows tabs between tokens, which YAML's block context does not; inside JSON strings a tab must
        // be escaped, so every raw tab is whitespace and can become a space without moving a column.
        if format == .json, bytes.contains(0x09) {
            bytes = Data(bytes.map { $0 == 0x09 ? 0x20 : $0 })
        }
        do {
            let parsed = try bytes.withUnsafeBytes { raw throws(StoreError) in
                try parse(bytes: raw.bindMemory(to: UInt8.self), path: path, fastReader: fastReader)
            }
            return (parsed.graph, parsed.aliasSecret)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Parses and validates graph-file text.
    public static func parse(text: String, path: String) throws(StoreError) -> OrganizingGraph {
        try parse(data: Data(text.utf8), path: path, format: .yaml)
    }

    /// Parses and validates graph-file bytes: UTF-8 text first, then (for a file Shopfloor wrote) its trailer, then
    /// YAML (``YAMLFastReader`` for the subset it knows, else libyaml), then every record.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, path: String, fastReader: Bool = true) throws(StoreError)
        -> Parsed
    {
        if let problem = TextBytes.firstProblem(in: bytes, yamlCharacters: true) {
            throw .invalid(path: path, diagnostics: [TextBytes.diagnostic(for: problem, in: bytes, path: path,
                saveAs: Text.string("store5.saveTheFileAs"))])
        }
        let written = try GraphFileTrailer.verify(bytes, path: path)
        // The block subset Shopfloor writes is read straight from the bytes; anything else (and every error)
        // goes through libyaml. Both give the same document for the same text.
        let document: YAMLDocument
        if fastReader, let fast = YAMLFastReader.parse(bytes, path: path) {
            document = fast
        } else {
            document = try YAMLDocument.parse(bytes, path: path)
        }
        return try withExtendedLifetime(document) { () throws(StoreError) -> Parsed in
            guard let root = document.root else {
                throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: 1, column: 1,
                    message: Text.string("store.theFileIsEmpty"), hint: Text.string("store.seeDocsGraphFile"))])
            }
            var reader = GraphFileReader(file: path)
            let graph = reader.read(root: root)
            var diagnostics = reader.diagnostics
            diagnostics += graph.violations()
                .filter { $0.missing.map { !reader.brokenIDs.contains($0) } ?? true }
                .map { reader.diagnostic(for: $0) }
            guard diagnostics.isEmpty else {
                let ordered = diagnostics.enumerated().sorted {
                    ($0.element.line ?? .max, $0.element.column ?? .max, $0.offset)
                        < ($1.element.line ?? .max, $1.element.column ?? .max, $1.offset)
                }.map(\.element)
                throw .invalid(path: path, diagnostics: ordered)
            }
            if let written, written != GraphFileTrailer.Counts(graph) {
                throw .invalid(path: path, diagnostics: [GraphFileTrailer.mismatch(written, .init(graph), path: path)])
            }
            return Parsed(graph: graph, aliasSecret: reader.aliasSecret)
        }
    }

    /// A parsed graph file: the graph and the alias secret it carries, if any.
    struct Parsed {
        var graph: OrganizingGraph
        var aliasSecret: String?
    }
}
