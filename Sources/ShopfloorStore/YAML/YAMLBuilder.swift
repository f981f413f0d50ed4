import ShopfloorText
/// Turns a document's events (scalars, starts and ends of lists and mappings, aliases) into a
/// ``YAMLDocument``'s arrays, one event at a time, with the limits hostile input needs.
///
/// Both readers feed it: libyaml's events (``YAMLDocument/parse(_:path:)``) and the fast reader of the block
/// subset Shopfloor writes (``YAMLFastReader``), so that both give the same document for the same text: the same
/// nodes, positions, children and errors (a key twice in one mapping, a second document).
struct YAMLBuilder {
    let path: String
    /// The document's buffers while it is read (see ``YAMLDocument``), which the document takes over at the
    /// end; readers append scalar text to ``text``.
    private let entries = GrowingBuffer<YAMLDocument.Entry>()
    private let children = GrowingBuffer<Int32>()
    let text = GrowingBuffer<UInt8>()
    private var rootIndex: Int32?
    /// The lists and mappings being read, innermost last: their node, where their children start in
    /// `pending`, and their anchor.
    private var open: [(index: Int32, start: Int, anchor: String?)] = []
    /// Children of the open lists and mappings, moved to `document.children` when their parent ends.
    private var pending: [Int32] = []
    /// Anchors defined so far (a later anchor of the same name hides an earlier one, as in YAML).
    private var anchors: [String: Int32] = [:]
    /// The values under each anchored node, aliases counted with their anchor's values.
    private var weights: [Int32: Int] = [:]
    private var expansion = 0
    private var documents = 0

    init(path: String) { self.path = path }

    /// Reserves room for the document of a text of `bytes` bytes, so that the buffers are not copied as they grow
    /// (a 100,000-person file: 80 MB of text, 8 million nodes). Block YAML as Shopfloor writes it has a node
    /// every 6–10 bytes; room never written to is never touched, so it costs address space, not memory.
    func reserve(forTextOf bytes: Int) {
        entries.reserve(bytes / 6)
        children.reserve(bytes / 6)
        text.reserve(bytes / 2)
    }

    /// A copy of the document read so far (for a diagnostic in the middle of reading).
    var document: YAMLDocument {
        YAMLDocument(entries: Array(entries.elements), children: Array(children.elements), text: Array(text.elements),
            rootIndex: rootIndex)
    }

    /// The document read, which takes over the builder's buffers: the builder must not be used afterwards.
    func finish() -> YAMLDocument {
        YAMLDocument(taking: entries, children: children, text: text, rootIndex: rootIndex)
    }

    /// A document starts; a second one is refused.
    mutating func documentStart(line: Int32, column: Int32) throws(StoreError) {
        documents += 1
        if documents > 1 {
            throw fail(YAMLDocument.syntaxError(path: path, line: Int(line), column: Int(column),
                Text.string("yaml.anotherDocument")))
        }
    }

