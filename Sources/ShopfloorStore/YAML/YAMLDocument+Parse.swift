import ShopfloorText
internal import CYaml

/// Reading a document from libyaml's events (the C library under Yams), with the limits hostile input needs.
extension YAMLDocument {
    /// The most values that aliases (`*name`) may add to a document by repeating what an anchor (`&name`)
    /// names. Shopfloor's files need no aliases; a hand-written file may use a few. An "alias bomb" (anchors
    /// that repeat anchors, a few hundred bytes that stand for billions of values) is refused at the alias that
    /// crosses the limit, before anything repeats it.
    static let aliasExpansionLimit = 100_000

    /// Parses the single document in `bytes`, which must be valid UTF-8 without control characters
    /// (``TextBytes/firstProblem(in:yamlCharacters:)``); `path` is only used in messages.
    ///
    /// Errors carry the line and column libyaml gives, in the words Yams gave them before this reader (the
    /// graph-file tests pin them): syntax errors, an alias that names no anchor, a second document, a key that
    /// appears twice in one mapping.
    /// - Complexity: O(n) in the bytes and the nodes; an alias costs O(1), and the nodes under each anchor are
    ///   counted once.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(StoreError) -> YAMLDocument {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else {
            throw .unreadable(path: path, reason: Text.string("store.outOfMemory"))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        var builder = YAMLBuilder(path: path)
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                throw .invalid(path: path, diagnostics: [diagnostic(from: parser.pointee, bytes: bytes, path: path)])
            }
            defer { yaml_event_delete(event) }
            if try take(event.pointee, into: &builder) { break }
        }
        return builder.finish()
    }

    /// Hands one libyaml event to the builder; true at the end of the stream.
    private static func take(_ event: yaml_event_t, into builder: inout YAMLBuilder) throws(StoreError) -> Bool {
        let line = Int32(clamping: event.start_mark.line + 1)
        let column = Int32(clamping: event.start_mark.column + 1)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            try builder.documentStart(line: line, column: column)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let start = builder.text.count
            if scalar.length > 0, let value = scalar.value {
                builder.text.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
            }
            try builder.scalar(start: start, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column,
                anchor: scalar.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            try builder.alias(event.data.alias.anchor.map { String(cString: $0) } ?? "", line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            builder.start(.sequence, line: line, column: column,
                anchor: event.data.sequence_start.anchor.map { String(cString: $0) })
        case YAML_MAPPING_START_EVENT:
            builder.start(.mapping, line: line, column: column,
                anchor: event.data.mapping_start.anchor.map { String(cString: $0) })
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try builder.end()
        default:
            break
        }
        return false
    }

    /// libyaml's error as Yams reported it.
    private static func diagnostic(from parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, path: String)
        -> Diagnostic
    {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let mark = TextBytes.mark(ofByte: Int(parser.problem_offset), in: bytes)
            return Diagnostic(file: path, line: mark.line, column: mark.column, message: Text.string("store.cannotReadTheText", ["problem": "\(problem)"]),
                hint: Text.string("store.saveTheFileAs"))
        case YAML_MEMORY_ERROR:
            return Diagnostic(file: path, message: Text.string("store.notValidYamlOut"))
        default:
            let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
            return syntaxError(path: path, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                "\(problem)\(context)")
        }
    }

    static func syntaxError(path: String, line: Int, column: Int, _ problem: String) -> Diagnostic {
        Diagnostic(file: path, line: line, column: column, message: Text.string("store.notValidYaml", ["problem": "\(problem)"]),
            hint: Text.string("store.checkIndentationSpacesNot"))
    }
}
