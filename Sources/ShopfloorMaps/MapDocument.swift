/// A map ready to be encoded: nodes, edges and nested clusters with their styles, and no Graphviz in sight.
///
/// Projections (``PlantMap``, ``DistrictMap``, ``CellChart``) build documents from the organizing graph;
/// ``DOTEncoder`` turns a document into DOT text. Node ids are synthetic (`n1`, `n2`, …): names and other
/// user text live only in labels, so no user string can ever become DOT syntax.
public struct MapDocument: Sendable, Hashable {
    /// Which way ranks run in hierarchical layouts.
    public enum Direction: String, Sendable, Hashable {
        case topToBottom = "TB", leftToRight = "LR"
    }

    /// The map's title, drawn above it.
    public var title: [String]
    public var direction: Direction
    /// Nodes outside every cluster.
    public var nodes: [MapNode] = []
    public var clusters: [MapCluster] = []
    public var edges: [MapEdge] = []
    /// Space between nodes of one rank and between ranks, in inches.
    public var nodeSeparation = 0.25
    public var rankSeparation = 0.5
    /// Groups of node ids drawn side by side on one rank (a column in left-to-right maps).
    public var sameRank: [[String]] = []
    /// Whether edge labels float beside their edges (`xlabel`) instead of taking a rank of their own. A
    /// labelled edge makes `dot` double every rank, and every rank a cluster spans, or an edge into a cluster
    /// crosses, costs memory Graphviz 2.42 never frees.
    public var floatingEdgeLabels = false
    /// Whether `dot` keeps the order of ``sameRank`` groups chained by spacer edges (`remincross=false`: no
    /// last crossing-minimization pass over the whole graph, which reorders nodes inside clusters).
    public var keepsOrderWithinRanks = false
    /// The sheet the drawing is scaled to fill (A4, A3); nil keeps Graphviz's natural size.
    public var paper: Paper?
    /// Whether an `a4`/`a3` sheet is turned on its side; nil leaves it to the map's direction. Set from the
    /// drawing's natural size (``Paper/landscape(naturalWidth:naturalHeight:)``): a wide chart goes landscape.
    public var paperLandscape: Bool?
    /// The title's type size in points, and the blank border around the drawing in inches (a page of a map
    /// split over pages takes a smaller title and border, leaving the sheet to the map).
    public var titleFontSize = 20.0
    public var padding = 0.3
    /// A legend drawn in the title's band, under its lines, rather than as a node of the drawing (a page of a
    /// map split over pages: a wide, low legend across the top leaves the sheet's height to the map).
    public var titleLegend: MapNode?

    public init(title: [String], direction: Direction) {
        self.title = title
        self.direction = direction
    }

    /// Every node, in clusters or not, depth first in document order.
    public var allNodes: [MapNode] {
        nodes + clusters.flatMap(\.allNodes)
    }

    /// The nodes a reader sees (all but invisible spacers).
    public var visibleNodes: [MapNode] { allNodes.filter { !$0.invisible } }

    /// Above this many visible nodes a map is laid out by force (sfdp) rather than in ranks (dot).
    public static let rankedLayoutLimit = 300

    /// Whether the map is too large for a ranked layout (see ``rankedLayoutLimit``).
    public var prefersForceLayout: Bool { visibleNodes.count > Self.rankedLayoutLimit }
}

/// A group of nodes drawn inside one box (a shop, a district, the plant's fence).
public struct MapCluster: Sendable, Hashable {
    /// A synthetic id, unique within the document.
    public var id: String
    public var label: [String]
    public var fill: MapColor?
    public var border: MapColor = MapPalette.frame
    public var penWidth = 1.0
    public var dashed = false
    public var fontSize = 12.0
    public var nodes: [MapNode] = []
    public var clusters: [MapCluster] = []

    public init(id: String, label: [String], fill: MapColor? = nil) {
        self.id = id
        self.label = label
        self.fill = fill
    }

    /// Every node of this cluster and its sub-clusters.
    public var allNodes: [MapNode] { nodes + clusters.flatMap(\.allNodes) }
}

/// One node: a shape with a text label, or a table whose rows can be edge endpoints (ports).
public struct MapNode: Sendable, Hashable {
    /// The shapes the maps use.
    public enum Shape: String, Sendable, Hashable {
        case box, ellipse, house, invhouse, octagon, note, plaintext = "plain", circle
    }

