import Foundation
import ShopfloorModel
import Yams

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
        guard let format = Format(path: path) else {
            throw .unsupportedFormat(path: path, hint: "graph files end in .yaml, .yml or .json")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder, not a file") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(data: data, path: path, format: format)
    }

    /// Parses and validates graph-file bytes; `path` is only used in messages.
    public static func parse(data: Data, path: String, format: Format) throws(StoreError) -> OrganizingGraph {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(data: bytes, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        // JSON allows tabs between tokens, which YAML's block context does not; inside JSON strings a tab must
        // be escaped, so every raw tab is whitespace and can become a space without moving a column.
        if format == .json { text = text.replacingOccurrences(of: "\t", with: " ") }
        return try parse(text: text, path: path)
    }

    /// Parses and validates graph-file text.
    public static func parse(text: String, path: String) throws(StoreError) -> OrganizingGraph {
        let root: Node?
        do {
            // Every value is read as text and checked by the reader, so no tag needs resolving: with Yams's
            // default resolver each key of each mapping is run through its regular expressions when Yams checks
            // for duplicate keys (three quarters of loading a large file).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw .invalid(path: path, diagnostics: [diagnostic(for: error, path: path)])
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        guard let root else {
            throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: 1, column: 1,
                message: "the file is empty", hint: "see Docs/graph-file-format.md for an example")])
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
        return graph
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let extra = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(file: path, line: mark.line, column: mark.column,
                message: "not valid YAML: \(problem)\(extra)",
                hint: "check indentation (spaces, not tabs), colons after keys, and closing quotes and brackets")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: path, line: context.mark.line, column: context.mark.column,
                field: duplicates.first, message: "the key\(duplicates.count == 1 ? "" : "s") "
                    + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ") + " appear twice in one record",
                hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return Diagnostic(file: path, message: "cannot read the text: \(problem)", hint: "save the file as UTF-8")
        default:
            return Diagnostic(file: path, message: "not valid YAML: \(error)")
        }
    }
}
