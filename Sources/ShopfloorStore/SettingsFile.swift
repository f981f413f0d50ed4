import Foundation
import ShopfloorModel
import Yams
import ShopfloorText

/// Reads small settings files (YAML or JSON) into any `Decodable` value, e.g. a planning cost table.
///
/// A value the type refuses is reported at its place in the file: ``StoreError/invalid(path:diagnostics:)``
/// with the line and column of the key, the field path (`channel.gatee`), the message and the hint the type gave
/// (a ``DecodingHint`` under the `DecodingError`, such as "did you mean 'gate'?").
public enum SettingsFile {
    /// Decodes the YAML (`.yaml`, `.yml`) or JSON (`.json`) file at `path`.
    public static func decode<T: Decodable>(_ type: T.Type, path: String) throws(StoreError) -> T {
        guard GraphFile.Format(path: path) != nil else {
            throw .unsupportedFormat(path: path, hint: Text.string("store.settingsFilesEndIn"))
        }
        return try decode(type, data: try InputFile.read(path: path), path: path)
    }

    /// Decodes settings-file bytes; `path` is only used in messages.
    public static func decode<T: Decodable>(_ type: T.Type, data: Data, path: String) throws(StoreError) -> T {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Tabs between JSON tokens are whitespace; YAML's block context refuses them (see GraphFile).
        if bytes.contains(0x09) { bytes = Data(bytes.map { $0 == 0x09 ? 0x20 : $0 }) }
        let text = try TextBytes.text(of: bytes, path: path, yamlCharacters: true, saveAs: Text.string("store5.saveTheFileAs2"))
        // Read once by Shopfloor's own YAML reader first: a syntax error is reported with its line and column, and
        // an alias bomb is refused before Yams would expand it.
        do {
            _ = try bytes.withUnsafeBytes { raw throws(StoreError) in
                try YAMLDocument.parse(raw.bindMemory(to: UInt8.self), path: path)
            }
        } catch let error as StoreError { throw error } catch { throw .unreadable(path: path, reason: "\(error)") }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw StoreError.invalid(path: path, diagnostics: [Diagnostic(file: path, line: 1,
                    message: Text.string("store.theFileIsEmpty"), hint: Text.string("store.giveTheSettingsTo"))])
            }
            root = node
        } catch let error as StoreError {
            throw error
        } catch let error as YamlError {
            throw .unreadable(path: path, reason: Text.string("store.itIsNotValid", ["error": "\(error)"]))
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: plainKeys(root))
        } catch let error as DecodingError {
            throw .invalid(path: path, diagnostics: [diagnostic(for: error, in: root, path: path)])
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// The tree with every mapping key's tag left to the resolver: Yams finds a key by an untagged node, so a
    /// quoted key (`"5": 8`, as JSON writes every key) would otherwise never be found.
    static func plainKeys(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            let pairs = mapping.map { pair -> (Node, Node) in
                var key = pair.key
                if case .scalar(var scalar) = key {
                    scalar.tag = .implicit
                    key = .scalar(scalar)
                }
                return (key, plainKeys(pair.value))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(plainKeys), sequence.tag, sequence.style, sequence.mark))
        default:
            return node
        }
    }

    /// A decoding error as a diagnostic at the line of the key it names.
    static func diagnostic(for error: DecodingError, in root: Node, path: String) -> Diagnostic {
        let (codingPath, message, hint): ([any CodingKey], String, String?)
        switch error {
        case .dataCorrupted(let c):
            (codingPath, message, hint) = (c.codingPath, c.debugDescription, (c.underlyingError as? DecodingHint)?.description)
        case .keyNotFound(let key, let c):
            (codingPath, message, hint) = (c.codingPath, Text.string("settings.missing", ["key": "\(key.stringValue)"]), nil)
        case .typeMismatch(let type, let c):
            (codingPath, message, hint) = (c.codingPath, Text.string("settings.shouldBe", ["field": "\(dotted(c.codingPath))", "type": "\(noun(for: type))"]), nil)
        case .valueNotFound(let type, let c):
            (codingPath, message, hint) = (c.codingPath, Text.string("settings.noValue", ["field": "\(dotted(c.codingPath))", "type": "\(noun(for: type))"]), nil)
        @unknown default:
            (codingPath, message, hint) = ([], "\(error)", nil)
        }
        let mark = Self.mark(of: codingPath, in: root)
        return Diagnostic(file: path, line: mark?.line, column: mark?.column,
            field: codingPath.isEmpty ? nil : dotted(codingPath), message: message, hint: hint)
    }

    /// Where the key (or element) at `codingPath` is written: the last step found on the way down.
    static func mark(of codingPath: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var mark = root.mark
        for key in codingPath {
            if let mapping = node.mapping, let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                mark = pair.key.mark
                node = pair.value
            } else if let sequence = node.sequence, let index = key.intValue, sequence.indices.contains(index) {
                node = sequence[index]
                mark = node.mark
            } else {
                break
            }
        }
        return mark
    }

    private static func dotted(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// What a value of `type` is, in words.
    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: Text.string("type.number")
        case is Int.Type: Text.string("type.wholeNumber")
        case is String.Type: Text.string("type.text")
        case is Bool.Type: Text.string("type.bool")
        default:
            String(describing: type).contains("Dictionary") || String(describing: type).contains("Container")
                || String(describing: type).contains("Mapping") ? Text.string("type.mapping") : Text.string("type.other", ["type": "\(type)"])
        }
    }
}
