import Foundation
import ShopfloorText

/// A path a command writes an artefact to (an export, a map, a report, a calendar), checked before anything is
/// written: it is never one of the command's inputs, their backups or their locks, however it is spelt
/// (relative, through symbolic links, a hard link). A missing folder on the way is created; the artefact is
/// written whole (``AtomicFile``) and readable by its owner only (0600).
public struct OutputPath: Sendable {
    /// The path as given.
    public let path: String
    private let protected: [Protected]

    private struct Protected: Sendable {
        let input: String
        let what: String
        let canonical: String
        let inode: FileID?
    }

    private struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// Checks `path` (and, for a folder of files, nothing yet: see ``check(file:)``) against `inputs`, each with
    /// its `.bak` and `.lock`, and creates the folder it is in when that is missing.
    public init(_ path: String, inputs: [String]) throws(StoreError) {
        self.path = path
        var protected: [Protected] = []
        for input in inputs {
            let forms = [input, Self.canonical(input)]
            for (suffix, what) in [("", "store.outputIsInput.same"), (".bak", "store.outputIsInput.backup"),
                (".lock", "store.outputIsInput.lock")] {
                for form in Set(forms) {
                    let file = form + suffix
                    protected.append(Protected(input: input, what: what, canonical: Self.canonical(file),
                        inode: Self.fileID(file)))
                }
            }
        }
        self.protected = protected
        try check(file: path)
    }

    /// Refuses `file` (the output, or one file of an output folder) when it is an input, its backup or its lock.
    public func check(file: String) throws(StoreError) {
        let canonical = Self.canonical(file)
        let inode = Self.fileID(file)
        for p in protected where p.canonical == canonical || (inode != nil && p.inode == inode) {
            throw .outputIsInput(path: file, input: p.input, what: p.what)
        }
    }

    /// Creates the folder `file` is in (with any folder above it that is missing).
    public static func makeFolder(of file: String) throws(StoreError) {
        try makeFolder(PathParts(file).folder)
    }

    /// Creates `folder` (with any folder above it that is missing), owner-only.
    public static func makeFolder(_ folder: String) throws(StoreError) {
        guard !folder.isEmpty else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .writeFailed(path: folder, reason: Text.string("store.itIsAFile")) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .writeFailed(path: folder, reason: Text.string("store.cannotCreateTheFolder", ["String": "\(String(describing: error))"]))
        }
    }

    /// Writes `data` to the path whole, owner-only, creating its folder if needed.
    public func write(_ data: Data) throws(StoreError) {
        try Self.makeFolder(of: path)
        try AtomicFile.write(data, to: path, keepBackup: false)
    }

    /// Writes to the path whole what `body` hands to the chunk writer, owner-only, creating its folder if needed.
    public func write(_ body: ((Data) throws(StoreError) -> Void) throws(StoreError) -> Void) throws(StoreError) {
        try Self.makeFolder(of: path)
        try AtomicFile.write(to: path, keepBackup: false, body)
    }

    /// The device and inode of an existing file (links followed), or nil.
    private static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The absolute path with every symbolic link resolved, also for a path that does not exist yet (its
    /// existing folder resolved, a dangling link followed to where it points).
    static func canonical(_ path: String, depth: Int = 0) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        // Split by hand: NSString's path methods trap on a one-character path.
        let parts = PathParts(absolute)
        // A dangling link: where it points, once it exists, is what a write through it would reach.
        if depth < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: absolute) {
            return canonical(target.hasPrefix("/") ? target : parts.folder + "/" + target, depth: depth + 1)
        }
        guard depth < 40, !parts.folder.isEmpty, parts.folder != absolute else { return absolute }
        let parent = canonical(parts.folder, depth: depth + 1)
        switch parts.name {
        case "", ".": return parent
        case "..":
            let up = PathParts(parent).folder
            return up.isEmpty ? "/" : up
        default: return (parent == "/" ? "" : parent) + "/" + parts.name
        }
    }
}
