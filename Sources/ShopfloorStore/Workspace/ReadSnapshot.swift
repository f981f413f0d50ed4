import Foundation
import GRDB
import ShopfloorModel

/// A read-optimised copy of a workspace's people and ties, saved beside the file (`<workspace>.snapshot`) by
/// every save that stamps its image, so that a read does not pull every person and tie out of SQLite row by row
/// (at a million people, ten million rows: most of a cold command).
///
/// Layout (little-endian): `SFSNAP01`, the ``ImageDigest`` of the image it was made from (32 bytes), the counts
/// of people and ties, the people's row positions (8 bytes each), the people one after another (each field a
/// length-prefixed run of UTF-8: id, name, workplace, shop, shift, home, address, role, affiliation, tags, notes,
/// the places frequented; then assessment and union membership, a byte each), the ``ImageDigest`` of the alias
/// secret and every person's alias digest (``AliasKey/digest(_:)``, 8 bytes each), the tie kinds' words, every tie's
/// two people as positions among the people (4 bytes each), its kind and strength (a byte each); then the
/// ``ImageDigest`` of everything before it. In an encrypted workspace the whole of it is sealed with the
/// workspace's key, bound to the image's tag (``SealedImage/sealRecord(_:at:image:)``), after `SFSNAPS1`.
///
/// It is trusted only when its digest is the digest of the image just opened, and that image carries the stamp
/// of a checked save: an image changed by another tool, or saved again without it, is read from its tables. A
/// snapshot that is missing, cut short or damaged is passed over the same way (it is a copy, never the record).
enum ReadSnapshot {
    static let magic = Array("SFSNAP01".utf8)
    static let sealedMagic = Array("SFSNAPS1".utf8)
    /// The offset a sealed snapshot is bound to: no journal record can sit there.
    static let sealOffset = Int(Int64.max)

    /// The people and ties a snapshot holds, as the tables would give them.
    struct Contents {
        var people: [Person]
        /// Each person's `position` in the `people` table, ascending.
        var positions: [Int64]
        var ties: TieList
        /// ``OrganizingGraph/tieEnds``.
        var ends: [Int32]
        /// The ``ImageDigest`` of the alias secret the digests were made with, and every person's digest.
        var aliases: (secret: Data, digests: [UInt64])?
    }

    /// Where the snapshot of the workspace at `path` lives (beside the file a link points to).
    static func path(of workspace: String) -> String { AtomicFile.target(of: workspace) + ".snapshot" }

    // MARK: Writing

