import GRDB
import ShopfloorModel

extension WorkspaceTables {
    /// Reads the ties in their order through SQLite's own column calls (``RawSQLite/Statement``).
    ///
    /// Ten million rows at national scale: GRDB's row objects cost more than the rows themselves (about 2.9 s
    /// of a 6.2 s open at a million people), so this loop reads the columns directly and parses each distinct
    /// kind word once.
    static func readTies(_ db: Database, _ reader: inout RowReader) throws -> [Tie] {
        var ties: [Tie] = []
        ties.reserveCapacity(try nextPosition(in: "ties", db))
        let rows = try RawSQLite.Statement("SELECT a, b, kind, strength FROM ties ORDER BY position", in: db)
        defer { rows.reset() }
        var kinds: [(text: String, kind: Tie.Kind)] = []
        while try rows.step() {
            let a = rows.text(0), b = rows.text(1), word = rows.text(2)
            let kind: Tie.Kind
            if let known = kinds.first(where: { $0.text == word }) { kind = known.kind } else {
                kind = try reader.word(word, Tie.Kind.self, table: "ties", id: "\(a)–\(b)", column: "kind")
                kinds.append((word, kind))
            }
            ties.append(Tie(.init(a), .init(b), kind: kind, strength: rows.int(3)))
        }
        return ties
    }
}
