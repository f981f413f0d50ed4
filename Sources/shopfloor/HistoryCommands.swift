import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorStore

/// `shopfloor history`: lists the changes recorded in a workspace, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: Text.string("history.History.abstract"),
        discussion: Text.string("history.History.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.history.workspace"))) var workspace: String
    @Option(help: ArgumentHelp(Text.string("opt.history.limit"))) var limit: Int?
    @Flag(help: ArgumentHelp(Text.string("opt.history.json"))) var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard Workspace.isWorkspace(path: workspace) else {
            throw CLIError.input(Text.string("history.notAWorkspace", ["path": "\(workspace)"]))
        }
        let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
        let entries = try opened.history(limit: limit)
        if json { return try JSONOutput.print(entries) }
        var table = TextTable(["#", Text.string("history.column.when"), Text.string("history.column.by"),
            Text.string("history.column.what")], alignments: [.right, .left, .left, .left])
        for entry in entries {
            let mark = entry.undone ? " " + Text.string("history.undone") : ""
            table.add(["\(entry.seq)", entry.at, ChangeWords.source(entry.source) + mark, ChangeWords.summary(entry.summary)])
        }
        Terminal.print(table.render())
    }
}

/// `shopfloor undo`: reverts the newest change that was not undone yet, recording the revert as a change.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: Text.string("history.Undo.abstract"),
        discussion: Text.string("history.Undo.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.history.workspace"))) var workspace: String
    @Flag(help: ArgumentHelp(Text.string("opt.history.json2"))) var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let entry = try Source.workspace(workspace).undo()
        if json { return try JSONOutput.print(entry) }
        Terminal.say(Text.string("history.change", ["seq": "\(entry.seq)", "source": "\(ChangeWords.source(entry.source))",
            "summary": "\(ChangeWords.summary(entry.summary))"]))
    }
}
