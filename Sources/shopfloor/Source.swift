import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorText

/// Opens the `<source>` argument of a command: a graph file (`.yaml`, `.yml`, `.json`) or a workspace
/// (`.shopfloor`, or any file with a workspace header, plain or encrypted).
enum Source {
    /// The note the command prints on standard error once it has written what it shows (an error comes alone):
    /// set when the aliases of its output are random for the run. One command, one thread.
    nonisolated(unsafe) static var note: String?

    /// Prints the pending note, if any, on standard error.
    static func printNote() {
        if let note { Terminal.standardError.write(Terminal.fitted(note) + "\n") }
        note = nil
    }

    /// Loads and validates the graph a source names.
    static func load(_ path: String) throws -> OrganizingGraph {
        try open(path).graph
    }

    /// The graph a source names and the key of its aliases: the source's secret (a workspace's own, a graph
    /// file's `alias-secret`). A source without a secret gets a random key for the run, and, unless names are
    /// revealed, a note on standard error says so. With `recheck`, a workspace's graph is checked against every
    /// rule even when its image carries the stamp of a checked save.
    static func open(
        _ path: String, revealNames: Bool = false, recheck: Bool = false
    ) throws -> (graph: OrganizingGraph, aliasKey: AliasKey) {
        let graph: OrganizingGraph, key: AliasKey
        if Workspace.isWorkspace(path: path) {
            let workspace = try Workspace.open(at: path, readingGraph: !recheck,
                passphrase: { () throws(StoreError) in try Passphrase.existing(for: path) })
            try adoptSettings(of: workspace)
            (graph, key) = (try workspace.graph(recheck: recheck), try workspace.aliasKey())
        } else {
            let (read, secret) = try GraphFile.loadSource(path: path)
            (graph, key) = (read, AliasKey(secretIfAny: secret))
        }
        if key.isRandom && !revealNames { note = AliasKey.randomNote(source: path).echoed() }
        return (graph, key)
    }

    /// How person ids are written in an output: as aliases, or as they are when names are revealed.
    static func naming(_ aliases: PersonAliases, revealNames: Bool, graph: OrganizingGraph) -> any PersonNaming {
        aliases.naming(revealNames: revealNames, graph: graph)
    }

    /// The settings of the workspace the command opened (none for a graph file).
    nonisolated(unsafe) static var settings: [WorkspaceSetting: String] = [:]

    /// Takes a workspace's settings: its language becomes the command's unless `--lang` chose one.
    static func adoptSettings(of workspace: Workspace) throws {
        try adoptSettings(try workspace.settings())
    }

    /// Takes these settings of a workspace (as ``Workspace/appendLog(_:at:action:passphrase:)`` read them).
    static func adoptSettings(_ list: [(WorkspaceSetting, String)]) throws {
        settings = Dictionary(list, uniquingKeysWith: { $1 })
        if !LanguageOption.explicit, let code = settings[.language], let language = Language(code: code) {
            try Text.choose(language)
        }
    }

    /// Makes a small edit of the workspace at `path` (`log`, `person add|update`, `tie add`): `appended` tries to
    /// append its few rows (an encrypted workspace checked against its index, the image left sealed) and returns
    /// the workspace's settings with its result, or nil when the whole workspace is needed; `whole` then makes the
    /// edit on the workspace opened for writing. Both are given one passphrase, asked at most once.
    static func smallEdit<Result>(
        _ path: String,
        appended: (_ passphrase: () throws(StoreError) -> String) throws -> (settings: [(WorkspaceSetting, String)], result: Result)?,
        whole: (Workspace) throws -> Result
    ) throws -> Result {
        let passphrase = Passphrase.once(for: path)
        if Workspace.isWorkspace(path: path), let done = try appended(passphrase) {
            try adoptSettings(done.settings)
            return done.result
        }
        return try whole(try workspace(path, verifying: false, passphrase: passphrase))
    }

    /// Opens a workspace to change it (taking its write lock); graph files are refused with a hint.
    /// Without `verifying`, the whole-image check is skipped (a write of a few rows at scale).
    static func workspace(
        _ path: String, verifying: Bool = true, passphrase: (() throws(StoreError) -> String)? = nil
    ) throws -> Workspace {
        guard Workspace.isWorkspace(path: path) else {
            throw CLIError.input(Text.string("cli.notAWorkspace.edit", ["path": "\(path)"]))
        }
        let workspace = try Workspace.open(at: path, forWriting: true, verifying: verifying, passphrase: { () throws(StoreError) in
            if let passphrase { return try passphrase() }
            return try Passphrase.existing(for: path)
        })
        try adoptSettings(of: workspace)
        return workspace
    }
}