    public var id: String
    public var label: MapLabel
    public var shape: Shape = .box
    public var fill: MapColor?
    public var border: MapColor = MapPalette.nodeBorder
    public var fontColor: MapColor = MapPalette.ink
    public var fontSize = 11.0
    public var penWidth = 1.0
    /// Number of outlines (2 draws a double border).
    public var peripheries = 1
    public var dashed = false
    public var rounded = false
    /// Minimum size in inches.
    public var width: Double?
    public var height: Double?
    /// An invisible point that only holds a place (e.g. keeps two tables of one rank apart).
    public var invisible = false

    public init(id: String, label: MapLabel, shape: Shape = .box, fill: MapColor? = nil) {
        self.id = id
        self.label = label
        self.shape = shape
        self.fill = fill
    }
}

/// A node's label: lines of text, or a table.
public enum MapLabel: Sendable, Hashable {
    case text([String])
    case table(MapTable)
}

/// A table label: rows of cells; a cell with a port can be the end of an edge.
public struct MapTable: Sendable, Hashable {
    /// One cell of a table.
    public struct Cell: Sendable, Hashable {
        public var text: [String]
        public var port: String?
        public var fill: MapColor?
        public var fontColor: MapColor?
        public var bold = false
        public var italic = false
        public var fontSize: Double?
        public var columnSpan = 1
        /// The cell's minimum width in points (e.g. legend swatches of one width).
        public var minimumWidth: Int?
        /// The cell's minimum height in points.
        public var minimumHeight: Int?
        public var alignLeft = false
        /// Content at the top of the cell (for columns of different lengths).
        public var alignTop = false
        /// A table drawn inside the cell instead of its text (at most one).
        public var nested: [MapTable] = []
        /// What a pointer resting on the cell shows (an SVG tooltip); nil shows nothing.
        public var tooltip: String?
        /// The fragment the cell links to in SVG output (`#person:K7QM`, `#workplace:korfez-motor`), so that a
        /// page can tell what was clicked; nil gives no link.
        public var anchor: String?

        public init(_ text: [String], port: String? = nil, fill: MapColor? = nil, fontColor: MapColor? = nil) {
            self.text = text
            self.port = port
            self.fill = fill
            self.fontColor = fontColor
        }
    }

    /// How a table looks when it is not the plain grid of thin cell borders the maps use by default: a box
    /// with its own outline, fill and spacing (e.g. a workplace box inside a district's table).
    public struct Frame: Sendable, Hashable {
        public var border: Int
        public var color: MapColor
        public var fill: MapColor?
        public var rounded = false
        public var dashed = false
        /// The outline of every cell (0: none).
        public var cellBorder = 0
        /// The gap between cells, in points.
        public var cellSpacing = 0
        public var cellPadding = 4

        public init(border: Int, color: MapColor, fill: MapColor? = nil) {
            self.border = border
            self.color = color
            self.fill = fill
        }
    }

    public var rows: [[Cell]]
    /// The table's outline width; cells get thin borders.
    public var border = 1
    /// The table's own look; nil for the default grid.
    public var frame: Frame?

    public init(rows: [[Cell]]) { self.rows = rows }
}

/// An edge between two nodes (or ports of table nodes).
public struct MapEdge: Sendable, Hashable {
    /// The size of edge labels, in points.
    public static let labelFontSize = 9.0

    /// How an edge's line is drawn.
    public enum Line: String, Sendable, Hashable {
        case solid, dashed, dotted, bold, invisible = "invis"
    }

    public var from: String
    public var fromPort: String?
    public var to: String
    public var toPort: String?
    /// The side a port is entered from (`w`, `e`, `n`, `s`), so edges meet table rows at their edge.
    public var fromSide: String?
    public var toSide: String?
    public var label: [String] = []
    public var color: MapColor = MapPalette.line
    /// Further colours drawn as parallel lines beside ``color`` (one edge standing for several paths).
    public var parallelColors: [MapColor] = []
    public var fontColor: MapColor?
    public var penWidth = 1.0
    public var line: Line = .solid
    public var arrow = true
    /// Whether the edge takes part in ranking (false: drawn but does not move nodes).
    public var constraint = true
    /// Whether `from` and `to` are swapped for Graphviz and the arrow drawn at the tail (`dir=back`): the same
    /// picture, an edge the layout sees the other way round.
    public var drawnBackward = false
    public var weight: Int?
    public var minimumLength: Int?

