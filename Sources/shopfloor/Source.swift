import Foundation
import ShopfloorModel
import ShopfloorStore

/// Opens the `<source>` argument of a command: a graph file (`.yaml`, `.yml`, `.json`).
enum Source {
    /// Loads and validates the graph a source names.
    static func load(_ path: String) throws -> OrganizingGraph {
        try GraphFile.load(path: path)
    }
}
