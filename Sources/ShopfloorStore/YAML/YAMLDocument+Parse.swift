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
            throw .unreadable(path: path, reason: "out of memory")
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        var builder = Builder(path: path)
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                throw .invalid(path: path, diagnostics: [diagnostic(from: parser.pointee, bytes: bytes, path: path)])
            }
            defer { yaml_event_delete(event) }
            if try builder.take(event.pointee) { break }
        }
        return builder.document
    }

    /// libyaml's error as Yams reported it.
    private static func diagnostic(from parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, path: String)
        -> Diagnostic
    {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let mark = TextBytes.mark(ofByte: Int(parser.problem_offset), in: bytes)
            return Diagnostic(file: path, line: mark.line, column: mark.column, message: "cannot read the text: \(problem)",
                hint: "save the file as UTF-8")
        case YAML_MEMORY_ERROR:
            return Diagnostic(file: path, message: "not valid YAML: out of memory")
        default:
            let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
            return syntaxError(path: path, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                "\(problem)\(context)")
        }
    }

    static func syntaxError(path: String, line: Int, column: Int, _ problem: String) -> Diagnostic {
        Diagnostic(file: path, line: line, column: column, message: "not valid YAML: \(problem)",
            hint: "check indentation (spaces, not tabs), colons after keys, and closing quotes and brackets")
    }

    /// Turns events into the document's arrays, one event at a time.
    private struct Builder {
        let path: String
        let document = YAMLDocument()
        /// The lists and mappings being read, innermost last: their node, where their children start in
        /// `pending`, and their anchor.
        var open: [(index: Int32, start: Int, anchor: String?)] = []
        /// Children of the open lists and mappings, moved to `document.children` when their parent ends.
        var pending: [Int32] = []
        /// Anchors defined so far (a later anchor of the same name hides an earlier one, as in YAML).
        var anchors: [String: Int32] = [:]
        /// The values under each anchored node, aliases counted with their anchor's values.
        var weights: [Int32: Int] = [:]
        var expansion = 0
        var documents = 0

        init(path: String) { self.path = path }

        /// Takes one event; true at the end of the stream.
        mutating func take(_ event: yaml_event_t) throws(StoreError) -> Bool {
            let line = Int32(clamping: event.start_mark.line + 1)
            let column = Int32(clamping: event.start_mark.column + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw fail(syntaxError(path: path, line: Int(line), column: Int(column),
                        "but found another document (expected a single document in the stream)"))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let start = document.text.count
                guard start + scalar.length <= Int(Int32.max) else { throw tooLarge() }
                if scalar.length > 0, let value = scalar.value {
                    document.text.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
                }
                let index = append(YAMLDocument.Entry(kind: .scalar, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
                    line: line, column: column, start: Int32(start), count: Int32(scalar.length)))
                if let anchor = scalar.anchor { define(String(cString: anchor), index) }
                attach(index)
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let target = anchors[name] else {
                    throw fail(syntaxError(path: path, line: Int(line), column: Int(column), "found undefined alias"))
                }
                expansion += weights[target] ?? 1
                if expansion > YAMLDocument.aliasExpansionLimit {
                    throw fail(Diagnostic(file: path, line: Int(line), column: Int(column),
                        message: "the aliases of this file ('*\(name)' and those before it) repeat more than "
                            + "\(YAMLDocument.aliasExpansionLimit) values",
                        hint: "write the values out instead of repeating them with '&' anchors and '*' aliases; "
                            + "Shopfloor files need no aliases"))
                }
                attach(target)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let index = append(YAMLDocument.Entry(kind: mapping ? .mapping : .sequence, plain: false,
                    line: line, column: column, start: 0, count: 0))
                open.append((index, pending.count, anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let (index, start, anchor) = open.popLast() else { break }
                let count = pending.count - start
                if event.type == YAML_MAPPING_END_EVENT { try checkDuplicateKeys(pending[start...]) }
                guard document.children.count + count <= Int(Int32.max) else { throw tooLarge() }
                document.entries[Int(index)].start = Int32(document.children.count)
                document.entries[Int(index)].count = Int32(count)
                document.children.append(contentsOf: pending[start...])
                pending.removeSubrange(start...)
                if let anchor { define(anchor, index) }
                attach(index)
            default:
                break
            }
            return false
        }

        private mutating func append(_ entry: YAMLDocument.Entry) -> Int32 {
            document.entries.append(entry)
            return Int32(truncatingIfNeeded: document.entries.count - 1)
        }

        /// Makes `index` a child of the innermost open list or mapping, or the document's root.
        private mutating func attach(_ index: Int32) {
            if open.isEmpty { document.rootIndex = index } else { pending.append(index) }
        }

        /// Defines an anchor at a finished node and counts the values under it once.
        private mutating func define(_ name: String, _ index: Int32) {
            anchors[name] = index
            var total = 0
            var stack = [index]
            while let node = stack.popLast() {
                if node != index, let known = weights[node] {
                    total += known
                    continue
                }
                total += 1
                let entry = document.entries[Int(node)]
                if entry.kind != .scalar {
                    stack.append(contentsOf: document.children[Int(entry.start)..<Int(entry.start + entry.count)])
                }
            }
            weights[index] = total
        }

        /// Refuses a mapping whose keys repeat, naming the keys and the first one's position, as Yams did.
        private func checkDuplicateKeys(_ children: ArraySlice<Int32>) throws(StoreError) {
            let keys = stride(from: children.startIndex, to: children.endIndex, by: 2).map {
                YAMLNode(document: document, index: children[$0])
            }.filter(\.isScalar)
            guard keys.count > 1 else { return }
            var firstOf: [String: YAMLNode] = [:]
            var repeated: Set<String> = []
            if keys.count <= 16 {
                // Few keys (every record): compare bytes, make strings only for a repeated key.
                for i in 1..<keys.count where keys[..<i].contains(where: { $0.sameText(as: keys[i]) }) {
                    repeated.insert(keys[i].string ?? "")
                }
                guard !repeated.isEmpty else { return }
            }
            for key in keys {
                let text = key.string ?? ""
                if firstOf[text] == nil { firstOf[text] = key } else { repeated.insert(text) }
            }
            guard let first = repeated.min(), let mark = firstOf[first]?.mark else { return }
            let sorted = repeated.sorted()
            throw fail(Diagnostic(file: path, line: mark.line, column: mark.column, field: first,
                message: "the key\(sorted.count == 1 ? "" : "s") " + sorted.map { "'\($0)'" }.joined(separator: ", ")
                    + " appear twice in one record",
                hint: "keep one of them"))
        }

        private func fail(_ diagnostic: Diagnostic) -> StoreError { .invalid(path: path, diagnostics: [diagnostic]) }

        private func tooLarge() -> StoreError {
            .unreadable(path: path, reason: "a graph file holds at most 2 GB of text; keep a map this large in a workspace")
        }
    }
}
