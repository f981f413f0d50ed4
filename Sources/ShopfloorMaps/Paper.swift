/// A sheet a map is printed on: the drawing is scaled to fill it (margins kept), in the orientation that
/// suits the map (landscape for maps that run left to right, portrait for those that run top to bottom).
///
/// Shared by the command line's maps and the workbench's downloads, so both print the same.
public enum Paper: String, CaseIterable, Sendable, Hashable, Codable {
    case a4, a3

    /// Width and height of the sheet in inches, portrait.
    public var inches: (width: Double, height: Double) {
        switch self {
        case .a4: (8.27, 11.69)
        case .a3: (11.69, 16.54)
        }
    }

    /// The margin left on each side, in inches.
    public static let margin = 0.4

    /// The drawing area in inches for a map of this direction: landscape for left-to-right maps.
    public func drawingArea(for direction: MapDocument.Direction) -> (width: Double, height: Double) {
        let (w, h) = inches
        let (width, height) = direction == .leftToRight ? (h, w) : (w, h)
        return (width - 2 * Self.margin, height - 2 * Self.margin)
    }
}
