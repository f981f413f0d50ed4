import Foundation
import ShopfloorModel

/// Reading a snapshot back: the file mapped (never copied), its parts found in one pass that steps over the
/// people, then its digest, its people (in chunks), its tie ends and its tie kinds decoded on all cores at once,
/// beside whatever work the caller runs alongside (a cold read takes the image's digest then).
extension ReadSnapshot {
    /// The snapshot saved beside the workspace at `path`, when it was made from the image whose digest is
    /// `digest`; nil when there is none, it belongs to another image, or any byte of it is wrong. `alongside`,
    /// when given, starts at once on another core and has finished when this returns.
    static func load(
        for path: String, digest: Data, sealing: SealedImage?, binding: Data, alongside: (@Sendable () -> Void)? = nil
    ) -> Contents? {
        let background = alongside.map { work in BackgroundJob(work) }
        defer { _ = background?.wait() }
        return load(for: path, digest: digest, sealing: sealing, binding: binding)
    }

    private static func load(for path: String, digest: Data, sealing: SealedImage?, binding: Data) -> Contents? {
        let file = Self.path(of: path)
        guard let sealing else {
            if let mapped = MappedSnapshot(path: file) { return decode(mapped.bytes, digest: digest) }
            return FileManager.default.contents(atPath: file)?.withUnsafeBytes { decode($0, digest: digest) }
        }
        guard let bytes = FileManager.default.contents(atPath: file), bytes.starts(with: sealedMagic),
            let open = try? sealing.openRecord(bytes.dropFirst(sealedMagic.count), at: sealOffset, image: binding, path: path)
        else { return nil }
        return open.withUnsafeBytes { decode($0, digest: digest) }
    }

