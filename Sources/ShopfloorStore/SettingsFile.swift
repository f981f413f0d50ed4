import Foundation
import Yams

/// Reads small settings files (YAML or JSON) into any `Decodable` value, e.g. a planning cost table.
public enum SettingsFile {
    /// Decodes the YAML (`.yaml`, `.yml`) or JSON (`.json`) file at `path`.
    public static func decode<T: Decodable>(_ type: T.Type, path: String) throws(StoreError) -> T {
        guard GraphFile.Format(path: path) != nil else {
            throw .unsupportedFormat(path: path, hint: "settings files end in .yaml, .yml or .json")
        }
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: "it is not readable UTF-8 text")
        }
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
