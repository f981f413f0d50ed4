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
        /// The lookup of ``people`` by id, being built on another core (a patched person keeps their id).
        var personIndex: BackgroundJob<PersonIndex>?
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
}
