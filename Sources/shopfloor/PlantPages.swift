import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorStore
import ShopfloorText

/// A plant map too large for its `--paper` at 7 pt, split over pages (``PageSplitter``): by shop, a shop too
/// large for a page by itself by its shift columns, a column too long by runs of its people. A PDF gets one file
/// of many pages; SVG, PNG and DOT one file per page, `NAME-1.svg`, `NAME-2.svg`, … (said on standard error).
/// Only a page that cannot hold even one person beside its title, gates, cells and legend is refused, with its
/// size and what to do.
enum PlantPages {
    /// Splits the plant whose pages `build` draws over pages and writes them.
    static func write(build: @escaping (PlantMapPage) throws -> MapDocument, shops: [PlantMapShop], paper: Paper,
        options: MapOutputOptions, inputs: [String]) throws {
        let least = Paper.smallestReadableText
        if options.output == "-" { throw CLIError.usage(Text.string("map.pages.needsFile")) }
        let (groups, documents, sizes) = try PageSplitter(build: build, shops: shops, paper: paper, options: options).split()
        let format = options.format ?? OutputFormat(fileName: options.output)
        var written: [String] = []
        if format == .pdf {
            try writePDF(documents, paper: paper, options: options, inputs: inputs, smallest: sizes.min() ?? least)
            written = [options.output]
        } else {
            for (k, document) in documents.enumerated() {
                var page = options
                page.output = pageName(options.output, page: k + 1)
                try MapWriter.write(document, options: page, inputs: inputs,
                    printed: (sizes[k], document.paperLandscape))
                written.append(page.output)
            }
        }
        Terminal.standardError.write(Terminal.fitted(Text.plural("map.pages.split", count: groups.count, ["output": "\(options.output)",
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
            "kb": .integer(max(1, rendering.data.count / 1000)), "pages": "\(Text.plural("count.pages", count: pages.count))",
            "paper": "\(paper.rawValue)", "size": .decimal(smallest, places: 1)])) + "\n")
    }
}
