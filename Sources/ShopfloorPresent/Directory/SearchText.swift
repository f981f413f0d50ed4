import Foundation
import ShopfloorModel
import ShopfloorText

/// Each person's searchable text, folded (``TurkishCasing/folded(_:)``) once per directory, the first time a
/// search needs it, and shared by the directory's named and unnamed views.
///
/// Why: a search of 100,000 people folded six fields of every row, character by character, for every request
/// (the workbench's `/find` went from 202 to 497 ms of processor time when folding became Turkish-correct).
final class SearchText: @unchecked Sendable {
    /// One person's folded fields; the fields of one group are joined by a line break, which no search word holds
    /// (words are split at white space), so a word found in the joined text is found in one field.
    struct Person {
        /// Id and alias (what `find` and lists search).
        var key: String
        /// Shop, shift and workplace ids (what lists search besides).
        var place: String
        /// The name (searched only when names are revealed).
        var name: String
    }

    private let lock = NSLock()
    private var folded: [Person]?

    /// The folded fields of every person of `graph`, in its order, made on the first call.
    func people(of graph: OrganizingGraph, alias: (ShopfloorModel.Person.ID) -> String) -> [Person] {
        lock.lock()
        defer { lock.unlock() }
        if let folded { return folded }
        let made = graph.people.map { p in
            Person(key: TurkishCasing.folded(p.id.rawValue + "\n" + alias(p.id)),
                place: TurkishCasing.folded([p.shop?.rawValue, p.shift?.rawValue, p.workplace?.rawValue]
                    .compactMap { $0 }.joined(separator: "\n")),
                name: TurkishCasing.folded(p.name))
        }
        folded = made
        return made
    }
}