    /// A scalar whose text the reader has just appended to ``text`` from offset `start`.
    mutating func scalar(start: Int, plain: Bool, line: Int32, column: Int32, anchor: String? = nil) throws(StoreError) {
        guard text.count <= Int(Int32.max) else { throw tooLarge() }
        let index = append(YAMLDocument.Entry(kind: .scalar, plain: plain, line: line, column: column,
            start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: text.count - start)))
        if let anchor { define(anchor, index) }
        attach(index)
    }

    /// An alias of an earlier anchor: the anchored node, shared, counted against the expansion limit.
    mutating func alias(_ name: String, line: Int32, column: Int32) throws(StoreError) {
        guard let target = anchors[name] else {
            throw fail(YAMLDocument.syntaxError(path: path, line: Int(line), column: Int(column), Text.string("yaml.undefinedAlias")))
        }
        expansion += weights[target] ?? 1
        if expansion > YAMLDocument.aliasExpansionLimit {
            throw fail(Diagnostic(file: path, line: Int(line), column: Int(column),
                message: Text.string("store2.theAliasesOfThis", ["name": "\(name)", "aliasExpansionLimit": "\(YAMLDocument.aliasExpansionLimit)"]),
                hint: Text.string("store2.writeTheValuesOut")))
        }
        attach(target)
    }

    /// A list or a mapping starts.
    mutating func start(_ kind: YAMLDocument.Kind, line: Int32, column: Int32, anchor: String? = nil) {
        let index = append(YAMLDocument.Entry(kind: kind, plain: false, line: line, column: column, start: 0, count: 0))
        open.append((index, pending.count, anchor))
    }

    /// The innermost open list or mapping ends.
    mutating func end() throws(StoreError) {
        guard let (index, start, anchor) = open.popLast() else { return }
        let count = pending.count - start
        if entries[Int(index)].kind == .mapping { try checkDuplicateKeys(pending[start...]) }
        guard children.count + count <= Int(Int32.max) else { throw tooLarge() }
        entries[Int(index)].start = Int32(children.count)
        entries[Int(index)].count = Int32(count)
        pending.withUnsafeBufferPointer { children.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start...])) }
        pending.removeSubrange(start...)
        if let anchor { define(anchor, index) }
        attach(index)
    }

    private mutating func append(_ entry: YAMLDocument.Entry) -> Int32 {
        entries.append(entry)
        return Int32(truncatingIfNeeded: entries.count - 1)
    }

    /// Makes `index` a child of the innermost open list or mapping, or the document's root.
    private mutating func attach(_ index: Int32) {
        if open.isEmpty { rootIndex = index } else { pending.append(index) }
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
            let entry = entries[Int(node)]
            if entry.kind != .scalar {
                stack.append(contentsOf: children.elements[Int(entry.start)..<Int(entry.start + entry.count)])
            }
        }
        weights[index] = total
    }

    /// Refuses a mapping whose keys repeat, naming the keys and the first one's position, as Yams did.
    private func checkDuplicateKeys(_ keys: ArraySlice<Int32>) throws(StoreError) {
        let pairs = keys.count / 2
        guard pairs > 1 else { return }
        if pairs <= 16 {
            // Few keys (every record): compare bytes in place, no node values; strings only for a repeat.
            var repeats = false
            var i = keys.startIndex + 2
            outer: while i < keys.endIndex {
                var j = keys.startIndex
                while j < i {
                    if sameScalarText(keys[i], keys[j]) {
                        repeats = true
                        break outer
                    }
                    j += 2
                }
                i += 2
            }
            guard repeats else { return }
        }
        // The rare path (a key repeats, or a record of more than 16 keys): nodes of a document made for it,
        // kept alive while they are read.
        let document = document
        let found: (first: String, mark: TextMark, sorted: [String])? = withExtendedLifetime(document) {
            let nodes = stride(from: keys.startIndex, to: keys.endIndex, by: 2).map {
                YAMLNode(document: document, index: keys[$0])
            }.filter(\.isScalar)
            var firstOf: [String: TextMark] = [:]
            var repeated: Set<String> = []
            for node in nodes {
                let text = node.string ?? ""
                if firstOf[text] == nil { firstOf[text] = node.mark } else { repeated.insert(text) }
            }
            guard let first = repeated.min(), let mark = firstOf[first] else { return nil }
            return (first, mark, repeated.sorted())
        }
        guard let (first, mark, sorted) = found else { return }
        throw fail(Diagnostic(file: path, line: mark.line, column: mark.column, field: first,
            message: Text.plural("yaml.keysTwice", count: sorted.count, ["keys": "\(sorted.map { "'\($0)'" }.joined(separator: ", "))"]),
            hint: Text.string("store.keepOneOfThem")))
    }

    /// Whether two nodes are scalars with the same bytes.
    private func sameScalarText(_ a: Int32, _ b: Int32) -> Bool {
        let x = entries[Int(a)], y = entries[Int(b)]
        guard x.kind == .scalar, y.kind == .scalar, x.count == y.count else { return false }
        let text = text.elements
        var k = 0
        while k < Int(x.count) {
            if text[Int(x.start) + k] != text[Int(y.start) + k] { return false }
            k += 1
        }
        return true
    }

    private func fail(_ diagnostic: Diagnostic) -> StoreError { .invalid(path: path, diagnostics: [diagnostic]) }

    private func tooLarge() -> StoreError {
        .unreadable(path: path, reason: Text.string("store.aGraphFileHolds"))
    }
}
