import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorStore

/// The graph the workbench serves, loaded once with its directory; the planning index, the drawn maps and the
/// pages' derived parts are made when first asked for and kept until the source changes (a write here or by the
/// command line), when the whole is loaded again.
final class LoadedGraph {
    let graph: OrganizingGraph
    /// The lookups, names hidden (``Directory/revealing(_:)`` gives the named view without re-indexing).
    let directory: Directory
    /// The file's identity and time when it was read: a different stamp means read it again.
    let stamp: FileStamp
    /// The workspace's settings (time zone, calendar reminder); none for a graph file.
    let settings: [WorkspaceSetting: String]
    private var planningIndex: PlanningIndex?
    /// Drawn maps and made plans by key, at most ``cacheLimit`` of them (oldest dropped first).
    private var cache: [String: Any] = [:]
    private var cacheOrder: [String] = []
    /// Values cached with `kept`, by key: few, and dropped only with the graph.
    private var keptValues: [String: Any] = [:]
    static let cacheLimit = 12

    init(graph: OrganizingGraph, aliasKey: AliasKey, stamp: FileStamp, settings: [WorkspaceSetting: String] = [:]) {
        self.graph = graph
        self.stamp = stamp
        self.settings = settings
        directory = Directory(graph: graph, aliasKey: aliasKey)
    }

    /// The planning index (CSR) of the graph, built on first use.
    var index: PlanningIndex {
        if let planningIndex { return planningIndex }
        let made = PlanningIndex(graph: graph)
        planningIndex = made
        return made
    }

    /// A cached value, or the one `make` makes (then cached). A value `kept` (a page part every visit needs:
    /// the overview with its map, the report) is never dropped for plans and maps; one with the same
    /// `replacing` prefix is (yesterday's report when today's is made).
    func cached<T>(_ key: String, kept: Bool = false, replacing prefix: String? = nil, _ make: () throws -> T) rethrows -> T {
        // Unwrap the stored value first: an absent entry cast to an optional T would read as a cached nil.
        if let stored = keptValues[key] ?? cache[key], let hit = stored as? T { return hit }
        let value = try make()
        if kept {
            if let prefix { keptValues = keptValues.filter { !$0.key.hasPrefix(prefix) } }
            keptValues[key] = value
            return value
        }
        cache[key] = value
        cacheOrder.append(key)
        if cacheOrder.count > Self.cacheLimit { cache[cacheOrder.removeFirst()] = nil }
        return value
    }
}

/// What tells two versions of a file apart without reading it: device, inode, size and modification time.
struct FileStamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64

    /// The stamp of a file now, or nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
