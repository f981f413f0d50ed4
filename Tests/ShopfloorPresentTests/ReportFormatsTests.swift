import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import Testing

/// JSON, CSV and HTML are rendered from one report value and carry the same numbers; none names a person, and
/// none can run anything in a spreadsheet or a browser.
@Suite("Report formats")
struct ReportFormatsTests {
    static func json(_ report: PenetrationReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }

    @Test("JSON decodes back to the same report", arguments: PenetrationReport.Grouping.allCases)
    func jsonRoundTrip(grouping: PenetrationReport.Grouping) throws {
        let report = try PresentFixture.district(by: grouping).1
        let decoded = try JSONDecoder().decode(PenetrationReport.self, from: try Self.json(report))
        #expect(decoded == report)
    }

    @Test("CSV parses back to the report's numbers", arguments: PenetrationReport.Grouping.allCases)
    func csvNumbers(grouping: PenetrationReport.Grouping) throws {
        let report = try PresentFixture.district(by: grouping).1
        let table = try CSV.parse(report.csv())
        #expect(table.first == report.csvHeader)
        let records = table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(report.csvHeader, $0)) }
        #expect(records.count == report.rows.count + 1)
        for (row, record) in zip(report.rows + [report.totals], records) {
            #expect(record[grouping.rawValue] == row.key)
            #expect(record["headcount"] == String(row.headcount))
            #expect(record["mapped"] == String(row.mapped))
            #expect(record["members"] == String(row.members))
            #expect(record["sympathizers"] == String(row.sympathizers))
            #expect(record["contacts_leader"] == String(row.contacts.leader))
            #expect(record["segments_covered"] == String(row.segmentsCovered))
            #expect(record["segments"] == String(row.segments))
            #expect(record["members_per_ten"].flatMap(Double.init) == row.membersPerTen)
            #expect(record["cell_status"] == (row.cellStatus?.rawValue ?? ""))
            #expect(record["meets_one_in_ten"] == (row.meetsOneInTen ? "yes" : "no"))
            #expect(record["one_in_ten_target"] == String(row.oneInTenTarget))
            #expect(record["days_since_last_contact"] == row.daysSinceLastContact.map(String.init) ?? "")
        }
    }

    @Test("CSV quotes fields with commas and quotes (RFC 4180)")
    func csvQuoting() throws {
        let report = try PresentFixture.report(by: .employer)
        let text = report.csv()
        #expect(text.contains("\"Acme, \"\"the\"\" works\""))
        #expect(text.hasSuffix("\r\n"))
        #expect(try CSV.parse(text).contains { $0.first == "Acme, \"the\" works" })
    }

    @Test("HTML table and findings carry the report's numbers", arguments: PenetrationReport.Grouping.allCases)
    func htmlNumbers(grouping: PenetrationReport.Grouping) throws {
        let report = try PresentFixture.district(by: grouping).1
        let rows = HTMLTable.rows(report.html())
        #expect(rows.map(\.key) == report.rows.map(\.key) + ["total"])
        for (row, parsed) in zip(report.rows + [report.totals], rows) {
            #expect(parsed.fields["headcount"] == String(row.headcount))
            #expect(parsed.fields["members"] == String(row.members))
            #expect(parsed.fields["mapped"] == String(row.mapped))
            #expect(parsed.fields["segments"] == "\(row.segmentsCovered)/\(row.segments)")
            #expect(parsed.fields["members_per_ten"].flatMap(Double.init) == row.membersPerTen)
            #expect(parsed.fields["days_since_last_contact"] == row.daysSinceLastContact.map(String.init) ?? "never")
        }
        let figures = HTMLTable.figures(report.html())
        let expected = report.diagnosis.findings.flatMap { f in f.figures.map { "\(f.kind.rawValue)/\($0.code)=\($0.value)" } }
        #expect(figures == expected)
    }

    @Test("no output names a person or carries a note")
    func identitiesHidden() throws {
        for (graph, report) in [(try PresentFixture.graph(), try PresentFixture.report()), try PresentFixture.district()] {
            let outputs = [report.html(), report.csv(), String(decoding: try Self.json(report), as: UTF8.self)]
            let secrets = graph.people.flatMap { [$0.name, $0.address, $0.notes].compactMap { $0 } }
                + graph.contacts.compactMap(\.notes)
            for output in outputs {
                let leaked = secrets.filter { $0.count >= 4 && output.contains($0) }
                #expect(leaked.isEmpty, "leaked: \(leaked.prefix(5))")
                for person in graph.people { #expect(!output.contains("\"\(person.id.rawValue)\"")) }
            }
        }
    }

    @Test("the CSV starts with a byte-order mark and neutralises every cell a spreadsheet would run",
        arguments: PenetrationReport.Grouping.allCases)
    func csvFormulasNeutralised(grouping: PenetrationReport.Grouping) throws {
        let text = try PresentFixture.report(by: grouping).csv()
        #expect(text.hasPrefix("\u{FEFF}"))
        let cells = try CSV.parse(text).flatMap { $0 }
        let risky = cells.filter { cell in cell.first.map { "=+-@\t\r".contains($0) } == true }
        #expect(risky.isEmpty, "cells a spreadsheet would run: \(risky)")
        let hostile = ["=HYPERLINK(", "+WEBSERVICE(", "@SUM(1+1)", "-2+3; Türk Metal"]
        let found = cells.filter { cell in hostile.contains { cell.hasPrefix("'" + $0) } }
        #expect(!found.isEmpty, "the fixture's hostile words should appear neutralised")
        for cell in cells where cell.hasPrefix("'") { #expect(hostile.contains { cell.dropFirst().hasPrefix($0) }) }
    }

    @Test("HTML is self-contained: no script, no link, no external resource, A4 print CSS")
    func htmlSelfContained() throws {
        let html = try PresentFixture.district().1.html()
        for forbidden in ["<script", "<link", "<iframe", "<img", "@import", "url(", "src=", "href="] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<svg"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("the map slot embeds a given SVG and refuses active content")
    func mapSlot() throws {
        let report = try PresentFixture.district().1
        let map = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"district-map\"/></svg>"
        let html = report.html(mapSVG: map)
        #expect(html.contains("<g id=\"district-map\"/>"))
        #expect(html.contains("District map"))
        #expect(!html.contains("<?xml"))
        let hostile = report.html(mapSVG: "<svg><script>alert(1)</script></svg>")
        #expect(!hostile.contains("<script"))
        #expect(hostile.contains("The map was left out"))
        #expect(html.contains("Members per ten workers") && hostile.contains("Members per ten workers"))
        #expect(!report.html().contains("District map"))
    }

    @Test("rendering is deterministic")
    func deterministic() throws {
        let a = try PresentFixture.report(), b = try PresentFixture.report()
        #expect(a.html() == b.html() && a.csv() == b.csv())
        #expect(try Self.json(a) == Self.json(b))
    }
}

/// A small RFC 4180 reader for the tests.
enum CSV {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.append(c)
            }
        }
        if quoted { throw Malformed() }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

/// Reads the tagged table rows and figures back out of the report's HTML.
enum HTMLTable {
    static func rows(_ html: String) -> [(key: String, fields: [String: String])] {
        html.components(separatedBy: "<tr").dropFirst().compactMap { chunk in
            guard let key = value(after: "data-key=\"", in: chunk) else { return nil }
            var fields: [String: String] = [:]
            for cell in chunk.components(separatedBy: "<td data-f=\"").dropFirst() {
                guard let quote = cell.firstIndex(of: "\""), let open = cell.firstIndex(of: ">") else { continue }
                let body = cell[cell.index(after: open)...]
                fields[String(cell[..<quote])] = String(body.prefix { $0 != "<" })
            }
            return (unescape(key), fields)
        }
    }

    static func figures(_ html: String) -> [String] {
        html.components(separatedBy: "<article class=\"finding\" data-kind=\"").dropFirst().flatMap { article in
            let kind = String(article.prefix { $0 != "\"" })
            return article.components(separatedBy: "<li data-code=\"").dropFirst().compactMap { li in
                let code = String(li.prefix { $0 != "\"" })
                return value(after: "data-value=\"", in: li).map { "\(kind)/\(code)=\($0)" }
            }
        }
    }

    static func value(after marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
