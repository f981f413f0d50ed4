import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorText

/// Opens the `<source>` argument of a command: a graph file (`.yaml`, `.yml`, `.json`) or a workspace
/// (`.shopfloor`, or any file with a workspace header, plain or encrypted).
enum Source {
    /// Loads and validates the graph a source names.
    static func load(_ path: String) throws -> OrganizingGraph {
        try open(path).graph
    }

    /// The graph a source names and the secret its aliases are keyed with.
    static func open(_ path: String) throws -> (graph: OrganizingGraph, aliasSecret: String) {
        if Workspace.isWorkspace(path: path) {
            let workspace = try Workspace.open(at: path, passphrase: { () throws(StoreError) in try Passphrase.existing(for: path) })
            try adoptSettings(of: workspace)
            return (try workspace.graph(), try workspace.aliasSecret())
        }
        return (try GraphFile.load(path: path), "graph-file")
    }

    /// The settings of the workspace the command opened (none for a graph file).
    nonisolated(unsafe) static var settings: [WorkspaceSetting: String] = [:]

    /// Takes a workspace's settings: its language becomes the command's unless `--lang` chose one.
    static func adoptSettings(of workspace: Workspace) throws {
        settings = Dictionary(try workspace.settings(), uniquingKeysWith: { $1 })
        if !LanguageOption.explicit, let code = settings[.language], let language = Language(code: code) {
            try Text.choose(language)
        }
    }

    /// Opens a workspace to change it (taking its write lock); graph files are refused with a hint.
    static func workspace(_ path: String) throws -> Workspace {
        guard Workspace.isWorkspace(path: path) else {
            throw CLIError.input("\(path): not a workspace; edits and imports go to a workspace "
                + "(create one with `shopfloor init my.shopfloor`, then `shopfloor import my.shopfloor \(path)`)")
        }
        let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { () throws(StoreError) in
            try Passphrase.existing(for: path)
        })
        try adoptSettings(of: workspace)
        return workspace
    }
}
