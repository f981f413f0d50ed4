import GRDB
import ShopfloorModel
import ShopfloorText

/// A small edit an encrypted workspace appends to its journal without decrypting its image (`person update`,
/// `tie add` through its ``LogIndex``): what the command asked for, checked against the index, not yet the rows
/// it writes. Replaying the journal (every open of the whole image) makes the rows with the very statements the
/// whole path runs (``Workspace/update(_:_:_:)``, ``Workspace/upsert(_:_:)``), recorded by ``ChangeCapture`` as
/// that path records them: the `changes` table, `history` and `undo` see the same change either way. The image
/// the journal follows never changes, so the rows made are the same at every open.
struct PendingEdit: Codable, Hashable {
    /// One column `person update` sets: text, an integer, or neither (null).
    struct Column: Codable, Hashable {
        var c: String
        var s: String?
        var i: Int?

        var value: (any DatabaseValueConvertible)? {
            if let s { return s }
            return i
        }
    }

    /// The tie `tie add` adds, or whose strength it sets.
    struct TieEdit: Codable, Hashable {
        var a: String
        var b: String
        var kind: String
        var strength: Int
    }

    /// `person update`: the person's id and the columns set.
    var person: String?
    var set: [Column]?
    /// `tie add`.
    var tie: TieEdit?

    /// `person update` of `id` setting `columns` (their values text or integers).
    init(person id: Person.ID, columns: [(String, (any DatabaseValueConvertible)?)]) {
        person = id.rawValue
        set = columns.map { name, value in Column(c: name, s: value as? String, i: value as? Int) }
    }

    /// `tie add` of `tie`.
    init(tie: Tie) {
        self.tie = TieEdit(a: tie.a.rawValue, b: tie.b.rawValue, kind: tie.kind.rawValue, strength: tie.strength)
    }

    /// Makes the edit's rows in `db` (inside the replay's transaction, while ``ChangeCapture`` records them).
    /// A tie of a kind this Shopfloor does not know is damage.
    func apply(_ db: Database) throws {
        if let person, let set {
            try Workspace.update(.init(person), set.map { ($0.c, $0.value) }, db)
        }
        if let tie {
            guard let kind = Tie.Kind(rawValue: tie.kind) else {
                throw StoreError.database(path: "", reason: Text.string("store.aRecordedChangeNames", ["table": "ties"]))
            }
            try Workspace.upsert(Tie(.init(tie.a), .init(tie.b), kind: kind, strength: tie.strength), db)
        }
    }
}
