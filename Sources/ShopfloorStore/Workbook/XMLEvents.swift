import Foundation
#if canImport(FoundationXML)
import FoundationXML
import ShopfloorText
#endif

/// Streams the elements of one XML part to a handler through Foundation's `XMLParser` (libxml2 on Linux).
///
/// Element names are local names (namespaces processed); attribute keys keep their prefix as written
/// (`table:name`). A document type declaration is refused before parsing: workbook parts never have one,
/// and it is how entity-expansion bombs and external entities get in.
final class XMLEvents: NSObject, XMLParserDelegate {
    /// What the handler is told.
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    private let handler: (Event) throws(StoreError) -> Void
    private var failure: StoreError?

    private init(handler: @escaping (Event) throws(StoreError) -> Void) {
        self.handler = handler
    }

    /// Parses `data`, handing every event to `handler`; `part` and `path` name the part in errors.
    static func parse(_ data: Data, part: String, path: String, handler: @escaping (Event) throws(StoreError) -> Void) throws(StoreError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw .unreadable(path: path, reason: Text.string("store2.itsPartDeclaresA", ["part": "\(part)"]))
        }
        try checkText(data, part: part, path: path)
        let events = XMLEvents(handler: handler)
        // Fed as a stream, in chunks: given as one block, libxml2 refuses a part over 10 MB ("huge input
        // lookup") after reading all of it, and a 20,000-person sheet is 13 MB.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let ok = parser.parse()
        if let failure = events.failure { throw failure }
        if !ok {
            let line = parser.lineNumber, column = parser.columnNumber
            throw .unreadable(path: path, reason: Text.string("store2.itsPartIsNot", ["part": "\(part)", "line": "\(line)", "column": "\(column)"]))
        }
    }

    /// Refuses a part that is not UTF-8 (every spreadsheet program writes UTF-8): Foundation's parser on Linux
    /// traps on an element or attribute name that is not (a fuzzed workbook crashed `import` with SIGILL).
    static func checkText(_ data: Data, part: String, path: String) throws(StoreError) {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        if head.hasPrefix("<?xml"), let declared = head.range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression) {
            let encoding = head[declared].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init) ?? ""
            guard ["utf-8", "utf8"].contains(encoding.lowercased()) else {
                throw .unreadable(path: path, reason: Text.string("store2.itsPartDeclaresThe", ["part": "\(part)", "echoed": "\(encoding.echoed())"]))
            }
        }
        let problem = data.withUnsafeBytes { raw in
            TextBytes.firstProblem(in: raw.bindMemory(to: UInt8.self), yamlCharacters: false).map { problem in
                (problem.offset, TextBytes.mark(ofByte: problem.offset, in: raw.bindMemory(to: UInt8.self)))
            }
        }
        if let (offset, mark) = problem {
            throw .unreadable(path: path, reason: Text.string("store2.itsPartIsNot2", ["part": "\(part)", "offset": "\(offset)", "line": "\(mark.line)", "column": "\(mark.column)"]))
        }
    }

    private func send(_ event: Event, _ parser: XMLParser) {
        guard failure == nil else { return }
        do { try handler(event) } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        send(.start(elementName, attributeDict), parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        send(.end(elementName), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        send(.text(string), parser)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        send(.text(String(decoding: CDATABlock, as: UTF8.self)), parser)
    }
}

extension Dictionary where Key == String, Value == String {
    /// The attribute with this local name, whatever its prefix (`r:id` for `id`); `prefix` picks one when
    /// several share the local name (`office:value-type` and `calcext:value-type`).
    func attribute(_ local: String, prefix: String? = nil) -> String? {
        if let prefix, let value = self[prefix + ":" + local] { return value }
        if let value = self[local] { return value }
        return first { $0.key.hasSuffix(":" + local) && (prefix == nil || !$0.key.hasPrefix("calcext:")) }?.value
    }
}
