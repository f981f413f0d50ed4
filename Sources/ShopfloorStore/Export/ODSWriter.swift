import ShopfloorModel

/// The parts of an OpenDocument spreadsheet (`.ods`), or the same content as one flat XML file (`.fods`):
/// dates and times as typed cells with `yyyy-mm-dd` and `hh:mm` styles, text as paragraphs with runs of
/// spaces and tabs kept. XML cannot hold other control characters: they are written as spaces.
enum ODSWriter {
    private static let mime = "application/vnd.oasis.opendocument.spreadsheet"
    private static let namespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\""

    static func parts(_ tables: [GraphTables.Table]) -> [(name: String, text: String)] {
        let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"\(mime)\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"
        let content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(namespaces)>"
            + body(tables) + "</office:document-content>"
        return [("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)]
    }

    /// The flat form: one XML document.
    static func flat(_ tables: [GraphTables.Table]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document \(namespaces) office:mimetype=\"\(mime)\">"
            + body(tables) + "</office:document>"
    }

    private static func body(_ tables: [GraphTables.Table]) -> String {
        var out = "<office:automatic-styles>"
            + "<number:date-style style:name=\"N1\"><number:year number:style=\"long\"/><number:text>-</number:text>"
            + "<number:month number:style=\"long\"/><number:text>-</number:text><number:day number:style=\"long\"/></number:date-style>"
            + "<number:time-style style:name=\"N2\"><number:hours number:style=\"long\"/><number:text>:</number:text>"
            + "<number:minutes number:style=\"long\"/></number:time-style>"
            + "<number:boolean-style style:name=\"N3\"><number:boolean/></number:boolean-style>"
            + "<style:style style:name=\"ce4\" style:family=\"table-cell\" style:data-style-name=\"N3\"/>"
            + "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"
            + "<style:style style:name=\"ce2\" style:family=\"table-cell\" style:data-style-name=\"N2\"/>"
            + "<style:style style:name=\"ce3\" style:family=\"table-cell\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + "</office:automatic-styles><office:body><office:spreadsheet>"
        for table in tables {
            out += "<table:table table:name=\"\(WorkbookWriter.escape(table.name))\">"
            out += "<table:table-header-rows>" + row(table.header.map { .text($0) }, style: "ce3") + "</table:table-header-rows>"
            for cells in table.rows { out += row(cells, style: nil) }
            out += "</table:table>"
        }
        return out + "</office:spreadsheet></office:body>"
    }

    private static func row(_ cells: [SheetCell], style: String?) -> String {
        var out = "<table:table-row>"
        let styled = style.map { " table:style-name=\"\($0)\"" } ?? ""
        for cell in cells {
            switch cell {
            case .empty: out += "<table:table-cell/>"
            case .text(let s), .error(let s):
                out += "<table:table-cell office:value-type=\"string\"\(styled)>\(paragraphs(s))</table:table-cell>"
            case .number(let d):
                let n = SheetCell.format(d)
                out += "<table:table-cell office:value-type=\"float\" office:value=\"\(n)\"><text:p>\(n)</text:p></table:table-cell>"
            case .boolean(let b):
                out += "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"\(b)\" table:style-name=\"ce4\"><text:p>\(b ? "TRUE" : "FALSE")</text:p></table:table-cell>"
            case .date(let day):
                out += "<table:table-cell office:value-type=\"date\" office:date-value=\"\(day)\" table:style-name=\"ce1\"><text:p>\(day)</text:p></table:table-cell>"
            case .dateTime(let day, let f):
                let seconds = Int((f * 86400).rounded())
                let value = "\(day)T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
                out += "<table:table-cell office:value-type=\"date\" office:date-value=\"\(value)\" table:style-name=\"ce1\"><text:p>\(day)</text:p></table:table-cell>"
            case .time(let days):
                let seconds = Int((days * 86400).rounded())
                let value = "PT" + two(seconds / 3600) + "H" + two(seconds / 60 % 60) + "M" + two(seconds % 60) + "S"
                out += "<table:table-cell office:value-type=\"time\" office:time-value=\"\(value)\" table:style-name=\"ce2\"><text:p>\(SheetCell.clock(days))</text:p></table:table-cell>"
            }
        }
        return out + "</table:table-row>"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Text as `text:p` paragraphs (one per line), runs of spaces as `text:s`, tabs as `text:tab`.
    static func paragraphs(_ s: String) -> String {
        let lines = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            var out = "<text:p>", spaces = 0
            func flush() {
                guard spaces > 0 else { return }
                // One space stays a space between words; a leading space or a run needs text:s.
                if spaces == 1 && !out.hasSuffix("<text:p>") && !out.hasSuffix("/>") { out += " " } else {
                    out += spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>"
                }
                spaces = 0
            }
            for c in line.unicodeScalars {
                if c == " " { spaces += 1; continue }
                flush()
                if c == "\t" { out += "<text:tab/>" } else if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { out += " " } else {
                    out += WorkbookWriter.escape(String(c))
                }
            }
            if spaces > 0 { out += spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>" }
            return out + "</text:p>"
        }.joined()
    }
}
