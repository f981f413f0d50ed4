internal import CGraphvizShims
import Foundation

extension Graphviz {
    /// One page of a multi-page PDF: DOT text (sized for the page with `size="W,H!"`) and the sheet it goes on.
    public struct Page: Sendable {
        /// The page's drawing as DOT text.
        public var dot: String
        /// The sheet's width and height in points (the page's orientation included).
        public var width: Double
        public var height: Double

        public init(dot: String, width: Double, height: Double) {
            self.dot = dot
            self.width = width
            self.height = height
        }
    }

    /// Lays out each page's DOT text and renders them all into ONE PDF, a page per drawing, each drawn `margin`
    /// points in from its sheet's top left corner (libcairo's PDF surface, into which Graphviz's cairo renderer
    /// draws every page).
    ///
    /// - Throws: ``GraphvizError`` when a page does not parse or lay out, or libcairo is missing or fails.
    public func renderPDF(pages: [Page], engine: LayoutEngine, margin: Double) throws(GraphvizError) -> Rendering {
        lock.lock()
        defer { lock.unlock() }
        messages = ""
        var error = [CChar](repeating: 0, count: 512)
        guard let pdf = shopfloor_pdf_begin(&error, error.count) else {
            throw .renderFailed(format: "pdf", message: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        var failure: GraphvizError?
        for page in pages where failure == nil {
            do {
                try laidOut(page.dot, engine: engine) { graph throws(GraphvizError) in
                    if shopfloor_pdf_add_page(pdf, context, graph, page.width, page.height, margin) != 0 {
                        throw .renderFailed(format: "pdf", message: messages)
                    }
                }
            } catch {
                failure = error
            }
        }
        var bytes: UnsafeMutablePointer<UInt8>?
        var length = 0
        let finished = shopfloor_pdf_finish(pdf, &bytes, &length)
        defer { free(bytes) }
        if let failure { throw failure }
        guard finished == 0, let bytes else { throw .renderFailed(format: "pdf", message: messages) }
        return Rendering(data: Array(UnsafeBufferPointer(start: bytes, count: length)), warnings: messageLines)
    }
}
