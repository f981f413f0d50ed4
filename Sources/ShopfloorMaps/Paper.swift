/// A sheet a map is printed on: the drawing is scaled to fill it (margins kept). `a4` and `a3` take the
/// orientation that suits the map (landscape for maps that run left to right, portrait for those that run top
/// to bottom); `a4-landscape` and `a3-landscape` are always on their side.
///
/// Shared by the command line's maps and the workbench's downloads, so both print the same.
public enum Paper: String, CaseIterable, Sendable, Hashable, Codable {
    case a4, a3
    case a4Landscape = "a4-landscape"
    case a3Landscape = "a3-landscape"

    /// The sheets offered where the orientation is left to the map (the workbench's downloads).
    public static let sheets: [Paper] = [.a4, .a3]

    /// The smallest text a printed map may have, in points: below this a meeting cannot read it.
    public static let smallestReadableText = 7.0

    /// Width and height of the sheet in inches, portrait.
    public var inches: (width: Double, height: Double) {
        switch self {
        case .a4, .a4Landscape: (8.27, 11.69)
        case .a3, .a3Landscape: (11.69, 16.54)
        }
    }

    /// The margin left on each side, in inches.
    public static let margin = 0.4

    /// Whether the sheet is always on its side.
    public var isLandscape: Bool { self == .a4Landscape || self == .a3Landscape }

    /// The drawing area in inches: landscape for the landscape sheets, else as `landscape` says, else for
    /// left-to-right maps.
    public func drawingArea(for direction: MapDocument.Direction, landscape: Bool? = nil) -> (width: Double, height: Double) {
        let (w, h) = inches
        let turned = isLandscape || (landscape ?? (direction == .leftToRight))
        let (width, height) = turned ? (h, w) : (w, h)
        return (width - 2 * Self.margin, height - 2 * Self.margin)
    }

    /// Whether a drawing of the given natural size (in points) is printed on its side: always on a landscape
    /// sheet; on `a4`/`a3` when that prints it larger (a wide drawing).
    public func landscape(naturalWidth: Double, naturalHeight: Double) -> Bool {
        isLandscape || naturalWidth > naturalHeight
    }

    /// The factor a drawing of the given natural size (in points) is scaled by to fill the drawing area, as
    /// Graphviz's `size="W,H!"` scales it: up or down until one side fills the area, turned as
    /// ``landscape(naturalWidth:naturalHeight:)`` says.
    public func scale(naturalWidth: Double, naturalHeight: Double, direction: MapDocument.Direction) -> Double {
        guard naturalWidth > 0, naturalHeight > 0 else { return 1 }
        let area = drawingArea(for: direction, landscape: landscape(naturalWidth: naturalWidth, naturalHeight: naturalHeight))
        return min(area.width * 72 / naturalWidth, area.height * 72 / naturalHeight)
    }
}

extension MapDocument {
    /// The smallest text the document draws, in points, before any scaling: table cells, node labels, edge
    /// labels, cluster labels and the title.
    public var smallestFontSize: Double {
        var sizes = [titleFontSize]
        func visit(_ table: MapTable, inherited: Double) {
            for row in table.rows {
                for cell in row {
                    if !cell.text.isEmpty { sizes.append(cell.fontSize ?? inherited) }
                    for nested in cell.nested { visit(nested, inherited: cell.fontSize ?? inherited) }
                }
            }
        }
        for node in allNodes + [titleLegend].compactMap({ $0 }) where !node.invisible {
            switch node.label {
            case .text(let lines): if !lines.isEmpty { sizes.append(node.fontSize) }
            case .table(let table): visit(table, inherited: node.fontSize)
            }
        }
        func clusters(_ list: [MapCluster]) {
            for cluster in list {
                if !cluster.label.isEmpty { sizes.append(cluster.fontSize) }
                clusters(cluster.clusters)
            }
        }
        clusters(self.clusters)
        if edges.contains(where: { !$0.label.isEmpty }) { sizes.append(MapEdge.labelFontSize) }
        return sizes.min() ?? 11
    }
}
