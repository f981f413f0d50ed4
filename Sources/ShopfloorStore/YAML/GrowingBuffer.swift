/// Elements appended one after another into memory the buffer allocates itself, which a ``YAMLDocument`` takes
/// over when the document is read: the builder writes straight into the document's buffers.
///
/// Why not arrays: a 100,000-person file is 8 million nodes; arrays had to be copied into the document's own
/// buffers at the end (160+ MB of `memmove` and as many fresh pages faulted in), which was a tenth of `check`.
/// Memory reserved and never written to is never touched, so a generous reservation costs address space only.
final class GrowingBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int
    /// Whether ``take()`` handed the memory on (the buffer then frees nothing).
    private var taken = false

    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        guard !taken else { return }
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The elements so far (valid until the next append).
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    subscript(i: Int) -> Element {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// Makes room for at least `total` elements.
    func reserve(_ total: Int) {
        guard total > capacity else { return }
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: total)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = total
    }

    @inline(__always) func append(_ element: Element) {
        if count == capacity { reserve(2 * capacity) }
        (base + count).initialize(to: element)
        count += 1
    }

    func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { reserve(max(2 * capacity, count + elements.count)) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    func append<C: Collection>(contentsOf elements: C) where C.Element == Element {
        if elements.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) != nil { return }
        for element in elements { append(element) }
    }

    /// Hands the memory to the caller, who must deallocate it (from the returned buffer's base address); the
    /// buffer is empty afterwards and must not be used again.
    func take() -> UnsafeBufferPointer<Element> {
        precondition(!taken, "a GrowingBuffer is taken once")
        taken = true
        return UnsafeBufferPointer(start: base, count: count)
    }
}
