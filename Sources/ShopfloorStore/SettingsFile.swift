import Foundation
import Yams

/// Reads small settings files (YAML or JSON) into any `Decodable` value, e.g. a planning cost table.
public enum SettingsFile {
    /// Decodes the YAML (`.yaml`, `.yml`) or JSON (`.json`) file at `path`.
    public static func decode<T: Decodable>(_ type: T.Type, path: String) throws(StoreError) -> T {
        guard GraphFile.Format(path: path) != nil else {
            throw .unsupportedFormat(path: path, hint: "settings files end in .yaml, .yml or .json")
        }
        let data = try InputFile.read(path: path)
        let text = try TextBytes.text(of: data, path: path, yamlCharacters: true, saveAs: "save the file as UTF-8")
        // Read once by Shopfloor's own YAML reader first: a syntax error is reported with its line and column, and
        // an alias bomb is refused before the decoder would expand it.
        do {
            _ = try data.withUnsafeBytes { raw throws(StoreError) in
                try YAMLDocument.parse(raw.bindMemory(to: UInt8.self), path: path)
            }
        } catch let error as StoreError { throw error } catch { throw .unreadable(path: path, reason: "\(error)") }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as DecodingError {
            throw .unreadable(path: path, reason: describe(error))
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// A decoding error in plain words: the field path and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let c): return (c.codingPath.isEmpty ? "" : "\(path(c.codingPath)): ") + c.debugDescription
        case .keyNotFound(let key, let c): return "missing '\(path(c.codingPath + [key]))'"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return "'\(path(c.codingPath))' has the wrong type: \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
