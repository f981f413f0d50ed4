import ShopfloorModel
import ShopfloorText

/// A colour of the palette as red, green and blue. Only ``MapPalette`` (this file) makes colours, so every
/// colour the package writes — on a map, in the HTML report's CSS and charts, as GraphML `r`, `g`, `b` — is one of
/// the palette's, and none can be malformed.
public struct MapColor: Sendable, Hashable {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    fileprivate init(_ rgb: UInt32) {
        precondition(rgb <= 0xFF_FFFF, "a palette colour is 0xRRGGBB")
        red = UInt8(rgb >> 16 & 0xFF)
        green = UInt8(rgb >> 8 & 0xFF)
        blue = UInt8(rgb & 0xFF)
    }

    fileprivate init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, lower case (DOT, SVG, CSS).
    public var hex: String { "#" + [red, green, blue].map(Self.twoDigits).joined() }

    /// The shortest CSS form: `#fff` where each pair of digits doubles one, else ``hex``.
    public var css: String {
        let parts = [red, green, blue]
        guard parts.allSatisfy({ $0 % 17 == 0 }) else { return hex }
        return "#" + parts.map { String($0 / 17, radix: 16) }.joined()
    }

    private static func twoDigits(_ value: UInt8) -> String {
        let digits = String(value, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}

/// The package's one palette: the colours and marks of every map (so a legend means the same on each), of the
/// HTML report's stylesheet and charts, and of the GraphML export.
public enum MapPalette {
    // Neutrals.

    /// White: text on dark fills, the plain table's background.
    public static let white = MapColor(0xffffff)
    /// The ink of map text.
    public static let ink = MapColor(0x111111)
    /// The outline of a node.
    public static let nodeBorder = MapColor(0x333333)
    /// Edges, the plain table's border, quiet text.
    public static let line = MapColor(0x555555)
    /// The frame of a cluster and of a district map's group.
    public static let frame = MapColor(0x888888)
    /// The title row of a legend.
    public static let legendHeader = MapColor(0xeeeeee)

    // The organization's reds and the street cells' orange.

    /// Party members (their fill), a workplace cell's outline on the plant map, a street cell's lines to its
    /// members.
    public static let memberRed = MapColor(0xc0392b)
    /// Cells: a cell's outline on the district map, the cell chart's committee, attachments, cell-rule marks.
    public static let cellRed = MapColor(0x922b21)
    /// Street cells and what they reach; a forming cell's outline.
    public static let streetOrange = MapColor(0xe67e22)
    /// Labels on ``streetOrange`` lines.
    public static let streetOrangeText = MapColor(0xaf601a)

    /// The fill of a person by affiliation.
    public static func fill(_ affiliation: Affiliation) -> MapColor {
        switch affiliation {
        case .member: memberRed
        case .sympathizer: MapColor(0xf5b7b1)
        case .nonParty: MapColor(0xfcf3cf)
        case .reformistUnion: MapColor(0xaed6f1)
        case .socialDemocrat: MapColor(0xd7bde2)
        case .fascist: MapColor(0x8d6e63)
        case .informer: MapColor(0x212121)
        }
    }

    /// Text colour readable on ``fill(_:)``.
    public static func text(_ affiliation: Affiliation) -> MapColor {
        switch affiliation {
        case .member, .fascist, .informer: white
        default: ink
        }
    }

    /// Fill for management-side people (manager, HR, security) who are not informers.
    public static let management: MapColor = .init(0x4a4a4a)

    /// The fill of a person: management-side people (not informers) in ``management``, others by affiliation.
    public static func fill(_ person: Person) -> MapColor {
        person.affiliation != .informer && person.role.isManagementSide ? management : fill(person.affiliation)
    }

    // The plant map.

    /// The fill inside the plant's fence, and the fence.
    public static let fenceFill = MapColor(0xfbfbfb)
    public static let fence = MapColor(0x2c3e50)
    /// A shop's header row, and the header of a shop × shift segment.
    public static let shopHeader = MapColor(0xaab7b8)
    public static let segmentHeader = MapColor(0xd5d8dc)
    /// The header of the table of contacts outside the plant.
    public static let outsideHeader = MapColor(0xe5e8e8)
    /// A tie's label inside the plant; a tie to a contact outside it, and its label.
    public static let tieText = MapColor(0x7f8c8d)
    public static let outsideTie = MapColor(0x7f8c8d)
    public static let outsideTieText = MapColor(0x566573)
    /// The outline of a gate, and of any other place on a plan.
    public static let gateBorder = MapColor(0x1b4f72)
    public static let placeBorder = MapColor(0x117a65)

    // The district map and the cell chart.

    /// The fill of a district map's group of workplaces.
    public static let groupFill = MapColor(0xf8f9f9)

    /// The outline of a workplace box on the district map by its cell status (grey dashed, orange, red; the
    /// committee's is doubled).
    public static func outline(_ status: CellStatus) -> MapColor {
        switch status {
        case .none: MapColor(0x999999)
        case .forming: streetOrange
        case .cell, .cellWithCommittee: cellRed
        }
    }

    /// The cell chart's clusters of workplace cells and of street cells.
    public static let workplaceCluster = MapColor(0xfdedec)
    public static let streetCluster = MapColor(0xfef5e7)
    /// A cell's header in the cell chart (a street cell's also on the plant map).
    public static let workplaceCellHeader = MapColor(0xe6b0aa)
    public static let streetCellHeader = MapColor(0xf5cba7)
    /// A committee member's row in the cell chart.
    public static let committeeRow = MapColor(0xf5b7b1)
    /// Members in no cell: their table's header and their line to the committee.
    public static let looseHeader = MapColor(0xf9e79f)
    public static let looseLine = MapColor(0xb7950b)

    /// The fill of a workplace cell's node (plant map).
    public static let workplaceCell: MapColor = .init(0xfadbd8)
    /// The fill of a street cell's node (district map).
    public static let streetCell: MapColor = .init(0xfdebd0)
    /// The fill of a gate (plant map).
    public static let gate: MapColor = .init(0xd6eaf8)
    /// The fill of any other place on a plan: a neighbourhood, a pub or tea house, a stop.
    public static let place: MapColor = .init(0xe8f8f5)
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
    /// The colour of ``listeningMark`` in the legend.
    public static let listening = MapColor(0xa93226)

    /// Colours of planned paths, one per path, cycling.
    public static let paths: [MapColor] = [0x1f4e9c, 0x1e8449, 0x7d3c98, 0xb9770e, 0x117a65, 0xa93226].map(MapColor.init)

    /// The lighter shade an alternative route of a path is drawn in: the path's colour half-way to white.
    public static func alternative(_ color: MapColor) -> MapColor {
        func halfway(_ value: UInt8) -> UInt8 { value + (255 - value) / 2 }
        return MapColor(red: halfway(color.red), green: halfway(color.green), blue: halfway(color.blue))
    }

    /// In-plant ties between two people drawn: a thin grey line.
    public static let tie: MapColor = .init(0x95a5a6)

    /// Penetration buckets (members per ten workers, the report's "per 10"): a value falls in the first bucket
    /// it is below (the last: one in ten or more, the rule of thumb met), its fill and label.
    public static var penetration: [(below: Double, fill: MapColor, label: String)] { [
        (0.005, white, Text.string("map.penetration.none")),
        (0.25, MapColor(0xfde0dd), Text.string("map.penetration.under025")),
        (0.5, MapColor(0xfa9fb5), Text.string("map.penetration.025to05")),
        (1, MapColor(0xf768a1), Text.string("map.penetration.05to1")),
        (.infinity, MapColor(0xae017e), Text.string("map.penetration.oneInTen")),
    ] }

    /// The fill for a penetration value.
    public static func penetrationFill(_ value: Double) -> (fill: MapColor, text: MapColor) {
        let bucket = penetration.firstIndex { value < $0.below } ?? penetration.count - 1
        return (penetration[bucket].fill, bucket >= 3 ? white : ink)
    }

    /// The HTML report's page: its stylesheet and inline charts.
    public enum Page {
        /// Text and rules.
        public static let ink = MapColor(0x1f2428)
        /// Secondary text.
        public static let muted = MapColor(0x5d6670)
        /// Thin rules between rows and around cards.
        public static let line = MapColor(0xd8dde2)
        /// The mark of a finding; the second bar of a comparison.
        public static let accent = MapColor(0x9b2226)
        /// Behind the sheet on screen; the empty part of a comparison's bar.
        public static let background = MapColor(0xeceff2)
        /// The sheet, and text on a status badge.
        public static let sheet = MapPalette.white
        /// Behind a finding.
        public static let finding = MapColor(0xfbf6f4)
        /// A table's header row, and every other body row.
        public static let tableHead = MapColor(0xeef0f3)
        public static let zebra = MapColor(0xf8f9fa)
        /// The empty part of a bar in the members-per-ten chart.
        public static let track = MapColor(0xf0f2f4)
        /// Text on the light ``status(_:)`` badges (none, forming).
        public static let onLightStatus = MapColor(0x1f2428)
        /// A figure that meets its mark (green: it is no cell status).
        public static let good = MapColor(0x2e6b30)
        /// A cell with its committee in the chart and on badges: the cell's red, darker (the district map
        /// doubles the outline instead).
        public static let committee = MapColor(0x641e16)

        /// A cell status's badge and bar, in the district map's colours so that a colour means the same in the
        /// report and on the map: grey none, orange forming, red cell, dark red cell with committee.
        public static func status(_ status: CellStatus) -> MapColor {
            switch status {
            case .none, .forming, .cell: MapPalette.outline(status)
            case .cellWithCommittee: committee
            }
        }
    }
}
