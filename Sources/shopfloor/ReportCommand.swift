import ArgumentParser

/// `shopfloor report`: reports for a committee; `penetration` is the first.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for a committee: how deep the organization reaches, and what the 1930 circular would warn of.",
        discussion: """
            Example:
              shopfloor report penetration Graphs/district.yaml --by employer
            """,
        subcommands: [PenetrationCommand.self]
    )
}
