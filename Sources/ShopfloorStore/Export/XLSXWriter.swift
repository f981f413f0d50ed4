import ShopfloorModel

/// The parts of an Office Open XML workbook (`.xlsx`): strings written inline (no shared-string table),
/// dates and times as serial numbers with a date (`yyyy-mm-dd`) or time (`hh:mm`) style.
enum XLSXWriter {
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Style indexes of `styles.xml`'s cell formats.
    private enum Style: Int { case plain = 0, date = 1, time = 2, header = 3 }

    static func parts(_ tables: [GraphTables.Table]) -> [(name: String, text: String)] {
        let sheets = tables.indices.map { "xl/worksheets/sheet\($0 + 1).xml" }
        var types = head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for sheet in sheets {
            types += "<Override PartName=\"/\(sheet)\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        let rootRels = head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        var workbook = head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
        var rels = head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (i, table) in tables.enumerated() {
            workbook += "<sheet name=\"\(WorkbookWriter.escape(table.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        workbook += "</sheets></workbook>"
        rels += "<Relationship Id=\"rId\(tables.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
        var parts = [("[Content_Types].xml", types), ("_rels/.rels", rootRels), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles)]
        for (name, table) in zip(sheets, tables) { parts.append((name, sheet(table))) }
        return parts
    }

    private static let styles = head + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    /// One worksheet: the header row frozen, then the rows.
    private static func sheet(_ table: GraphTables.Table) -> String {
        var out = head + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>"
        out += row(1, table.header.map { .text($0) }, header: true)
        for (i, cells) in table.rows.enumerated() { out += row(i + 2, cells, header: false) }
        return out + "</sheetData></worksheet>"
    }

    private static func row(_ number: Int, _ cells: [SheetCell], header: Bool) -> String {
        var out = "<row r=\"\(number)\">"
        for (i, cell) in cells.enumerated() {
            let ref = "\(CSVTable.columnLetter(i + 1))\(number)"
            switch cell {
            case .empty: continue
            case .text(let s), .error(let s):
                out += "<c r=\"\(ref)\" t=\"inlineStr\"\(header ? " s=\"\(Style.header.rawValue)\"" : "")><is><t xml:space=\"preserve\">\(text(s))</t></is></c>"
            case .number(let d): out += "<c r=\"\(ref)\"><v>\(SheetCell.format(d))</v></c>"
            case .boolean(let b): out += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
            case .date(let day): out += "<c r=\"\(ref)\" s=\"\(Style.date.rawValue)\"><v>\(WorkbookWriter.serial(day))</v></c>"
            case .dateTime(let day, let f):
                out += "<c r=\"\(ref)\" s=\"\(Style.date.rawValue)\"><v>\(SheetCell.format(Double(WorkbookWriter.serial(day)) + f))</v></c>"
            case .time(let days): out += "<c r=\"\(ref)\" s=\"\(Style.time.rawValue)\"><v>\(SheetCell.format(days))</v></c>"
            }
        }
        return out + "</row>"
    }

    /// Text for an OOXML string: XML-escaped, characters XML cannot hold (and a literal `_xHHHH_`) escaped as
    /// `_xHHHH_`, which spreadsheet programs and ``XLSXReader`` read back.
    static func text(_ s: String) -> String {
        var out = ""
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let forbidden = (c.value < 0x20 && c != "\t" && c != "\n") || c.value == 0xFFFE || c.value == 0xFFFF
            let looksEscaped = c == "_" && i + 6 < scalars.count && scalars[i + 1] == "x"
                && scalars[(i + 2)..<(i + 6)].allSatisfy(\.properties.isASCIIHexDigit) && scalars[i + 6] == "_"
            if forbidden || looksEscaped {
                let hex = String(c.value, radix: 16, uppercase: true)
                out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
            } else {
                out += WorkbookWriter.escape(String(c))
            }
        }
        return out
    }
}
