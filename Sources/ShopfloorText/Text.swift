import Foundation

/// The words of one language: looks messages up by key and fills in their named placeholders.
///
/// The process speaks one language at a time, chosen once at start-up (``Text/choose(_:)``) before anything is
/// printed; library errors and findings keep a key and typed arguments (``Message``) and are turned into words
/// when they are shown.
public struct Text: Sendable {
    /// The language of these words.
    public let language: Language
    /// Its catalog.
    public let catalog: Catalog
    /// English, for a key a catalog lacks (a defect the catalog tests catch; the program still speaks).
    private let fallback: Catalog?

    /// The words of a language, read from its catalog file.
    public init(_ language: Language) throws {
        self.language = language
        catalog = try Catalog.load(language)
        fallback = language == .english ? nil : try Catalog.load(.english)
    }

    /// The message under `key` with its placeholders filled in.
    ///
    /// A placeholder without an argument is left as written (`{name}`), so that a missing argument shows.
    public func string(_ key: String, _ arguments: [String: TextArgument] = [:]) -> String {
        guard let template = catalog.messages[key] ?? fallback?.messages[key] else { return key }
        guard template.contains("{") else { return template }
        var out = ""
        var name: String?
        for c in template {
            if c == "{" {
                if let open = name { out += "{" + open }
                name = ""
            } else if c == "}", let placeholder = name {
                out += arguments[placeholder].map { $0.rendered(in: self) } ?? "{\(placeholder)}"
                name = nil
            } else if name != nil {
                name!.append(c)
            } else {
                out.append(c)
            }
        }
        if let open = name { out += "{" + open }
        return out
    }

    /// `key.one` when `count` is 1 and `key.other` otherwise, with `count` among the arguments.
    public func plural(_ key: String, count: Int, _ arguments: [String: TextArgument] = [:]) -> String {
        var arguments = arguments
        arguments["count"] = .integer(count)
        return string(key + (count == 1 ? ".one" : ".other"), arguments)
    }

    // MARK: The process's language

    private static let state = Locked<Text?>(nil)

    /// The words of the language the process speaks (English until ``choose(_:)`` says otherwise), or of the
    /// language ``speaking(_:_:)`` set for the current task.
    public static var current: Text {
        if let text = taskText { return text }
        if let text = state.value { return text }
        return english
    }

    /// The language of the current task and the tasks it starts, when ``speaking(_:_:)`` set one.
    @TaskLocal private static var taskText: Text?

    /// Runs `body` speaking `language`, in this task only (tests speak Turkish beside others speaking English).
    public static func speaking<R>(_ language: Language, _ body: () throws -> R) throws -> R {
        try $taskText.withValue(try Text(language)) { try body() }
    }

    /// Makes `language` the language of everything the process says from now on.
    public static func choose(_ language: Language) throws {
        state.value = try Text(language)
    }

    /// English words, loaded on first use.
    private static let english: Text = {
        guard let text = try? Text(.english) else {
            preconditionFailure("the English catalog en.json is missing from Shopfloor's resources")
        }
        return text
    }()

    /// The message under `key` in the process's language.
    public static func string(_ key: String, _ arguments: [String: TextArgument] = [:]) -> String {
        current.string(key, arguments)
    }

    /// The plural form of `key` for `count` in the process's language.
    public static func plural(_ key: String, count: Int, _ arguments: [String: TextArgument] = [:]) -> String {
        current.plural(key, count: count, arguments)
    }
}

/// A value put into a message's placeholder, written the way the message's language writes it.
public enum TextArgument: Sendable, Hashable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
    /// Text as it is (an id, a name, a word already in the language).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number with a fixed count of decimals (`0.42` in English, `0,42` in Turkish).
    case decimal(Double, places: Int)
    /// A calendar date from its parts (`2026-11-29` in English, `29.11.2026` in Turkish).
    case date(year: Int, month: Int, day: Int)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// The value as the language of `text` writes it.
    public func rendered(in text: Text) -> String {
        switch self {
        case .text(let s): s
        case .integer(let n): String(n)
        case .decimal(let x, let places): text.decimal(x, places: places)
        case .date(let y, let m, let d): text.date(year: y, month: m, day: d)
        }
    }
}

/// A message as a value: a key and its arguments, turned into words in the process's language when shown.
///
/// Library errors and findings carry these, so that they can be shown in any language.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalog key.
    public var key: String
    /// The placeholders' values by name.
    public var arguments: [String: TextArgument]

    /// A message with `key` and `arguments`.
    public init(_ key: String, _ arguments: [String: TextArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in the process's language.
    public var description: String { Text.string(key, arguments) }
}

/// A value shared between threads behind a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
