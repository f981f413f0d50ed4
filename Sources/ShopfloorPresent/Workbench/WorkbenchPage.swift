import ShopfloorFormats
import ShopfloorText

/// The frame of every workbench page: navigation, search, the names switch, then the page's content.
///
/// Pages load only `/assets/…` from the server itself: no inline script or style (the server's
/// Content-Security-Policy allows neither), no font or script from the network.
public enum WorkbenchPage {
    /// A whole page around `body` (markup made with ``HTML``).
    public static func page(title: String, context: PageContext, body: String, stylesheets: [String] = []) -> String {
        var h = HTMLWriter()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(Text.current.language.code)\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        h.text(title + " — " + Text.string("wb.title"))
        h.raw("</title>\n")
        for sheet in stylesheets { h.raw("<link rel=\"stylesheet\" href=\"\(HTML.escape(sheet))\">\n") }
        h.raw("<link rel=\"stylesheet\" href=\"/assets/workbench.css\">\n")
        h.raw("<script src=\"/assets/workbench.js\" defer></script>\n</head>\n<body>\n<header class=\"bar\">\n")
        h.raw("<a class=\"brand\" href=\"/\">Shopfloor</a>\n<nav>")
        for (href, label) in [("/", "wb.nav.overview"), ("/workplaces", "wb.nav.workplaces"), ("/people", "wb.nav.people"),
            ("/cells", "wb.nav.cells"), ("/places", "wb.nav.places"), ("/plan", "wb.nav.plan"), ("/record", "wb.nav.record"),
            ("/report", "wb.nav.report")]
        {
            h.raw("<a href=\"\(href)\">")
            h.text(Text.string(label))
            h.raw("</a>")
        }
        h.raw("</nav>\n<form class=\"search\" method=\"get\" action=\"/find\"><input type=\"search\" name=\"q\" ")
        h.raw("placeholder=\"\(HTML.escape(Text.string("wb.find.placeholder")))\" aria-label=\"\(HTML.escape(Text.string("wb.find")))\"><button>\(HTML.escape(Text.string("wb.find")))</button></form>\n")
        h.raw(namesSwitch(context))
        h.raw("</header>\n<main>\n")
        if let notice = context.notice {
            h.raw("<p class=\"notice\" role=\"status\">")
            h.text(notice)
            h.raw("</p>\n")
        }
        h.raw(body)
        h.raw("\n</main>\n<footer>")
        h.text(context.source)
        h.raw(" · " + HTML.escape(Text.string("wb.footer.local")) + " · ")
        h.text(Text.string(context.revealNames ? "wb.footer.namesShown" : "wb.footer.namesHidden"))
        h.raw("</footer>\n</body>\n</html>\n")
        return h.output
    }

    /// The names switch: a form posting to `/names`, visible on every page.
    static func namesSwitch(_ context: PageContext) -> String {
        var h = HTMLWriter()
        h.raw("<form class=\"names\" method=\"post\" action=\"/names\">")
        h.raw(HTML.csrfField(context.csrf))
        h.raw("<input type=\"hidden\" name=\"back\" value=\"\(HTML.escape(context.path))\">")
        h.raw("<input type=\"hidden\" name=\"show\" value=\"\(context.revealNames ? "0" : "1")\">")
        h.raw("<span class=\"state \(context.revealNames ? "shown" : "hidden")\" id=\"names-state\">")
        h.text(Text.string(context.revealNames ? "wb.names.shown" : "wb.names.hidden"))
        h.raw("</span><button id=\"names-switch\">")
        h.text(Text.string(context.revealNames ? "wb.names.hide" : "wb.names.show"))
        h.raw("</button></form>\n")
        return h.output
    }

    /// A page for a refusal or an error: a heading and a sentence, nothing else from the workspace.
    public static func message(title: String, text: String) -> String {
        var h = HTMLWriter()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(Text.current.language.code)\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        h.text(title)
        h.raw("</title>\n<link rel=\"stylesheet\" href=\"/assets/workbench.css\">\n</head>\n<body>\n<main class=\"message\">\n<h1>")
        h.text(title)
        h.raw("</h1>\n<p>")
        h.text(text)
        h.raw("</p>\n</main>\n</body>\n</html>\n")
        return h.output
    }
}

/// Small pieces of markup the pages share.
public enum HTML {
    /// Escapes text for element content and attribute values.
    public static func escape(_ text: String) -> String { Escaping.markup(text) }

    /// The hidden form field carrying the session's CSRF token.
    public static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token))\">"
    }

    /// A link with escaped text; `href` is percent-encoded path segments the caller built.
    public static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }

    /// A path segment with everything but unreserved characters percent-encoded.
    public static func segment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A table: header cells and rows of ready markup (escape text with ``escape(_:)``).
    public static func table(_ headers: [String], _ rows: [[String]], id: String? = nil, numeric: Set<Int> = []) -> String {
        var out = "<table" + (id.map { " id=\"\(escape($0))\"" } ?? "") + "><thead><tr>"
        for (i, h) in headers.enumerated() { out += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() { out += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A `<select>` of options (value, label) with one selected; the first option may be "any".
    public static func select(
        _ name: String, _ options: [(String, String)], selected: String?, any: String? = nil, id: String? = nil
    ) -> String {
        var out = "<select name=\"\(escape(name))\" id=\"\(escape(id ?? "f-" + name))\">"
        if let any { out += "<option value=\"\">\(escape(any))</option>" }
        for (value, label) in options {
            out += "<option value=\"\(escape(value))\"\(value == selected ? " selected" : "")>\(escape(label))</option>"
        }
        return out + "</select>"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// SVG maps made fit to sit inside a workbench page.
public enum InlineSVG {
    /// The `<svg>` element of a document, or nil when it has none or carries anything that could load or run
    /// something (scripts, foreign objects, links to other sites).
    public static func sanitized(_ document: String) -> String? { HTMLWriter.inlineSVG(document) }
}