    /// The snapshot of the people and ties in `db`, whose image has `digest`; nil when a value does not fit the
    /// layout (then no snapshot is saved and reads use the tables).
    static func make(_ db: Database, digest: Data, sealing: SealedImage?, binding: Data) throws -> Data? {
        let secret = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'alias-secret'") ?? ""
        let key = secret.isEmpty ? nil : AliasKey(secret: secret)
        var aliases: [UInt64] = []
        var out = ByteWriter()
        out.bytes(magic)
        out.bytes(Array(digest))
        var frequents: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person, place FROM person_frequents ORDER BY person, position") {
            frequents[row["person"], default: []].append(row["place"])
        }
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM people") ?? 0
        let tieCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM ties") ?? 0
        out.int64(Int64(count))
        out.int64(Int64(tieCount))
        var positions = PersonPositions(capacity: count)
        var people = ByteWriter()
        let rows = try RawSQLite.Statement("""
            SELECT id, name, workplace, shop, shift, home, address, role, affiliation, tags, notes, position, assessment, union_member
            FROM people ORDER BY position
            """, in: db)
        defer { rows.reset() }
        var seen = 0
        while try rows.step() {
            seen += 1
            positions.append(rows.bytes(0))
            let id = rows.text(0)
            if let key { aliases.append(key.digest(id)) }
            out.int64(Int64(rows.int(11)))
            for column: Int32 in 0...10 { people.field(rows.isNull(column) ? nil : rows.bytes(column)) }
            let places = frequents[id] ?? []
            people.varint(places.count)
            for place in places { people.field(Array(place.utf8)) }
            let assessment = rows.int(12), member = rows.int(13)
            guard (0...255).contains(assessment), member == 0 || member == 1 else { return nil }
            people.byte(UInt8(assessment))
            people.byte(UInt8(member))
        }
        guard seen == count else { return nil }
        out.bytes(people.data)
        out.byte(key == nil ? 0 : 1)
        if key != nil {
            out.bytes(Array(ImageDigest.of(Data(secret.utf8))))
            aliases.withUnsafeBytes { out.bytes($0) }
        }
        let ties = try RawSQLite.Statement("SELECT a, b, kind, strength FROM ties ORDER BY position", in: db)
        defer { ties.reset() }
        var kinds: [[UInt8]] = []
        var ends: [Int32] = [], kindsAndStrengths: [UInt8] = []
        ends.reserveCapacity(2 * tieCount)
        kindsAndStrengths.reserveCapacity(2 * tieCount)
        while try ties.step() {
            let a = positions.position(of: ties.bytes(0)), b = positions.position(of: ties.bytes(1))
            let word = Array(ties.bytes(2)), strength = ties.int(3)
            guard a >= 0, b >= 0, (0...255).contains(strength) else { return nil }
            let kind = kinds.firstIndex(of: word) ?? { kinds.append(word); return kinds.count - 1 }()
            guard kind < 256 else { return nil }
            ends.append(a)
            ends.append(b)
            kindsAndStrengths.append(UInt8(kind))
            kindsAndStrengths.append(UInt8(strength))
        }
        guard ends.count == 2 * tieCount else { return nil }
        out.varint(kinds.count)
        for word in kinds { out.field(word) }
        ends.withUnsafeBytes { out.bytes($0) }
        out.bytes(kindsAndStrengths)
        out.bytes(Array(ImageDigest.of(Data(out.data))))
        guard let sealing else { return Data(out.data) }
        return Data(sealedMagic) + (try sealing.sealRecord(Data(out.data), at: sealOffset, image: binding))
    }

    /// Removes the snapshot of the workspace at `path` (before a save writes a new image, so that no snapshot
    /// outlives the image it was made from even by a moment).
    static func remove(for path: String) {
        unlink(Self.path(of: path))
    }

    /// Saves `bytes` as the snapshot of the workspace at `path` (a temporary file renamed into place). A
    /// snapshot is a copy: when it cannot be written, reads use the tables.
    static func write(_ bytes: Data, for path: String) {
        try? AtomicFile.write(bytes, to: Self.path(of: path), keepBackup: false)
    }

    // MARK: Reading

    /// The snapshot saved beside the workspace at `path`, when it was made from the image whose digest is
    /// `digest`; nil when there is none, it belongs to another image, or any byte of it is wrong.
    static func load(for path: String, digest: Data, sealing: SealedImage?, binding: Data) -> Contents? {
        guard var bytes = FileManager.default.contents(atPath: Self.path(of: path)) else { return nil }
        if let sealing {
            guard bytes.starts(with: sealedMagic),
                let open = try? sealing.openRecord(bytes.dropFirst(sealedMagic.count), at: sealOffset, image: binding, path: path)
            else { return nil }
            bytes = open
        }
        return bytes.withUnsafeBytes { raw in decode(raw, digest: digest) }
    }

    /// Reads a plain snapshot; nil unless it is whole and made from the image of `digest`.
    static func decode(_ raw: UnsafeRawBufferPointer, digest: Data) -> Contents? {
        guard raw.count >= magic.count + 32 + 16 + 32 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 32)])
        guard ImageDigest.of(body) == Data(raw[(raw.count - 32)...]) else { return nil }
        var r = ByteReader(body.assumingMemoryBound(to: UInt8.self))
        guard r.take(magic.count).map(Array.init) == magic, r.take(32).map({ Data($0) }) == digest,
            let count = r.int64(), let tieCount = r.int64(), (0...Int64(body.count)).contains(count),
            (0...Int64(body.count / 2)).contains(tieCount)
        else { return nil }
        var positions: [Int64] = []
        positions.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let position = r.int64() else { return nil }
            positions.append(position)
        }
        guard let people = decodePeople(&r, count: Int(count)), let hasAliases = r.byte() else { return nil }
        var aliases: (secret: Data, digests: [UInt64])?
        if hasAliases == 1 {
            guard let secret = r.take(32), let bytes = r.take(8 * Int(count)) else { return nil }
            var digests = [UInt64](repeating: 0, count: Int(count))
            digests.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            aliases = (Data(secret), digests)
        }
        guard let ties = decodeTies(&r, count: Int(tieCount), people: people), r.atEnd else { return nil }
        return Contents(people: people, positions: positions, ties: ties.ties, ends: ties.ends, aliases: aliases)
    }

    private static func decodePeople(_ r: inout ByteReader, count: Int) -> [Person]? {
        var people: [Person] = []
        people.reserveCapacity(count)
        var roles = WordCache<Role>(), affiliations = WordCache<Affiliation>()
        for _ in 0..<count {
            guard let id = r.string(), let name = r.string(), let workplace = r.optionalString(), let shop = r.optionalString(),
                let shift = r.optionalString(), let home = r.optionalString(), let address = r.optionalString(),
                let roleBytes = r.field(), let role = roles.value(roleBytes), let affiliationBytes = r.field(),
                let affiliation = affiliations.value(affiliationBytes), let tags = r.string(), let notes = r.optionalString(),
                let placeCount = r.varint()
            else { return nil }
            var frequents: [Place.ID] = []
            for _ in 0..<placeCount {
                guard let place = r.string() else { return nil }
                frequents.append(.init(place))
            }
            guard let assessmentByte = r.byte(), let assessment = Assessment(rawValue: Int(assessmentByte)), let member = r.byte()
            else { return nil }
            people.append(Person(id: .init(id), name: name, workplace: workplace.map { .init($0) }, shop: shop.map { .init($0) },
                shift: shift.map { .init($0) }, home: home.map { .init($0) }, address: address, role: role,
                affiliation: affiliation, assessment: assessment, unionMember: member != 0, frequents: frequents,
                tags: WorkspaceTables.decodeList(tags), notes: notes))
        }
        return people
    }

    /// The ties in their compact form (``TieList``): the ends copied as they are stored, no ``Tie`` made.
    private static func decodeTies(_ r: inout ByteReader, count: Int, people: [Person]) -> (ties: TieList, ends: [Int32])? {
        guard let kindCount = r.varint() else { return nil }
        var kindTable: [Tie.Kind] = []
        for _ in 0..<kindCount {
            guard let word = r.string(), let kind = Tie.Kind(rawValue: word) else { return nil }
            kindTable.append(kind)
        }
        guard let endBytes = r.take(8 * count), let rest = r.take(2 * count) else { return nil }
        var ends = [Int32](repeating: 0, count: 2 * count)
        ends.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(endBytes)) }
        for i in ends.indices { ends[i] = Int32(littleEndian: ends[i]) }
        var kinds: [Tie.Kind] = []
        var strengths: [UInt8] = []
        kinds.reserveCapacity(count)
        strengths.reserveCapacity(count)
        for i in 0..<count {
            let kind = Int(rest[2 * i])
            guard kind < kindTable.count else { return nil }
            kinds.append(kindTable[kind])
            strengths.append(rest[2 * i + 1])
        }
        // The ids alone: taking `people[a].id` would copy (and retain, then release) a whole person per end.
        guard let ties = TieList(ids: people.map(\.id), ends: ends, kinds: kinds, strengths: strengths) else { return nil }
        return (ties, ends)
    }
}

