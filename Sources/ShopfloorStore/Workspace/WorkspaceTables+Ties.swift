import GRDB
import ShopfloorModel

extension WorkspaceTables {
    /// Reads the ties in their order through SQLite's own column calls (``RawSQLite/Statement``), with the
    /// positions of their two people among `people` (``OrganizingGraph/tieEnds``).
    ///
    /// Ten million rows at national scale: GRDB's row objects cost more than the rows themselves (about 2.9 s
    /// of a 6.2 s open at a million people), so this loop reads the columns directly, parses each distinct
    /// kind word once, and looks the people up by their bytes (a run of ties of one person looks them up once).
    static func readTies(_ db: Database, _ reader: inout RowReader, people: PersonPositions) throws -> ([Tie], [Int32]) {
        var ties: [Tie] = []
        var ends: [Int32] = []
        // The next position is the count when nothing was removed; bounded, since a stored number is not trusted.
        let expected = min(try nextPosition(in: "ties", db), 1 << 27)
        ties.reserveCapacity(expected)
        ends.reserveCapacity(2 * expected)
        let rows = try RawSQLite.Statement("SELECT a, b, kind, strength FROM ties ORDER BY position", in: db)
        defer { rows.reset() }
        var kinds: [(text: String, kind: Tie.Kind)] = []
        var lastA = "", lastEnd: Int32 = -1
        while try rows.step() {
            let aBytes = rows.bytes(0), bBytes = rows.bytes(1)
            let a: String
            if aBytes.elementsEqual(lastA.utf8) { a = lastA } else {
                a = String(decoding: aBytes, as: UTF8.self)
                lastA = a
                lastEnd = people.position(of: aBytes)
            }
            ends.append(lastEnd)
            ends.append(people.position(of: bBytes))
            let b = String(decoding: bBytes, as: UTF8.self), word = rows.text(2)
            let kind: Tie.Kind
            if let known = kinds.first(where: { $0.text == word }) { kind = known.kind } else {
                kind = try reader.word(word, Tie.Kind.self, table: "ties", id: "\(a)–\(b)", column: "kind")
                kinds.append((word, kind))
            }
            ties.append(Tie(.init(a), .init(b), kind: kind, strength: rows.int(3)))
        }
        return (ties, ends)
    }
}
