import Foundation
import ShopfloorModel
import ShopfloorText

/// Plan files: a planner's value as the JSON of `Docs/plan-json.md`, written for scripts and read back by maps.
///
/// The value is encoded and decoded as it is (the planners' own types, no mirror); people pass through a
/// ``PersonNaming`` when one is given, so a plan shows aliases and an alias reads back to its person.
public enum PlanFile {
    /// The largest plan file read (a reach plan of a 2,400-worker plant with alternatives is about 1 MB).
    public static let maximumBytes = 256 << 20

    /// The plan as stable JSON: sorted keys, two-space indents, one trailing line break.
    public static func encode<P: Encodable>(_ plan: P, people: (any PersonNaming)? = nil) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let people { encoder.userInfo[.personNaming] = people }
        do { return String(decoding: try encoder.encode(plan), as: UTF8.self) } catch {
            throw .writeFailed(path: "plan", reason: Text.string("store.thePlanCannotBe", ["error": "\(error)"]))
        }
    }

    /// Reads a plan file: a regular file (see ``InputFile``) of JSON, at most ``maximumBytes``.
    public static func load<P: Decodable>(
        _ type: P.Type, path: String, people: (any PersonNaming)? = nil
    ) throws(StoreError) -> P {
        try InputFile.check(path: path)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw .unreadable(path: path, reason: Text.string("store.itIsMbMore", ["size": "\(size >> 20)", "maximumBytes": "\(maximumBytes >> 20)"]))
        }
        return try decode(type, data: InputFile.read(path: path), path: path, people: people)
    }

    /// Decodes plan JSON; `path` is only used in messages, which name the field at fault.
    public static func decode<P: Decodable>(
        _ type: P.Type, data: Data, path: String, people: (any PersonNaming)? = nil
    ) throws(StoreError) -> P {
        let decoder = JSONDecoder()
        if let people { decoder.userInfo[.personNaming] = people }
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw .invalid(path: path, diagnostics: [diagnostic(error, path: path)])
        } catch {
            throw .unreadable(path: path, reason: Text.string("store.itIsNotA4", ["error": "\(error)"]))
        }
    }

    /// A decoding error as a diagnostic naming the field (`paths[3].steps[0].to`) and what is wrong with it.
    static func diagnostic(_ error: DecodingError, path: String) -> Diagnostic {
        let hint = Text.string("planfile.hint")
        switch error {
        case .keyNotFound(let key, let context):
            return Diagnostic(file: path, field: field(context.codingPath + [key]), message: Text.string("store.isMissing"), hint: hint)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return Diagnostic(file: path, field: field(context.codingPath),
                message: Text.string("store.hasTheWrongType", ["describe": "\(describe(type))"]), hint: hint)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return Diagnostic(file: path, message: Text.string("planfile.notJSON", ["error": "\(context.underlyingError.map { "\($0)" } ?? context.debugDescription)"]),
                    hint: hint)
            }
            return Diagnostic(file: path, field: field(context.codingPath), message: context.debugDescription)
        @unknown default:
            return Diagnostic(file: path, message: Text.string("store.isNotAPlan"), hint: hint)
        }
    }

    /// `paths[3].steps[0].to` for a coding path.
    static func field(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? Text.string("planfile.topLevel") : text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: Text.string("type.text")
        case is Double.Type, is Int.Type: Text.string("type.number")
        case is [Any].Type: Text.string("graphfile.shape.list")
        default: "\(type)".hasPrefix("Array") ? Text.string("graphfile.shape.list") : Text.string("type.object")
        }
    }
}
