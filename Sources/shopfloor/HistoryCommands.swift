import ArgumentParser
import Foundation
import ShopfloorStore

/// `shopfloor history`: lists the changes recorded in a workspace, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the changes recorded in a workspace: what, when, which command or which cell's bundle.",
        discussion: """
            Every write is recorded as a change inside the workspace (the rows it touched, before and after); \
            `shopfloor undo` reverts the newest one. An undone change is marked.

            Examples:
              shopfloor init committee.shopfloor
              shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
              shopfloor history committee.shopfloor --limit 20
            """
    )

    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "Show only the newest N changes.") var limit: Int?
    @Flag(help: "Print the changes as JSON.") var json = false

    func run() throws {
        guard Workspace.isWorkspace(path: workspace) else {
            throw CLIError.input("\(workspace): not a workspace; only a workspace keeps a history")
        }
        let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
        let entries = try opened.history(limit: limit)
        if json { return try JSONOutput.print(entries) }
        var table = TextTable(["#", "when (UTC)", "by", "what"], alignments: [.right, .left, .left, .left])
        for entry in entries {
            let mark = entry.undone ? " (undone)" : ""
            table.add(["\(entry.seq)", entry.at, entry.source + mark, entry.summary])
        }
        Terminal.print(table.render())
    }
}

/// `shopfloor undo`: reverts the newest change that was not undone yet, recording the revert as a change.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the newest change of a workspace (the revert is itself recorded).",
        discussion: """
            Each undo goes one change further back; undos themselves are not undone. A change that rewrote the \
            whole graph (`generate`, an import into an empty workspace) cannot be undone: its previous version \
            is <workspace>.bak. A change whose rows were changed since is refused, and nothing changes.

            Examples:
              shopfloor init committee.shopfloor
              shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
              shopfloor undo committee.shopfloor
            """
    )

    @Argument(help: "The workspace.") var workspace: String
    @Flag(help: "Print the new change as JSON.") var json = false

    func run() throws {
        let entry = try Source.workspace(workspace).undo()
        if json { return try JSONOutput.print(entry) }
        Terminal.print("Change \(entry.seq): \(entry.source): \(entry.summary)")
    }
}
