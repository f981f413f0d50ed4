import ShopfloorModel
import ShopfloorText

/// What a list shows: a search text, filters and an order. Every field is optional; an empty query lists all.
public struct DirectoryQuery: Sendable, Hashable {
    /// Words that must all appear in a record's id, alias (or name, when revealed), shop, shift or workplace.
    public var text: String?
    public var affiliation: Affiliation?
    public var assessment: Assessment?
    public var workplace: Workplace.ID?
    public var shop: Shop.ID?
    public var shift: Shift.ID?
    public var cell: Cell.ID?
    /// A column of the list's rows (`id`, `alias`, `assessment`, `last-contact`, `headcount`, …); default `id`.
    public var sort: String?
    public var descending: Bool
    /// At most this many rows (after sorting).
    public var limit: Int?

    /// Builds a query.
    public init(
        text: String? = nil, affiliation: Affiliation? = nil, assessment: Assessment? = nil,
        workplace: Workplace.ID? = nil, shop: Shop.ID? = nil, shift: Shift.ID? = nil, cell: Cell.ID? = nil,
        sort: String? = nil, descending: Bool = false, limit: Int? = nil
    ) {
        self.text = text
        self.affiliation = affiliation
        self.assessment = assessment
        self.workplace = workplace
        self.shop = shop
        self.shift = shift
        self.cell = cell
        self.sort = sort
        self.descending = descending
        self.limit = limit
    }

    /// The search words, folded to lower case without Turkish letters (`İŞÇİ`, `işçi` and `isci` match alike).
    var words: [String] {
        TurkishCasing.folded(text ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Whether every one of `words` (folded, as ``words`` gives them) appears in one of `fields`.
    static func matches(_ words: [String], _ fields: [String?]) -> Bool {
        guard !words.isEmpty else { return true }
        let haystack = fields.compactMap { $0.map(TurkishCasing.folded) }
        return words.allSatisfy { word in haystack.contains { $0.contains(word) } }
    }

    /// Whether every one of `words` appears in one of `folded` (texts folded already, ``SearchText``).
    static func matches(_ words: [String], folded: String...) -> Bool {
        words.allSatisfy { word in folded.contains { $0.contains(word) } }
    }
}

/// Which kind of record a list or a lookup is about.
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    case workplaces, people, cells, places

    /// Reads `person`, `people`, `workplace`, … (singular or plural), in English or Turkish (`kişiler`,
    /// `işyerleri`, `hücreler`, `yerler`, with or without Turkish letters).
    public init?(word: String) {
        switch TurkishCasing.folded(word) {
        case "workplace", "workplaces", "plant", "plants", "isyeri", "isyerleri", "fabrika", "fabrikalar": self = .workplaces
        case "person", "people", "kisi", "kisiler", "insanlar": self = .people
        case "cell", "cells", "hucre", "hucreler": self = .cells
        case "place", "places", "gate", "gates", "yer", "yerler", "kapi", "kapilar": self = .places
        default: return nil
        }
    }

    /// The kind's word in the process's language (`people`, `kişiler`).
    public var label: String {
        switch self {
        case .workplaces: Text.string("record.workplaces")
        case .people: Text.string("record.people")
        case .cells: Text.string("record.cells")
        case .places: Text.string("record.places")
        }
    }

    /// One record of the kind, in the process's language (`person`, `kişi`).
    public var singular: String {
        switch self {
        case .workplaces: Text.string("record.workplace")
        case .people: Text.string("record.person")
        case .cells: Text.string("record.cell")
        case .places: Text.string("record.place")
        }
    }

    /// The columns a list of this kind can be sorted by.
    public var sortKeys: [String] {
        switch self {
        case .people: ["id", "alias", "name", "workplace", "shop", "shift", "affiliation", "assessment", "ties", "contacts", "last-contact"]
        case .workplaces: ["id", "name", "kind", "sector", "district", "headcount", "mapped", "members"]
        case .cells: ["id", "kind", "workplace", "members", "committee", "last-contact"]
        case .places: ["id", "kind", "name", "workplace", "district"]
        }
    }
}

/// A query that cannot be answered: an unknown sort column.
public struct DirectoryQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sort key as given.
    public var sort: String
    /// The list it was given for.
    public var kind: RecordKind

    public var description: String {
        Text.string("directory.sortUnknown", ["kind": "\(kind.label)", "sort": "\(sort)",
            "keys": "\(kind.sortKeys.map(RecordKind.columnTitle).joined(separator: ", "))"])
    }
}
