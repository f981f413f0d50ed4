import ArgumentParser
import ShopfloorText

/// The `shopfloor` command: the root of every subcommand.
struct Shopfloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopfloor",
        abstract: Text.string("cmd.shopfloor.shopfloor.abstract"),
        discussion: Text.string("cmd.shopfloor.shopfloor.discussion"),
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, PlanCommand.self, ReportCommand.self, MapCommand.self, InitCommand.self,
            ImportCommand.self, ExportCommand.self, PersonCommand.self, TieCommand.self, CellCommand.self,
            WorkplaceCommand.self, LogCommand.self, RekeyCommand.self, SettingCommand.self, GenerateCommand.self, HistoryCommand.self, UndoCommand.self,
            KeysCommand.self, BundleCommand.self, MergeCommand.self, ListCommand.self, ShowCommand.self, FindCommand.self,
            ServeCommand.self,
        ]
    )
}
