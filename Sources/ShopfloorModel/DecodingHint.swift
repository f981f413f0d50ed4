/// What to do about a value a decoder refused: carried as the `underlyingError` of a `DecodingError`, so that
/// the reader of the file (which knows its name and lines) can show the message and the hint apart, as it shows
/// every other diagnostic.
public struct DecodingHint: Error, Sendable, Hashable, CustomStringConvertible {
    /// The hint, e.g. "did you mean 'gate'?".
    public var description: String

    public init(_ description: String) { self.description = description }

    /// A `DecodingError.dataCorrupted` at `codingPath` saying `message`, with `hint` (if any) attached.
    public static func error(at codingPath: [any CodingKey], _ message: String, hint: String? = nil) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message,
            underlyingError: hint.map(DecodingHint.init)))
    }
}

/// A coding key made from any string, for reading mappings whose keys are checked by hand.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
