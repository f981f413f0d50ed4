import ArgumentParser

/// The `shopfloor` command: the root of every subcommand.
struct Shopfloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopfloor",
        abstract: "Plan workplace-organizing outreach from a local graph of workplaces, shifts and people.",
        discussion: """
            Everything stays on this machine: Shopfloor opens no network connection. Maps, reports and \
            exports hide names unless you pass --reveal-names.

            Example:
              shopfloor check Graphs/automotive-plant.yaml
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, PlanCommand.self, ReportCommand.self, MapCommand.self, InitCommand.self,
            ImportCommand.self, ExportCommand.self, PersonCommand.self, TieCommand.self, CellCommand.self,
            WorkplaceCommand.self, LogCommand.self, RekeyCommand.self, SettingCommand.self, GenerateCommand.self,
        ]
    )
}
