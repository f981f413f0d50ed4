/// A broken invariant of the organizing graph: a duplicate id, a reference to nothing, a value out of range.
///
/// Violations name the record (its collection, position and id) and the field, so that a loader can point
/// at the line in the file and a workspace at the row.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// The collections of an organizing graph, as named in graph files.
    public enum Collection: String, Sendable, Hashable {
        case workplaces, shops, shifts, places, people, cells, ties, contacts
    }

    /// Which collection the record is in.
    public var collection: Collection
    /// The record's position in its collection (for shops and shifts: in its workplace's list).
    public var index: Int
    /// For shops and shifts, the position of their workplace.
    public var parentIndex: Int?
    /// The record's id, when it has one.
    public var id: String?
    /// The field at fault.
    public var field: String
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// For a reference to nothing: the id that was referenced.
    public var missing: String?

    public init(
        _ collection: Collection, index: Int, parentIndex: Int? = nil, id: String?, field: String,
        message: String, missing: String? = nil, hint: String? = nil
    ) {
        self.missing = missing
        self.collection = collection
        self.index = index
        self.parentIndex = parentIndex
        self.id = id
        self.field = field
        // Values echoed from a file or a database never carry control characters to a terminal.
        self.message = message.echoed()
        self.hint = hint?.echoed()
    }

    public var description: String {
        var text = "\(collection.rawValue)"
        if let id { text += " '\(id.echoed())'" } else { text += " #\(index + 1)" }
        text += ", field '\(field)': \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
