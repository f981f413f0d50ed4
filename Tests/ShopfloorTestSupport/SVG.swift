import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG (or any XML) holds, read with a real XML parser: tests check structure, not bytes.
public struct SVGContents: Sendable {
    /// Element names in document order.
    public var elements: [String] = []
    /// Every `class` attribute.
    public var classes: [String] = []
    /// The text, with U+001F where an element starts or ends.
    public var text = ""
    /// Every attribute value.
    public var attributeValues: [String] = []

    /// Parses SVG bytes; throws when they are not well-formed XML.
    public init(_ bytes: [UInt8]) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { throw XMLFailure(message: parser.parserError.map { "\($0)" } ?? "unknown XML error") }
        self = collector.contents
    }

    private init() {}

    /// The topmost text line of each node in an SVG rendered by Graphviz, by node title (SVG y grows downward).
    public static func nodeTops(_ bytes: [UInt8]) throws -> [String: Double] {
        let collector = NodeTopCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { throw XMLFailure(message: "not XML") }
        return collector.tops
    }

    /// Why a text is not well-formed XML.
    public struct XMLFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private final class Collector: NSObject, XMLParserDelegate {
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

    private final class NodeTopCollector: NSObject, XMLParserDelegate {
        var tops: [String: Double] = [:]
        private var inNode = false
        private var inTitle = false
        private var title = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]) {
            // A node's tooltip or link wraps its shapes in a <g> of their own (no class): still the node.
            if name == "g", attributes["class"] != nil || !inNode { inNode = attributes["class"] == "node"; title = "" }
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
}

/// This process's memory, for the render-loop memory tests.
public enum Memory {
    /// Resident set size in bytes, from /proc/self/statm (nil where there is no /proc).
    public static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// How many renders the in-process memory loops run: `SHOPFLOOR_LEAK_RENDERS`, by default 500.
    public static var renders: Int { Int(ProcessInfo.processInfo.environment["SHOPFLOOR_LEAK_RENDERS"] ?? "") ?? 500 }

    /// Runs `body` `count` times and returns RSS (bytes) after run 50 and after the last.
    public static func loop(_ count: Int, _ body: () throws -> Void) rethrows -> (after50: Int, end: Int) {
        var after50 = 0
        for i in 1...max(1, count) {
            try body()
            if i == min(50, count) { after50 = residentBytes() ?? 0 }
        }
        return (after50, residentBytes() ?? 0)
    }
}
