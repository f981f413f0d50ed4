import ArgumentParser
import ShopfloorText

/// `shopfloor report`: reports for a committee; `penetration` is the first.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Text.string("cmd.report.report.abstract"),
        discussion: Text.string("cmd.report.report.discussion"),
        subcommands: [PenetrationCommand.self]
    )
}