    /// Reads a plain snapshot; nil unless it is whole and made from the image of `digest`. Its digest, tie ends,
    /// tie kinds and people (in `chunks` pieces: by default one per 16 k people, at most 8) are decoded on all
    /// cores at once.
    static func decode(_ raw: UnsafeRawBufferPointer, digest: Data, chunks: Int? = nil) -> Contents? {
        guard let layout = Layout(raw, digest: digest, chunks: chunks) else { return nil }
        let body = SharedBytes(raw: UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 32)]))
        let trailer = Data(raw[(raw.count - 32)...])
        let whole = JobSlot<Bool>(), ends = JobSlot<[Int32]>(), kinds = JobSlot<(kinds: [Tie.Kind], strengths: [UInt8])>()
        let chunkSlots = layout.chunks.map { _ in JobSlot<(initialized: Int, ok: Bool)>() }
        let count = layout.count
        let people = [Person](unsafeUninitializedCapacity: count) { buffer, initialized in
            var jobs: [@Sendable () -> Void] = [
                { whole.value = ImageDigest.of(body.raw) == trailer },
                { ends.value = Self.ends(body, layout.ends) },
                { kinds.value = Self.kinds(body, layout.kinds, table: layout.kindTable) },
            ]
            if let base = buffer.baseAddress {
                let out = SharedMemory(base: base, count: count)
                for (chunk, slot) in zip(layout.chunks, chunkSlots) {
                    jobs.append { slot.value = Self.people(body, chunk, into: out) }
                }
            }
            ConcurrentJobs.run(jobs)
            if chunkSlots.allSatisfy({ $0.value?.ok == true }) {
                initialized = count
            } else {
                // A damaged chunk: the people the others made go again, and the snapshot is passed over.
                for (chunk, slot) in zip(layout.chunks, chunkSlots) {
                    if let base = buffer.baseAddress { (base + chunk.first).deinitialize(count: slot.value?.initialized ?? 0) }
                }
                initialized = 0
            }
        }
        guard whole.value == true, people.count == count, let ends = ends.value, let kinds = kinds.value else { return nil }
        let bytes = body.raw
        var positions = [Int64](repeating: 0, count: count)
        positions.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[layout.positions])) }
        for i in positions.indices { positions[i] = Int64(littleEndian: positions[i]) }
        var aliases: (secret: Data, digests: [UInt64])?
        if let range = layout.aliases {
            var digests = [UInt64](repeating: 0, count: count)
            digests.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range.digests])) }
            aliases = (Data(bytes[range.secret]), digests)
        }
        // The ids alone: taking `people[a].id` would copy (and retain, then release) a whole person per end. The
        // graph's person lookup is built from them on another core while the rest of the graph is read (from the
        // ids, not the people: a patch of a person must not find the people shared, and copy them all).
        let ids = people.map { $0.id }
        let index = BackgroundJob { PersonIndex(ids: ids) }
        guard let ties = TieList(ids: ids, ends: ends, kinds: kinds.kinds, strengths: kinds.strengths) else { return nil }
        return Contents(people: people, positions: positions, ties: ties, ends: ends, aliases: aliases, personIndex: index)
    }

    /// Every tie's two ends, as stored (``TieList/init(ids:ends:kinds:strengths:)`` then refuses an end that is not
    /// a position among the people).
    private static func ends(_ body: SharedBytes, _ range: Range<Int>) -> [Int32] {
        let count = range.count / 4
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: body.raw[range]))
            for i in 0..<count { buffer[i] = Int32(littleEndian: buffer[i]) }
            initialized = count
        }
    }

    /// Every tie's kind (through the snapshot's table of kind words) and strength; nil when a kind is not in it.
    private static func kinds(_ body: SharedBytes, _ range: Range<Int>, table: [Tie.Kind]) -> (kinds: [Tie.Kind], strengths: [UInt8])? {
        let count = range.count / 2
        let rest = UnsafeRawBufferPointer(rebasing: body.raw[range])
        var kinds: [Tie.Kind] = [], strengths: [UInt8] = []
        kinds.reserveCapacity(count)
        strengths.reserveCapacity(count)
        for i in 0..<count {
            let kind = Int(rest[2 * i])
            guard kind < table.count else { return nil }
            kinds.append(table[kind])
            strengths.append(rest[2 * i + 1])
        }
        return (kinds, strengths)
    }

    /// Decodes the people of one chunk into their slots of `out`: how many it initialized, and whether all of
    /// them were whole (the chunk's bytes used up exactly).
    private static func people(_ body: SharedBytes, _ chunk: Layout.Chunk, into out: SharedMemory<Person>) -> (initialized: Int, ok: Bool) {
        var r = ByteReader(UnsafeRawBufferPointer(rebasing: body.raw[chunk.bytes]).assumingMemoryBound(to: UInt8.self))
        var roles = WordCache<Role>(), affiliations = WordCache<Affiliation>()
        var workplaces = RepeatedText(), shops = RepeatedText(), shifts = RepeatedText(), homes = RepeatedText()
        for i in 0..<chunk.count {
            guard let id = r.string(), let name = r.string(), let workplace = r.optionalString(&workplaces),
                let shop = r.optionalString(&shops), let shift = r.optionalString(&shifts), let home = r.optionalString(&homes),
                let address = r.optionalString(),
                let roleBytes = r.field(), let role = roles.value(roleBytes), let affiliationBytes = r.field(),
                let affiliation = affiliations.value(affiliationBytes), let tags = r.string(), let notes = r.optionalString(),
                let placeCount = r.varint()
            else { return (i, false) }
            var frequents: [Place.ID] = []
            for _ in 0..<placeCount {
                guard let place = r.string() else { return (i, false) }
                frequents.append(.init(place))
            }
            guard let assessmentByte = r.byte(), let assessment = Assessment(rawValue: Int(assessmentByte)), let member = r.byte()
            else { return (i, false) }
            (out.base + chunk.first + i).initialize(to: Person(id: .init(id), name: name, workplace: workplace.map { .init($0) },
                shop: shop.map { .init($0) }, shift: shift.map { .init($0) }, home: home.map { .init($0) }, address: address,
                role: role, affiliation: affiliation, assessment: assessment, unionMember: member != 0, frequents: frequents,
                tags: WorkspaceTables.decodeList(tags), notes: notes))
        }
        return (chunk.count, r.atEnd)
    }
}

/// Where the parts of a snapshot lie (offsets into its body, before the trailing digest), found in one pass
/// that checks the header and steps over the people without decoding them.
private struct Layout {
    /// A run of people decoded by one job: its bytes, its first person's position and how many it holds.
    struct Chunk {
        var bytes: Range<Int>
        var first: Int
        var count: Int
    }

