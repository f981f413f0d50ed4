import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent

/// `shopfloor report penetration`: the penetration table and the committee's diagnosis.
struct PenetrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penetration",
        abstract: "Penetration per workplace, employer, sector or district, with the committee's diagnosis.",
        discussion: """
            Each row shows workers, mapped people, members, sympathizers, contacts by assessment (1 leader … 5 \
            hostile, 0 not assessed), the cell status (none, forming with one or two, cell, cell with committee), \
            shop × shift segments with a member out of all, members per ten workers against the one-in-ten rule \
            of thumb, the union and its character, and days since the last logged contact. The largest plants \
            without a cell come first.

            The diagnosis lists the warning signs of the 1930 circular: large plants without a cell while small \
            plants have cells, members who work in a workplace but are not in its cell, cells with no contact in \
            --stale-days, cells without a committee, and workplaces with members but no cell.

            Every form (table, --json, --csv, --html) comes from one computed report and shows ids and counts \
            only: no names, addresses or notes. The HTML page is one self-contained file (inline CSS and SVG, no \
            scripts, no network) that prints on A4.

            Exit codes: 0 report made (findings or not), 1 invalid graph file or unwritable output, 2 usage error.

            Examples:
              shopfloor report penetration Graphs/district.yaml
              shopfloor report penetration Graphs/district.yaml --by employer --large 1000
              shopfloor report penetration Graphs/district.yaml --json --today 2026-11-01 | jq '.diagnosis'
              shopfloor report penetration Graphs/district.yaml --csv > penetration.csv
              shopfloor report penetration Graphs/district.yaml --html meeting.html --stale-days 60
            """
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(name: .customLong("by"), help: ArgumentHelp("What a row stands for.", valueName: "grouping"))
    var grouping: PenetrationReport.Grouping = .workplace

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "Print the table as CSV (RFC 4180).")
    var csv = false

    @Option(help: ArgumentHelp("Write a self-contained HTML page for meetings to this file.", valueName: "file"))
    var html: String?

    @Option(help: "A plant with at least this many workers counts as large.")
    var large: Int = PenetrationReport.Options.defaultLargeThreshold

    @Option(name: .customLong("stale-days"), help: "A cell with no contact logged in more days than this is stale.")
    var staleDays: Int = PenetrationReport.Options.defaultStaleDays

    @Option(help: ArgumentHelp("Count days since contact up to this day (YYYY-MM-DD; default: today, UTC).",
        valueName: "date"))
    var today: Day?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let options = try makeOptions()
        let graph = try Source.load(source)
        let report = PenetrationReport(graph: graph, options: options)
        if let html {
            let page = report.html(mapSVG: ReportMap.districtSVG(graph: graph, report: report))
            try OutputFile.write(page, to: html)
        }
        if json {
            try JSONOutput.print(report)
        } else if csv {
            Terminal.standardOutput.write(report.csv())
        } else if let html {
            Terminal.print("Wrote \(html): \(report.rows.count) rows, \(report.diagnosis.findings.count) findings.")
        } else {
            PenetrationTable.print(report, source: source)
        }
    }

    /// Reads and checks the flags into report options.
    func makeOptions() throws -> PenetrationReport.Options {
        if json && csv { throw CLIError.usage("--json and --csv print different forms; choose one") }
        guard large >= 1 else { throw CLIError.usage("--large must be a number of workers of 1 or more, not \(large)") }
        guard staleDays >= 0 else { throw CLIError.usage("--stale-days must be 0 or more, not \(staleDays)") }
        return PenetrationReport.Options(grouping: grouping, today: today ?? .today, largeThreshold: large,
            staleDays: staleDays)
    }
}

/// Writes output files whole: a temporary file beside the target, then a rename.
enum OutputFile {
    /// Writes text to a path, replacing it only when the whole text was written.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError.input("\(path): cannot write the file: \(error.localizedDescription)")
        }
    }
}
