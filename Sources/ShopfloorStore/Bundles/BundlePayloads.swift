import Foundation
import ShopfloorModel

/// What a committee sends one cell (inside the encrypted bundle).
struct CellBundle: Codable {
    /// The committee workspace's id: the cell's bundles back must go to the same workspace.
    var committee: String
    var cell: String
    /// The committee's change number when the bundle was made: later bundles have larger ones.
    var serial: Int
    var made: String
    var namesRevealed: Bool
    /// The cell's part, as a JSON graph file.
    var graph: String
}

/// What a cell sends back to its committee: what it recorded since its bundle.
struct CellReport: Codable {
    var committee: String
    var cell: String
    /// The serial of the bundle the cell's workspace was made from.
    var basedOn: Int
    /// The cell's change number when the report was made: a later report has a larger one.
    var serial: Int
    var made: String
    /// People the cell met who were not in its bundle (their ids are the cell's own).
    var newPeople: [Person]
    /// Fields of people the cell changed: the value in the bundle and the cell's value now.
    var changes: [FieldChange]
    /// Ties found or re-weighed, with the strength in the bundle (nil for a new tie).
    var ties: [TieChange]
    /// Contacts logged since the bundle.
    var contacts: [Contact]
    /// Places the cell added (a tea house its members found, say): the places its new people, contacts and
    /// changed fields may name. Absent from reports made before places travelled back.
    var newPlaces: [Place]?
}

/// One field of one person, as the bundle had it and as the cell has it now.
struct FieldChange: Codable, Hashable {
    var person: String
    var field: String
    var base: String
    var value: String
}

/// A tie the cell added or whose strength it changed.
struct TieChange: Codable, Hashable {
    var tie: Tie
    var baseStrength: Int?
}

/// The fields of a person a cell's report carries, as text.
enum PersonFields {
    static let names = ["name", "workplace", "shop", "shift", "home", "role", "affiliation", "assessment", "union", "notes", "tags"]

    static func value(_ field: String, of p: Person) -> String {
        switch field {
        case "name": return p.name
        case "workplace": return p.workplace?.rawValue ?? ""
        case "shop": return p.shop?.rawValue ?? ""
        case "shift": return p.shift?.rawValue ?? ""
        case "home": return p.home?.rawValue ?? ""
        case "role": return p.role.rawValue
        case "affiliation": return p.affiliation.rawValue
        case "assessment": return "\(p.assessment.rawValue)"
        case "union": return p.unionMember ? "yes" : "no"
        case "notes": return p.notes ?? ""
        case "tags": return p.tags.joined(separator: ",")
        default: return ""
        }
    }

    /// Sets a field from its text; false when the text is not a valid value.
    static func set(_ field: String, to value: String, on p: inout Person) -> Bool {
        switch field {
        case "name": p.name = value
        case "workplace": p.workplace = value.isEmpty ? nil : .init(value)
        case "shop": p.shop = value.isEmpty ? nil : .init(value)
        case "shift": p.shift = value.isEmpty ? nil : .init(value)
        case "home": p.home = value.isEmpty ? nil : .init(value)
        case "role":
            guard let role = Role(rawValue: value) else { return false }
            p.role = role
        case "affiliation":
            guard let affiliation = Affiliation(rawValue: value) else { return false }
            p.affiliation = affiliation
        case "assessment":
            guard let number = Int(value), let assessment = Assessment(rawValue: number) else { return false }
            p.assessment = assessment
        case "union": p.unionMember = value == "yes"
        case "notes": p.notes = value.isEmpty ? nil : value
        case "tags": p.tags = value.isEmpty ? [] : value.split(separator: ",").map(String.init)
        default: return false
        }
        return true
    }

    /// The fields that differ between two versions of a person.
    static func changes(from old: Person, to new: Person) -> [FieldChange] {
        names.compactMap { field in
            let (a, b) = (value(field, of: old), value(field, of: new))
            return a == b ? nil : FieldChange(person: new.id.rawValue, field: field, base: a, value: b)
        }
    }
}
