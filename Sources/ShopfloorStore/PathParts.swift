/// A path's folder and last component, split by hand on `/`.
///
/// Foundation's `NSString.deletingLastPathComponent` and `lastPathComponent` trap on a one-character path such as
/// `x` (swift-corelibs-foundation on Linux), so `export … -o x` crashed after writing its file, and a workbook whose
/// main part is named with one letter would have crashed its reader. These never trap.
struct PathParts: Equatable {
    /// Everything before the last component, without a trailing `/` (`/` for a file at the root, empty for a bare name).
    var folder: String
    /// The last component (trailing `/`s dropped).
    var name: String

    init(folder: String, name: String) {
        self.folder = folder
        self.name = name
    }

    /// Splits a path.
    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.last == "/" { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = ""
            name = String(trimmed)
            return
        }
        name = String(trimmed[trimmed.index(after: slash)...])
        var head = trimmed[..<slash]
        while head.count > 1, head.last == "/" { head.removeLast() }
        folder = head.isEmpty ? "/" : String(head)
    }

    /// The folder to open for listing or syncing: `.` for a bare name.
    var openableFolder: String { folder.isEmpty ? "." : folder }
}
