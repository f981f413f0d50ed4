import Foundation
import ShopfloorModel

/// Writes values as stable, pretty JSON (sorted keys) for scripts.
enum JSONOutput {
    static func encoder(people: (any PersonNaming)? = nil) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let people { encoder.userInfo[.personNaming] = people }
        return encoder
    }

    /// Encodes a value and prints it to standard output; person ids as `people` writes them (aliases), if given.
    static func print<T: Encodable>(_ value: T, people: (any PersonNaming)? = nil) throws {
        let data = try encoder(people: people).encode(value)
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
