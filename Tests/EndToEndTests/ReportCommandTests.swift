import Foundation
import ShopfloorTestSupport
import Testing

/// `shopfloor report penetration` run as a user runs it: every form, the same numbers, meaningful exit codes.
@Suite("shopfloor report penetration, end to end")
struct ReportCommandTests {
    static let district = "Graphs/district.yaml"
    static let day = ["--today", "2026-11-24"]

    @Test func tableAndFindings() throws {
        let result = try CLI.run(["report", "penetration", Self.district] + Self.day)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Penetration by workplace"))
        #expect(result.stdout.contains("Diagnosis: 5 warning signs"))
        #expect(result.stdout.contains("large-plants-without-cells"))
        #expect(!result.stdout.contains("\u{1B}["), "NO_COLOR must turn colour off")
    }

    @Test(arguments: ["workplace", "employer", "sector", "district"])
    func jsonAndCSVAgree(by: String) throws {
        let json = try CLI.run(["report", "penetration", Self.district, "--json", "--by", by] + Self.day)
        let csv = try CLI.run(["report", "penetration", Self.district, "--csv", "--by", by] + Self.day)
        #expect(json.status == 0 && csv.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == rows.count + 2)
        // Every Shopfloor CSV starts with a byte-order mark, so spreadsheets read Turkish letters right.
        #expect(lines.first?.hasPrefix("\u{FEFF}\(by),workplaces,headcount,") == true)
        // Keys may hold commas (employers), so compare the numbers at the end of each line.
        for (row, line) in zip(rows, lines.dropFirst()) {
            let headcount = try #require(row["headcount"] as? Int)
            let members = try #require(row["members"] as? Int)
            let key = try #require(row["key"] as? String)
            let quoted = key.contains(",") || key.contains("\"") ? "\"\(key.replacingOccurrences(of: "\"", with: "\"\""))\"" : key
            #expect(line.hasPrefix("\(quoted),"))
            let fields = String(line.dropFirst(quoted.count + 1)).components(separatedBy: ",")
            #expect(fields[1] == String(headcount))
            #expect(fields[4] == String(members))
        }
    }

    @Test func htmlFile() throws {
        let path = try CLI.temporaryFile("meeting.html", "")
        let result = try CLI.run(["report", "penetration", Self.district, "--html", path] + Self.day)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote \(path)"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<link"))
        #expect(html.contains("<h2>District map</h2>"), "the maps module draws the district map")
    }

    @Test(arguments: [
        ["--by", "planet"], ["--today", "2026-13-01"], ["--json", "--csv"], ["--large", "0"],
        ["--stale-days", "-1"], ["--colour"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLI.run(["report", "penetration", Self.district] + arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingFile() throws {
        let result = try CLI.run(["report", "penetration", "Graphs/nowhere.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Graphs/nowhere.yaml"))
    }

    @Test func unwritableHTML() throws {
        // A folder cannot be made under a file (a missing folder would be created).
        let result = try CLI.run(["report", "penetration", Self.district, "--html", "/dev/null/x.html"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/null"))
    }

    @Test func helpHasExamples() throws {
        let result = try CLI.run(["report", "penetration", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--html"))
    }
}
