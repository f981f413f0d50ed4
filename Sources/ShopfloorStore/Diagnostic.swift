import ShopfloorModel
import ShopfloorText

/// One problem found in a file a user gave: where it is, which record and field, what is wrong, what to do.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The sheet of a workbook (`.xlsx`, `.ods`) the problem is on; nil for other files.
    public var sheet: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in characters), when known.
    public var column: Int?
    /// The field at fault (`people[3].shop` reads as field `shop` of the record with `id`).
    public var field: String?
    /// The record's id, when it has one.
    public var id: String?
    public var message: String
    public var hint: String?

    public init(
        file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, id: String? = nil,
        message: String, hint: String? = nil
    ) {
        // Every text may echo a value of the file (a name, a word, an id as written): control characters in
        // it are shown as escapes, never sent to the terminal.
        self.file = file.echoed()
        self.sheet = sheet?.echoed()
        self.line = line
        self.column = column
        self.field = field?.echoed()
        self.id = id?.echoed()
        self.message = message.echoed()
        self.hint = hint?.echoed()
    }

    /// `file:line:column: <id>, field '<field>': message (hint: …)`, the shape compilers use; a workbook's
    /// problems read `book.xlsx:Sheet:row:column`.
    public var description: String {
        var location = file
        if let sheet { location += ":\(sheet)" }
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        var subject: [String] = []
        if let id { subject.append("'\(id)'") }
        if let field { subject.append(Text.string("diagnostic.field", ["field": "\(field)"])) }
        var text = location + ": "
        if !subject.isEmpty { text += subject.joined(separator: ", ") + ": " }
        text += message
        if let hint { text += "\n    " + Text.string("cli.hint", ["hint": "\(hint)"]) }
        return text
    }
}
