import Foundation

/// Writes values as stable, pretty JSON (sorted keys) for scripts.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value and prints it to standard output.
    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder().encode(value)
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