    public init(from: String, fromPort: String? = nil, to: String, toPort: String? = nil) {
        self.from = from
        self.fromPort = fromPort
        self.to = to
        self.toPort = toPort
    }

    /// An invisible edge that only orders nodes.
    public static func spacer(_ from: String, _ to: String, weight: Int? = nil) -> MapEdge {
        var edge = MapEdge(from: from, to: to)
        edge.line = .invisible
        edge.arrow = false
        edge.weight = weight
        return edge
    }
}

extension MapEdge {
    /// The same edge written head to tail, drawn with its arrow (if any) at the tail: what Graphviz lays out
    /// turns around, what the reader sees does not.
    public func turnedAround() -> MapEdge {
        var edge = self
        (edge.from, edge.fromPort, edge.fromSide) = (to, toPort, toSide)
        (edge.to, edge.toPort, edge.toSide) = (from, fromPort, fromSide)
        edge.drawnBackward.toggle()
        return edge
    }
}

extension MapDocument {
    /// Puts `ids` on one rank, with an invisible point (ids from `spacers`, one more than `ids`) before each and
    /// after the last, chained in order by invisible edges (`reversed`: last to first), and returns the points
    /// for the caller to place with the nodes.
    ///
    /// Graphviz 2.42 lays out an edge with ports between two *adjacent* nodes of a rank by a nested `dot` run
    /// that re-reads both labels and never frees them ("Arrow type … unknown"); the points keep every two
    /// nodes of the rank apart, and the chain keeps their order.
    public mutating func addRank(_ ids: [String], spacers: [String], reversed: Bool = false) -> [MapNode] {
        precondition(spacers.count == ids.count + 1, "addRank needs one spacer more than ids (\(spacers.count) for \(ids.count))")
        guard !ids.isEmpty else { return [] }
        var rank: [String] = []
        for (spacer, id) in zip(spacers, ids) { rank += [spacer, id] }
        rank.append(spacers[ids.count])
        sameRank.append(rank)
        let chain = reversed ? Array(rank.reversed()) : rank
        for (tail, head) in zip(chain, chain.dropFirst()) { edges.append(.spacer(tail, head)) }
        return spacers.map { MapNode.spacer(id: $0) }
    }
}

extension MapNode {
    /// An invisible point that only holds a place.
    public static func spacer(id: String) -> MapNode {
        var node = MapNode(id: id, label: .text([]))
        node.invisible = true
        return node
    }
}

extension MapDocument {
    /// Changes the node with the given id, wherever it sits; returns whether it was found.
    @discardableResult
    public mutating func updateNode(_ id: String, _ change: (inout MapNode) -> Void) -> Bool {
        if let i = nodes.firstIndex(where: { $0.id == id }) {
            change(&nodes[i])
            return true
        }
        for i in clusters.indices where clusters[i].updateNode(id, change) { return true }
        return false
    }
}

extension MapCluster {
    /// Changes the node with the given id in this cluster or its sub-clusters.
    mutating func updateNode(_ id: String, _ change: (inout MapNode) -> Void) -> Bool {
        if let i = nodes.firstIndex(where: { $0.id == id }) {
            change(&nodes[i])
            return true
        }
        for i in clusters.indices where clusters[i].updateNode(id, change) { return true }
        return false
    }
}

extension MapNode {
    /// Adds a line to the table cell with the given port (or to the first row when nil); a text node gets the
    /// line under its own (once).
    public mutating func annotate(port: String?, line: String) {
        switch label {
        case .text(let lines):
            if !lines.contains(line) { label = .text(lines + [line]) }
        case .table(var table):
            if table.annotate(port: port, line: line) { label = .table(table) }
        }
    }
}

extension MapTable {
    /// Adds a line to the cell with the port (or the first cell when nil), searching nested tables too.
    mutating func annotate(port: String?, line: String) -> Bool {
        for r in rows.indices {
            for c in rows[r].indices {
                if port == nil ? (r == 0 && c == 0) : rows[r][c].port == port {
                    rows[r][c].text.append(line)
                    return true
                }
                for n in rows[r][c].nested.indices where rows[r][c].nested[n].annotate(port: port, line: line) {
                    return true
                }
            }
        }
        return false
    }
}
