import Foundation

/// One language's catalog: its messages by key and how it writes numbers, dates and spreadsheets.
///
/// A catalog is a JSON file in `Sources/ShopfloorText/Resources`, named for its language (`tr.json`), that a
/// translator edits without touching Swift:
/// ```json
/// { "format": { "decimalSeparator": ",", "date": "{dd}.{mm}.{yyyy}", "csvSeparator": ";", "casing": "turkish" },
///   "messages": { "check.valid": "geçerli", "plan.reached": "{count} kişiye ulaşıldı" } }
/// ```
/// Placeholders are names in braces; a translation uses the same names as the English source.
public struct Catalog: Sendable, Decodable {
    /// How a language writes what people read besides words.
    public struct Format: Sendable, Decodable, Hashable {
        /// The decimal separator: `.` in English, `,` in Turkish.
        public var decimalSeparator: String
        /// A date pattern with `{yyyy}`, `{mm}` and `{dd}`: `{yyyy}-{mm}-{dd}` or `{dd}.{mm}.{yyyy}`.
        public var date: String
        /// The field separator of CSV written for this language's spreadsheet programs.
        public var csvSeparator: String
        /// `turkish` for the dotted and dotless i (İ/i, I/ı), `default` otherwise.
        public var casing: String
    }

    /// How this language writes numbers, dates and CSV.
    public var format: Format
    /// The messages by key.
    public var messages: [String: String]

    /// The catalog files' extension.
    static let fileExtension = "json"

    /// The codes of every catalog in the resources, sorted: the languages Shopfloor speaks.
    public static let codes: [String] = {
        guard let folder = Bundle.module.resourcePath,
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        return files.filter { $0.hasSuffix("." + fileExtension) }.map { String($0.dropLast(fileExtension.count + 1)) }.sorted()
    }()

    /// The URL of a language's catalog file.
    public static func url(of language: Language) -> URL? {
        Bundle.module.url(forResource: language.code, withExtension: fileExtension)
    }

    /// Reads a catalog file; a broken catalog is a build defect that the catalog tests catch, so the reader
    /// reports it with the file and the reason.
    public static func load(_ language: Language) throws -> Catalog {
        guard let url = url(of: language) else { throw CatalogError(file: "\(language.code).json", reason: "missing") }
        do {
            return try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: url))
        } catch {
            throw CatalogError(file: url.lastPathComponent, reason: "\(error)")
        }
    }

    /// The names of the placeholders in a message, in order of appearance (`{count}` → `count`).
    public static func placeholders(in message: String) -> [String] {
        var names: [String] = []
        var current: String?
        for c in message {
            if c == "{" {
                current = ""
            } else if c == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current!.append(c)
            }
        }
        return names
    }
}

/// A catalog file that cannot be read: names the file and what is wrong with it.
public struct CatalogError: Error, CustomStringConvertible, Sendable {
    /// The catalog file's name.
    public var file: String
    /// What is wrong.
    public var reason: String

    public var description: String { "the language catalog \(file) cannot be read: \(reason)" }
}