    var count = 0
    var positions = 0..<0
    var chunks: [Chunk] = []
    var aliases: (secret: Range<Int>, digests: Range<Int>)?
    var kindTable: [Tie.Kind] = []
    var ends = 0..<0
    var kinds = 0..<0

    /// The layout of a snapshot of the image of `digest`; nil when its header, its people's framing or its
    /// length is wrong (its digest is checked apart).
    init?(_ raw: UnsafeRawBufferPointer, digest: Data, chunks wanted: Int?) {
        guard raw.count >= ReadSnapshot.magic.count + 32 + 16 + 32 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 32)])
        var r = ByteReader(body.assumingMemoryBound(to: UInt8.self))
        guard r.take(ReadSnapshot.magic.count).map(Array.init) == ReadSnapshot.magic, r.take(32).map({ Data($0) }) == digest,
            let count = r.int64(), let tieCount = r.int64(), (0...Int64(body.count / 8)).contains(count),
            (0...Int64(body.count / 10)).contains(tieCount)
        else { return nil }
        self.count = Int(count)
        positions = r.at..<(r.at + 8 * self.count)
        guard r.take(8 * self.count) != nil else { return nil }
        let pieces = max(1, min(wanted ?? min(8, self.count >> 14), max(1, self.count)))
        let per = (self.count + pieces - 1) / max(pieces, 1)
        var start = r.at, first = 0
        for i in 0..<self.count {
            if i > first, i % per == 0 {
                self.chunks.append(Chunk(bytes: start..<r.at, first: first, count: i - first))
                (start, first) = (r.at, i)
            }
            guard r.skipPerson() else { return nil }
        }
        if self.count > 0 { self.chunks.append(Chunk(bytes: start..<r.at, first: first, count: self.count - first)) }
        guard let hasAliases = r.byte() else { return nil }
        if hasAliases == 1 {
            let secret = r.at..<(r.at + 32), digests = (r.at + 32)..<(r.at + 32 + 8 * self.count)
            guard r.take(32 + 8 * self.count) != nil else { return nil }
            aliases = (secret, digests)
        }
        guard let kindCount = r.varint() else { return nil }
        for _ in 0..<kindCount {
            guard let word = r.string(), let kind = Tie.Kind(rawValue: word) else { return nil }
            kindTable.append(kind)
        }
        let ties = Int(tieCount)
        ends = r.at..<(r.at + 8 * ties)
        kinds = ends.upperBound..<(ends.upperBound + 2 * ties)
        guard r.take(10 * ties) != nil, r.atEnd else { return nil }
    }
}

/// A snapshot file mapped read-only: its pages are read where the system caches them, never copied into this
/// process. Shopfloor replaces a snapshot by renaming a new file over it and never changes one in place, so
/// the mapped bytes stay the file that was opened (a tool that truncates it meanwhile is outside what the
/// snapshot's digest guards, as for the mapped image).
private final class MappedSnapshot {
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil when it is missing, empty or cannot be mapped.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0,
            let region = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0),
            region != mapFailed
        else { return nil }
        bytes = UnsafeRawBufferPointer(start: region, count: Int(info.st_size))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

/// Bytes that concurrent jobs read while the caller that owns them waits (``ConcurrentJobs/run(_:)``).
struct SharedBytes: @unchecked Sendable {
    let raw: UnsafeRawBufferPointer
}

/// Words of one vocabulary seen in a snapshot, each parsed once.
private struct WordCache<V: Vocabulary> {
    private var known: [(bytes: [UInt8], value: V)] = []

    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>) -> V? {
        for word in known where word.bytes.count == bytes.count {
            let same = word.bytes.withUnsafeBufferPointer { known in
                guard let a = known.baseAddress, let b = bytes.baseAddress else { return true }
                return memcmp(a, b, bytes.count) == 0
            }
            if same { return word.value }
        }
        guard let value = V(rawValue: String(decoding: bytes, as: UTF8.self)) else { return nil }
        known.append((Array(bytes), value))
        return value
    }
}
