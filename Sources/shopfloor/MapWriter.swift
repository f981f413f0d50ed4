import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorStore
import ShopfloorText

/// Encodes a map, renders it through Graphviz and writes it atomically (a temporary file, then a rename).
enum MapWriter {
    /// The engine a map gets unless `--layout` says otherwise: dot, sfdp above
    /// ``MapDocument/rankedLayoutLimit`` nodes.
    static func defaultEngine(for document: MapDocument) -> LayoutEngine {
        document.prefersForceLayout ? .sfdp : .dot
    }

    /// How the document prints on `paper`: its smallest text in points and whether an `a4`/`a3` sheet is
    /// turned on its side. The drawing is laid out at its natural size (an SVG, whose size Graphviz writes in
    /// points) and scaled as `size="W,H!"` will scale it.
    static func printing(_ document: MapDocument, on paper: Paper, options: MapOutputOptions) throws -> (textSize: Double, landscape: Bool?) {
        var natural = document
        natural.paper = nil
        let engine = options.layout ?? defaultEngine(for: document)
        let svg = try Graphviz.instance().render(dot: DOTEncoder().encode(natural), engine: engine, format: .svg)
        let head = String(decoding: svg.data.prefix(4096), as: UTF8.self)
        guard let match = head.firstMatch(of: /<svg width="([0-9.]+)pt" height="([0-9.]+)pt"/),
            let width = Double(match.1), let height = Double(match.2)
        else { return (document.smallestFontSize, nil) }
        let scale = paper.scale(naturalWidth: width, naturalHeight: height, direction: document.direction)
        return (document.smallestFontSize * scale, paper.landscape(naturalWidth: width, naturalHeight: height))
    }

    /// Writes the map to `options.output` (never one of `inputs`, their backups or locks: see ``OutputPath``),
    /// owner-only, its folder created when missing; `-` is standard output.
    /// With `--paper`, the map is refused (before anything is written) when its smallest text would print under
    /// ``Paper/smallestReadableText`` on that sheet. `printed` is what ``printing(_:on:options:)`` already said
    /// of this document on that sheet, when the caller measured it (each measure is a whole layout).
    static func write(_ document: MapDocument, options: MapOutputOptions, inputs: [String],
        printed: (textSize: Double, landscape: Bool?)? = nil) throws {
        var document = document
        var textSize: Double?
        if let paper = options.paper {
            let (size, landscape) = try printed ?? printing(document, on: paper, options: options)
            document.paperLandscape = landscape
            guard size >= Paper.smallestReadableText else {
                throw CLIError.input(Text.string("map.paper.tooSmall", ["output": "\(options.output)",
                    "paper": "\(paper.rawValue)", "size": .decimal(size, places: 1),
                    "least": .decimal(Paper.smallestReadableText, places: 0)]))
            }
            textSize = size
        }
        document.paper = options.paper
        let toStdout = options.output == "-"
        let target = toStdout ? nil : try OutputPath(options.output, inputs: inputs)
        let format: OutputFormat
        if let chosen = options.format {
            format = chosen
        } else if toStdout {
            format = .svg
        } else if let chosen = OutputFormat(fileName: options.output) {
            format = chosen
        } else {
            throw CLIError.usage(Text.string("map.formatUnknown", ["output": "\(options.output)"]))
        }
        let engine = options.layout ?? defaultEngine(for: document)

        let dot = DOTEncoder().encode(document)
        if options.repeatCount > 1 && format != .dot { try repeatRenders(dot, engine: engine, format: format, count: options.repeatCount) }
        let started = DispatchTime.now()
        let bytes: [UInt8]
        if format == .dot {
            bytes = Array(dot.utf8)
        } else {
            let rendering = try Graphviz.instance().render(dot: dot, engine: engine, format: format)
            for warning in rendering.warnings where !warning.isEmpty {
                Terminal.standardError.write("graphviz: \(warning)\n")
            }
            // Graphviz's <title> elements hold internal ids; the map's own tooltips name things instead.
            bytes = format == .svg ? Array(SVGTitles.removingInternalIDs(String(decoding: rendering.data, as: UTF8.self)).utf8)
                : rendering.data
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        if toStdout {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try target?.write(Data(bytes))
        let size = bytes.count >= 10_000 ? Text.string("map.wrote.kb", ["kb": .integer(bytes.count / 1000)])
            : Text.string("map.wrote.bytes", ["bytes": .integer(bytes.count)])
        let how = format == .dot ? Text.string("map.wrote.dot") : Text.string("map.wrote.layout", ["engine": "\(engine.rawValue)"])
        let printed = options.paper.flatMap { paper in
            textSize.map { ", " + Text.string("map.paper.printed", ["paper": "\(paper.rawValue)", "size": .decimal($0, places: 1)]) }
        } ?? ""
        Terminal.standardError.write(Terminal.fitted(Text.string("map.wrote", ["output": "\(options.output)",
            "format": "\(format.rawValue.uppercased())", "size": "\(size)", "nodes": .integer(document.visibleNodes.count),
            "how": "\(how)", "seconds": .decimal(seconds, places: 2), "printed": "\(printed)"])) + "\n")
    }

    /// Renders `count` times and prints RSS after render 50 and after the last (the memory test's probe: a
    /// process of its own, so other work cannot blur the figure).
    private static func repeatRenders(_ dot: String, engine: LayoutEngine, format: OutputFormat, count: Int) throws {
        let graphviz = try Graphviz.instance()
        var after50 = 0
        for i in 1...count {
            _ = try graphviz.render(dot: dot, engine: engine, format: format)
            if i == min(50, count) { after50 = residentKilobytes() }
        }
        let end = residentKilobytes()
        let perRender = Double(end - after50) / Double(max(1, count - 50))
        Terminal.standardError.write("repeat: RSS after 50 renders \(after50) KB, after \(count) \(end) KB, "
            + "growth \(end - after50) KB (\(String(format: "%.1f", perRender)) KB per render)\n")
    }

    /// Resident set size in KB from /proc/self/statm (0 where there is no /proc).
    private static func residentKilobytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
