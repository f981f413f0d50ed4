import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Helpers shared by the map tests: golden files, rendering, SVG parsing.
enum MapTestSupport {
    /// The Golden folder beside this file (read and re-recorded in the source tree).
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Compares text with a golden file; with SHOPFLOOR_RECORD_GOLDEN=1 writes the file instead.
    static func assertGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SHOPFLOOR_RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with SHOPFLOOR_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from the golden file at line \(first + 1) \
                (re-record with SHOPFLOOR_RECORD_GOLDEN=1 and review the diff):
                expected: \(first < a.count ? String(a[first]) : "<end>")
                actual:   \(first < b.count ? String(b[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }

    static func render(_ document: MapDocument, engine: LayoutEngine = .dot, format: OutputFormat = .svg) throws -> [UInt8] {
        try Graphviz.instance().render(dot: DOTEncoder().encode(document), engine: engine, format: format).data
    }

    /// What an SVG holds, read with a real XML parser.
    struct SVGContents {
        var elements: [String] = []
        var classes: [String] = []
        var text = ""
        var attributeValues: [String] = []
    }

    /// Parses SVG bytes; throws when they are not well-formed XML.
    static func parseSVG(_ bytes: [UInt8]) throws -> SVGContents {
        let delegate = SVGCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else {
            throw SVGError(message: parser.parserError.map { "\($0)" } ?? "unknown XML error")
        }
        return delegate.contents
    }

    struct SVGError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    final class SVGCollector: NSObject, XMLParserDelegate {
        var contents = SVGContents()
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]) {
            contents.text += "\u{1F}"
            contents.elements.append(name)
            if let c = attributes["class"] { contents.classes.append(c) }
            contents.attributeValues += attributes.values
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            contents.text += "\u{1F}"
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { contents.text += string }
    }

    /// The topmost text line of each node in an SVG, by node id (SVG y grows downward).
    static func nodeTops(_ bytes: [UInt8]) throws -> [String: Double] {
        let delegate = NodeTopCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw SVGError(message: "not XML") }
        return delegate.tops
    }

    final class NodeTopCollector: NSObject, XMLParserDelegate {
        var tops: [String: Double] = [:]
        private var inNode = false
        private var inTitle = false
        private var title = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]) {
            if name == "g" { inNode = attributes["class"] == "node"; title = "" }
            inTitle = inNode && name == "title"
            if inNode, name == "text", let y = attributes["y"].flatMap(Double.init) {
                tops[title] = min(tops[title] ?? y, y)
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { title += string } }
    }

    /// Resident set size of this process in bytes, from /proc/self/statm (nil where there is no /proc).
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
