import ShopfloorModel
import ShopfloorText

/// The colours and marks every map uses, so a legend means the same on each.
public enum MapPalette {
    /// The fill of a person by affiliation.
    public static func fill(_ affiliation: Affiliation) -> MapColor {
        switch affiliation {
        case .member: "#c0392b"
        case .sympathizer: "#f5b7b1"
        case .nonParty: "#fcf3cf"
        case .reformistUnion: "#aed6f1"
        case .socialDemocrat: "#d7bde2"
        case .fascist: "#8d6e63"
        case .informer: "#212121"
        }
    }

    /// Text colour readable on ``fill(_:)``.
    public static func text(_ affiliation: Affiliation) -> MapColor {
        switch affiliation {
        case .member, .fascist, .informer: "#ffffff"
        default: "#111111"
        }
    }

    /// Fill for management-side people (manager, HR, security) who are not informers.
    public static let management: MapColor = "#4a4a4a"

    /// The fill of a person: management-side people (not informers) in ``management``, others by affiliation.
    public static func fill(_ person: Person) -> MapColor {
        person.affiliation != .informer && person.role.isManagementSide ? management : fill(person.affiliation)
    }

    /// The fill of a workplace cell's node (plant map).
    public static let workplaceCell: MapColor = "#fadbd8"
    /// The fill of a street cell's node (district map).
    public static let streetCell: MapColor = "#fdebd0"
    /// The fill of a gate (plant map).
    public static let gate: MapColor = "#d6eaf8"
    /// The fill of any other place on a plan: a neighbourhood, a pub or tea house, a stop.
    public static let place: MapColor = "#e8f8f5"
    /// The mark for an assessment 0–5.
    public static func mark(_ assessment: Assessment) -> String {
        ["·", "★", "+", "~", "−", "✖"][assessment.rawValue]
    }

    /// The mark for danger (informers, management side).
    public static let danger = "⚠"
    /// The mark for a member of a workplace cell, and for a committee member.
    public static let cellMark = "◆"
    public static let committeeMark = "◆◆"

    /// The mark of a person's influence among their coworkers (``WorkplaceInfluence`` share 0…1): `●●●` from
    /// 0.75, `●●` from 0.4, `●` above 0, nothing for a worker with no tie to a coworker.
    public static func influenceMark(_ share: Double) -> String {
        share >= 0.75 ? "●●●" : share >= 0.4 ? "●●" : share > 0 ? "●" : ""
    }

    /// The mark of a person tied to a suspected informer or to management (who is listening).
    public static let listeningMark = "⚑"

    /// Colours of planned paths, one per path, cycling.
    public static let paths: [MapColor] = ["#1f4e9c", "#1e8449", "#7d3c98", "#b9770e", "#117a65", "#a93226"]

    /// The lighter shade an alternative route of a path is drawn in: the path's colour half-way to white.
    public static func alternative(_ color: MapColor) -> MapColor {
        let hex = color.safeHex.dropFirst()
        var out = "#"
        for i in stride(from: 0, to: 6, by: 2) {
            let start = hex.index(hex.startIndex, offsetBy: i)
            let value = Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 128
            let digits = String(value + (255 - value) / 2, radix: 16)
            out += digits.count == 1 ? "0" + digits : digits
        }
        return MapColor(out)
    }

    /// In-plant ties between two people drawn: a thin grey line.
    public static let tie: MapColor = "#95a5a6"

    /// Penetration buckets (members and sympathizers per hundred workers): upper bound, fill, label.
    public static var penetration: [(upTo: Double, fill: MapColor, label: String)] { [
        (0, "#ffffff", Text.string("map.penetration.zero")),
        (1, "#fde0dd", Text.string("map.penetration.under1")),
        (3, "#fa9fb5", Text.string("map.penetration.1to3")),
        (10, "#f768a1", Text.string("map.penetration.3to10")),
        (.infinity, "#ae017e", Text.string("map.penetration.10plus")),
    ] }

    /// The fill for a penetration value.
    public static func penetrationFill(_ value: Double) -> (fill: MapColor, text: MapColor) {
        let bucket = penetration.firstIndex { value <= $0.upTo } ?? penetration.count - 1
        return (penetration[bucket].fill, bucket >= 3 ? "#ffffff" : "#111111")
    }
}