/// Words of one vocabulary seen in a snapshot, each parsed once.
private struct WordCache<V: Vocabulary> {
    private var known: [(bytes: [UInt8], value: V)] = []

    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>) -> V? {
        if let hit = known.first(where: { $0.bytes.elementsEqual(bytes) }) { return hit.value }
        guard let value = V(rawValue: String(decoding: bytes, as: UTF8.self)) else { return nil }
        known.append((Array(bytes), value))
        return value
    }
}

/// Appends a snapshot's values to a byte array.
private struct ByteWriter {
    var data: [UInt8] = []

    mutating func byte(_ value: UInt8) { data.append(value) }
    mutating func bytes(_ values: some Sequence<UInt8>) { data.append(contentsOf: values) }
    mutating func bytes(_ raw: UnsafeRawBufferPointer) { data.append(contentsOf: raw) }

    mutating func int64(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func varint(_ value: Int) {
        var v = UInt64(value)
        while v >= 0x80 {
            data.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }

    /// A length-prefixed run of bytes: its length + 1, or 0 for nil.
    mutating func field(_ bytes: (some Collection<UInt8>)?) {
        guard let bytes else { return varint(0) }
        varint(bytes.count + 1)
        data.append(contentsOf: bytes)
    }
}

/// Reads a snapshot's values, every read bounds-checked (nil past the end).
private struct ByteReader {
    let base: UnsafeBufferPointer<UInt8>
    var at = 0

    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }

    var atEnd: Bool { at == base.count }

    mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard count >= 0, base.count - at >= count else { return nil }
        defer { at += count }
        return UnsafeBufferPointer(rebasing: base[at..<(at + count)])
    }

    mutating func byte() -> UInt8? { take(1)?[0] }

    mutating func int64() -> Int64? {
        guard let bytes = take(8) else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return Int64(bitPattern: value)
    }

    mutating func varint() -> Int? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while let byte = byte() {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value <= UInt64(Int32.max) ? Int(value) : nil }
            shift += 7
            if shift > 35 { return nil }
        }
        return nil
    }

    /// A field's bytes; nil when it is nil or cut short.
    mutating func field() -> UnsafeBufferPointer<UInt8>? {
        guard let length = varint(), length > 0 else { return nil }
        return take(length - 1)
    }

    mutating func string() -> String? { field().map { String(decoding: $0, as: UTF8.self) } }

    /// A field that may be nil: `.some(nil)` for a stored nil, nil when cut short.
    mutating func optionalString() -> String?? {
        guard let length = varint() else { return nil }
        guard length > 0 else { return .some(nil) }
        return take(length - 1).map { String(decoding: $0, as: UTF8.self) }
    }
}
