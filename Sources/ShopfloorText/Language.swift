import Foundation

/// A language Shopfloor speaks: the code of one catalog file (`en`, `tr`, …) in the package's resources.
///
/// Languages are not a closed list in code: a language exists when its catalog file does, so adding a third
/// language is adding one file (see ``Catalog``).
public struct Language: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The catalog's code, an ISO 639-1 code such as `en` or `tr`.
    public let code: String

    /// A language by its code; nil when no catalog file exists for it.
    public init?(code: String) {
        let code = code.lowercased()
        guard Catalog.codes.contains(code) else { return nil }
        self.code = code
    }

    private init(known code: String) { self.code = code }

    /// English, the language of the source strings and the default when nothing says otherwise.
    public static let english = Language(known: "en")

    /// Turkish.
    public static let turkish = Language(known: "tr")

    /// Every language with a catalog in the package's resources, in code order.
    public static var all: [Language] { Catalog.codes.map(Language.init(known:)) }

    public var description: String { code }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.code < rhs.code }

    /// The language a POSIX locale value names (`tr_TR.UTF-8` → Turkish), or nil for `C`, `POSIX`, an empty
    /// value or a language without a catalog.
    public init?(locale value: String) {
        let base = value.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" }).first
        guard let base, base != "C", base != "POSIX" else { return nil }
        self.init(code: String(base))
    }

    /// The language the environment asks for, the way programs on a desktop choose it: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; English when it names no language Shopfloor
    /// has, or when none is set.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .english
        }
        return .english
    }
}
