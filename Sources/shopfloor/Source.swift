import Foundation
import ShopfloorModel
import ShopfloorStore

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
            return (try workspace.graph(), try workspace.aliasSecret())
        }
        return (try GraphFile.load(path: path), "graph-file")
    }

    /// Opens a workspace to change it (taking its write lock); graph files are refused with a hint.
    /// Without `verifying`, the whole-image check is skipped (a write of a few rows at scale).
    static func workspace(_ path: String, verifying: Bool = true) throws -> Workspace {
        guard Workspace.isWorkspace(path: path) else {
            throw CLIError.input("\(path): not a workspace; edits and imports go to a workspace "
                + "(create one with `shopfloor init my.shopfloor`, then `shopfloor import my.shopfloor \(path)`)")
        }
        return try Workspace.open(at: path, forWriting: true, verifying: verifying, passphrase: { () throws(StoreError) in
            try Passphrase.existing(for: path)
        })
    }
}
