import ShopfloorModel
import ShopfloorText

/// The legend table every map carries: a swatch or mark beside each meaning.
public struct MapLegend: Sendable {
    /// One line of the legend.
    public struct Entry: Sendable {
        public var swatch: MapColor?
        public var swatchText: String
        public var swatchTextColor: MapColor?
        public var meaning: String

        public init(swatch: MapColor? = nil, mark: String = "", markColor: MapColor? = nil, _ meaning: String) {
            self.swatch = swatch
            self.swatchText = mark
            self.swatchTextColor = markColor
            self.meaning = meaning
        }
    }

    public var title: String
    public var entries: [Entry]
    /// When set, a meaning longer than this many characters is broken over lines at spaces (a narrow legend for
    /// a page of a map split over pages); nil keeps each meaning on one line.
    public var lineLength: Int?
    /// How many swatch-and-meaning column pairs the entries are dealt into, side by side (a wide, low legend
    /// for the band under a page's title); 1 by default.
    public var columns = 1

    public init(title: String = Text.string("map.legend"), entries: [Entry]) {
        self.title = title
        self.entries = entries
    }

    /// The legend as a table node with the given id: a title over two columns, swatches and meanings.
    ///
    /// Each column is a table of its own, so that Graphviz sees only one-row or one-column tables (see
    /// ``DOTEncoder``); every swatch holds a line of text (a no-break space when it has no mark), so the
    /// rows of both columns have one height and line up.
    public func node(id: String) -> MapNode {
        var header = MapTable.Cell([title])
        header.fill = MapPalette.legendHeader
        var pairs: [MapTable.Cell] = []
        let perColumn = max(1, (entries.count + max(1, columns) - 1) / max(1, columns))
        for start in stride(from: 0, to: entries.count, by: perColumn) {
            var swatches: [[MapTable.Cell]] = []
            var meanings: [[MapTable.Cell]] = []
            for entry in entries[start..<min(start + perColumn, entries.count)] {
                let lines = lineLength.map { Self.broken(entry.meaning, at: $0) } ?? [entry.meaning]
                // The swatch has as many lines as its meaning, so that the two columns' rows stay one height.
                var swatch = MapTable.Cell([entry.swatchText.isEmpty ? "\u{00A0}" : entry.swatchText]
                    + Array(repeating: "\u{00A0}", count: lines.count - 1), fill: entry.swatch, fontColor: entry.swatchTextColor)
                swatch.minimumWidth = 36
                swatches.append([swatch])
                var meaning = MapTable.Cell(lines)
                meaning.alignLeft = true
                meanings.append([meaning])
            }
            var swatchColumn = MapTable.Cell([])
            swatchColumn.nested = [MapTable(rows: swatches)]
            swatchColumn.alignTop = columns > 1
            var meaningColumn = MapTable.Cell([])
            meaningColumn.nested = [MapTable(rows: meanings)]
            meaningColumn.alignTop = columns > 1
            pairs += [swatchColumn, meaningColumn]
        }
        var node = MapNode(id: id, label: .table(MapTable(rows: [[header], pairs])))
        node.fontSize = 10
        return node
    }

    /// `text` broken at spaces into lines of at most `length` characters (a longer word stays whole).
    static func broken(_ text: String, at length: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= length {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.isEmpty ? [text] : lines
    }

    /// Entries for people: one per affiliation, the danger mark and the assessment marks.
    public static var peopleEntries: [Entry] {
        var entries = Affiliation.allCases.filter { $0 != .informer }.map {
            Entry(swatch: MapPalette.fill($0), mark: "", $0.label)
        }
        entries.append(Entry(swatch: MapPalette.fill(.informer), mark: MapPalette.danger, markColor: MapPalette.white,
            Text.string("map.legend.dangerInformer")))
        entries.append(Entry(swatch: MapPalette.management, mark: MapPalette.danger, markColor: MapPalette.white,
            Text.string("map.legend.dangerManagement")))
        entries.append(Entry(mark: MapPalette.cellMark, Text.string("map.legend.inCell")))
        let marks = (1...5).compactMap(Assessment.init(rawValue:)).map { "\(MapPalette.mark($0)) \($0.label)" }
        entries.append(Entry(mark: "★ + ~", Text.string("map.legend.assessment", ["marks": "\(marks.joined(separator: ", "))"])))
        return entries
    }
}
