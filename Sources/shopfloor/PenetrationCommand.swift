import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorPresent
import ShopfloorStore

/// `shopfloor report penetration`: the penetration table and the committee's diagnosis.
struct PenetrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penetration",
        abstract: Text.string("cmd.penetration.penetration.abstract"),
        discussion: Text.string("cmd.penetration.penetration.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Option(name: .customLong("by"), help: ArgumentHelp(Text.string("opt.penetration.grouping"), valueName: "grouping"))
    var grouping: PenetrationReport.Grouping = .workplace

    @Flag(help: ArgumentHelp(Text.string("opt.penetration.json")))
    var json = false

    @Flag(help: ArgumentHelp(Text.string("opt.penetration.csv")))
    var csv = false

    @Option(help: ArgumentHelp(Text.string("opt.penetration.html"), valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp(Text.string("opt.penetration.large")))
    var large: Int = PenetrationReport.Options.defaultLargeThreshold

    @Option(name: .customLong("stale-days"), help: ArgumentHelp(Text.string("opt.penetration.staleDays")))
    var staleDays: Int = PenetrationReport.Options.defaultStaleDays

    @Option(help: ArgumentHelp(Text.string("opt.penetration.today"),
        valueName: "date"))
    var today: Day?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let options = try makeOptions()
        let graph = try Source.load(source)
        let report = PenetrationReport(graph: graph, options: options)
        if let html {
            let page = report.html(mapSVG: ReportMap.districtSVG(graph: graph, report: report),
                names: ReportMap.workplaceNames(graph: graph, report: report))
            try OutputPath(html, inputs: [source]).write(Data(page.utf8))
        }
        if json {
            try JSONOutput.print(report)
        } else if csv {
            Terminal.standardOutput.write(report.csv())
        } else if let html {
            Terminal.say(Text.string("penetration.wrote", ["output": "\(html)", "rows": .integer(report.rows.count),
                "findings": .integer(report.diagnosis.findings.count)]))
        } else {
            PenetrationTable.print(report, source: source)
        }
    }

    /// Reads and checks the flags into report options.
    func makeOptions() throws -> PenetrationReport.Options {
        if json && csv { throw CLIError.usage(Text.string("penetration.jsonOrCsv")) }
        guard large >= 1 else { throw CLIError.usage(Text.string("penetration.large", ["large": "\(large)"])) }
        guard staleDays >= 0 else { throw CLIError.usage(Text.string("penetration.staleDays", ["days": "\(staleDays)"])) }
        return PenetrationReport.Options(grouping: grouping, today: today ?? .today, largeThreshold: large,
            staleDays: staleDays)
    }
}
