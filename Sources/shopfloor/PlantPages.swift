import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorStore
import ShopfloorText

/// A plant map too large for its `--paper` at 7 pt, split over pages by shop: as many shops on a page as keep
/// its text at ``Paper/smallestReadableText`` or more, filled in the map's order. A PDF gets one file of many
/// pages; SVG, PNG and DOT one file per page, `NAME-1.svg`, `NAME-2.svg`, … (said on standard error). Only a
/// shop that does not fit a page on its own is refused, with its size and what to do.
enum PlantPages {
    /// Splits the plant whose page `build` draws (nil: the whole plant) over pages and writes them.
    static func write(build: (PlantMapPage?) throws -> MapDocument, rows: [(key: String, name: String)], paper: Paper,
        options: MapOutputOptions, inputs: [String]) throws {
        let least = Paper.smallestReadableText
        func textSize(_ groups: [[String]], page: Int) throws -> Double {
            try MapWriter.printing(build(PlantMapPage(number: page, groups: groups)), on: paper, options: options).textSize
        }
        func tooLarge(_ row: (key: String, name: String), _ size: Double) -> CLIError {
            CLIError.input(Text.string("map.pages.shopTooLarge", ["output": "\(options.output)", "paper": "\(paper.rawValue)",
                "shop": "\(row.name)", "size": .decimal(size, places: 1), "least": .decimal(least, places: 0)]))
        }
        if options.output == "-" { throw CLIError.usage(Text.string("map.pages.needsFile")) }
        // Greedy, in the map's order: a page takes shops while its text stays readable (the shops still to come
        // counted as one page, so that the page's "continues" tables are as they will be).
        var groups: [[String]] = [], current: [String] = []
        for (i, row) in rows.enumerated() {
            let rest = rows[(i + 1)...].map(\.key)
            let candidate = current + [row.key]
            let size = try textSize(groups + [candidate] + (rest.isEmpty ? [] : [rest]), page: groups.count + 1)
            if size >= least { current = candidate; continue }
            // The first page also draws the outside of the fence: when that and the first shop do not fit
            // together, the outside gets the first page to itself.
            guard !current.isEmpty || groups.isEmpty else { throw tooLarge(row, size) }
            groups.append(current)
            current = [row.key]
            let alone = try textSize(groups + [current] + (rest.isEmpty ? [] : [rest]), page: groups.count + 1)
            guard alone >= least else { throw tooLarge(row, alone) }
        }
        if !current.isEmpty { groups.append(current) }
        // Each page once more with its real neighbours; a page their "continues" tables push under the floor is
        // halved (a single shop that does not fit alone is refused).
        var documents: [MapDocument] = [], sizes: [Double] = []
        var k = 0
        while k < groups.count {
            var document = try build(PlantMapPage(number: k + 1, groups: groups))
            let (size, landscape) = try MapWriter.printing(document, on: paper, options: options)
            if size < least {
                let group = groups[k]
                guard group.count > 1 else {
                    throw tooLarge(rows.first { group.contains($0.key) } ?? (key: "?", name: "?"), size)
                }
                groups.replaceSubrange(k...k, with: [Array(group.prefix(group.count / 2)), Array(group.dropFirst(group.count / 2))])
                documents = []
                sizes = []
                k = 0
                continue
            }
            document.paper = paper
            document.paperLandscape = landscape
            documents.append(document)
            sizes.append(size)
            k += 1
        }
        let format = options.format ?? OutputFormat(fileName: options.output)
        var written: [String] = []
        if format == .pdf {
            try writePDF(documents, paper: paper, options: options, inputs: inputs, smallest: sizes.min() ?? least)
            written = [options.output]
        } else {
            for (k, document) in documents.enumerated() {
                var page = options
                page.output = pageName(options.output, page: k + 1)
                try MapWriter.write(document, options: page, inputs: inputs)
                written.append(page.output)
            }
        }
        Terminal.standardError.write(Terminal.fitted(Text.string("map.pages.split", ["output": "\(options.output)",
            "pages": .integer(groups.count), "paper": "\(paper.rawValue)", "least": .decimal(least, places: 0),
            "files": "\(written.joined(separator: ", "))"])) + "\n")
    }

    /// `out/plant.svg` → `out/plant-2.svg` (the page's number before the extension, or at the end).
    static func pageName(_ output: String, page: Int) -> String {
        guard let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else { return output + "-\(page)" }
        return String(output[..<dot]) + "-\(page)" + String(output[dot...])
    }

    /// One PDF, a sheet of `paper` per page (each turned as its drawing suits), the drawing inside the margins.
    private static func writePDF(_ documents: [MapDocument], paper: Paper, options: MapOutputOptions, inputs: [String],
        smallest: Double) throws {
        let target = try OutputPath(options.output, inputs: inputs)
        let pages = documents.map { document -> Graphviz.Page in
            let area = paper.drawingArea(for: document.direction, landscape: document.paperLandscape)
            return Graphviz.Page(dot: DOTEncoder().encode(document), width: (area.width + 2 * Paper.margin) * 72,
                height: (area.height + 2 * Paper.margin) * 72)
        }
        let engine = options.layout ?? documents.first.map(MapWriter.defaultEngine) ?? .dot
        let rendering = try Graphviz.instance().renderPDF(pages: pages, engine: engine, margin: Paper.margin * 72)
        for warning in rendering.warnings where !warning.isEmpty { Terminal.standardError.write("graphviz: \(warning)\n") }
        try target.write(Data(rendering.data))
        Terminal.standardError.write(Terminal.fitted(Text.string("map.pages.wrotePDF", ["output": "\(options.output)",
            "kb": .integer(max(1, rendering.data.count / 1000)), "pages": .integer(pages.count),
            "paper": "\(paper.rawValue)", "size": .decimal(smallest, places: 1)])) + "\n")
    }
}
