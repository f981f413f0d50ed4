/// A YAML (or JSON) document read into flat arrays: every node with its kind and position, the items of lists
/// and the keys and values of mappings in one array of node numbers, and the text of every scalar in one
/// buffer of bytes.
///
/// Built by ``parse(_:path:)`` from libyaml's events; a graph file of a hundred thousand people is a few
/// million nodes, which this layout holds in a few arrays instead of a tree of objects. An alias is the node it
/// names, shared, never copied.
final class YAMLDocument {
    /// What a node is.
    enum Kind: UInt8 { case scalar, sequence, mapping }

    /// One node: 20 bytes.
    struct Entry: Equatable {
        var kind: Kind
        /// A plain (unquoted) scalar, which may read as null.
        var plain: Bool
        /// 1-based line and column (in characters) where the node starts.
        var line: Int32
        var column: Int32
        /// Scalars: where the text starts in ``text``; lists and mappings: where their children start in
        /// ``children``.
        var start: Int32
        /// Scalars: the length of the text in bytes; lists: the items; mappings: twice the pairs (key, value).
        var count: Int32
    }

    // Read-only once built (by ``YAMLBuilder``), and held in buffers the document owns: a reader
    // reads millions of nodes, and an array read through a node's unowned reference is retained and released
    // around every access (a third of `check` at 100,000 people); a buffer's address is a plain value.
    let entryBuffer: UnsafeBufferPointer<Entry>
    let childBuffer: UnsafeBufferPointer<Int32>
    let textBuffer: UnsafeBufferPointer<UInt8>
    /// The nodes, the children of lists and mappings, and the scalars' text, as arrays (for tests).
    var entries: [Entry] { Array(entryBuffer) }
    var children: [Int32] { Array(childBuffer) }
    var text: [UInt8] { Array(textBuffer) }
    /// The document's root node, nil for a stream with no document.
    var root: YAMLNode? { rootIndex.map { YAMLNode(document: self, index: $0) } }
    let rootIndex: Int32?

    init(entries: [Entry], children: [Int32], text: [UInt8], rootIndex: Int32?) {
        entryBuffer = Self.copy(entries)
        childBuffer = Self.copy(children)
        textBuffer = Self.copy(text)
        self.rootIndex = rootIndex
    }

    /// A document that takes over the builder's buffers, without copying them (the builder wrote straight into
    /// them; see ``GrowingBuffer``).
    init(taking entries: GrowingBuffer<Entry>, children: GrowingBuffer<Int32>, text: GrowingBuffer<UInt8>,
        rootIndex: Int32?)
    {
        entryBuffer = entries.take()
        childBuffer = children.take()
        textBuffer = text.take()
        self.rootIndex = rootIndex
    }

    deinit {
        entryBuffer.deallocate()
        childBuffer.deallocate()
        textBuffer.deallocate()
    }

    /// A buffer of its own holding `array`'s elements (at least one element's room, so it always has an address).
    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }
}

/// A node of a ``YAMLDocument``: a scalar, a list or a mapping, with its position.
///
/// A node does not keep its document alive (it would cost a reference count on every step of the reader);
/// nodes are only used while the document that made them is held, by ``GraphFile/parse(data:path:format:)``.
struct YAMLNode {
    unowned(unsafe) let document: YAMLDocument
    let index: Int32

    private var entry: YAMLDocument.Entry { document.entryBuffer[Int(index)] }

    var kind: YAMLDocument.Kind { entry.kind }

    /// Where the node starts.
    var mark: TextMark {
        let e = entry
        return TextMark(line: Int(e.line), column: Int(e.column))
    }

    var isScalar: Bool { entry.kind == .scalar }

    /// Whether the node is YAML's null: a plain `~`, `null`, `Null`, `NULL`, or nothing.
    var isNull: Bool {
        let e = entry
        guard e.kind == .scalar, e.plain else { return false }
        switch e.count {
        case 0: return true
        case 1: return document.textBuffer[Int(e.start)] == UInt8(ascii: "~")
        case 4: return equals("null") || equals("Null") || equals("NULL")
        default: return false
        }
    }

    /// A scalar's text; nil for a list or a mapping.
    var string: String? {
        let e = entry
        guard e.kind == .scalar else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: document.textBuffer[Int(e.start)..<Int(e.start + e.count)]),
            as: UTF8.self)
    }

    /// Whether the node is a scalar whose text is `word`, compared byte for byte without making a string.
    func equals(_ word: String) -> Bool {
        let e = entry
        guard e.kind == .scalar, Int(e.count) == word.utf8.count else { return false }
        let text = document.textBuffer
        var i = Int(e.start)
        for byte in word.utf8 {
            guard text[i] == byte else { return false }
            i += 1
        }
        return true
    }

    /// Whether two scalars have the same text.
    func sameText(as other: YAMLNode) -> Bool {
        let a = entry, b = other.entry
        guard a.kind == .scalar, b.kind == .scalar, a.count == b.count else { return false }
        let text = document.textBuffer
        for k in 0..<Int(a.count) where text[Int(a.start) + k] != text[Int(b.start) + k] { return false }
        return true
    }

    /// The items of a list (nothing for a scalar or a mapping).
    var items: [YAMLNode] {
        let e = entry
        guard e.kind == .sequence else { return [] }
        return (0..<Int(e.count)).map { child($0) }
    }

    /// The number of items of a list or of pairs of a mapping; 0 for a scalar.
    var count: Int {
        let e = entry
        switch e.kind {
        case .scalar: return 0
        case .sequence: return Int(e.count)
        case .mapping: return Int(e.count) / 2
        }
    }

    /// The key and value of a mapping's pair `i` (in the order of the file).
    func pair(_ i: Int) -> (key: YAMLNode, value: YAMLNode) { (child(2 * i), child(2 * i + 1)) }

    /// The item `i` of a list.
    func item(_ i: Int) -> YAMLNode { child(i) }

    /// The value of a mapping's key `word`, or nil.
    subscript(key: String) -> YAMLNode? {
        guard kind == .mapping else { return nil }
        for i in 0..<count {
            let (k, v) = pair(i)
            if k.equals(key) { return v }
        }
        return nil
    }

    private func child(_ i: Int) -> YAMLNode {
        YAMLNode(document: document, index: document.childBuffer[Int(entry.start) + i])
    }
}

/// A position in a text file: 1-based line and column (the column counted in characters).
struct TextMark: Hashable, Sendable {
    var line: Int
    var column: Int
}
