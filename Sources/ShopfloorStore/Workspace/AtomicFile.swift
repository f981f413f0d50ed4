import Foundation

/// Replaces a file so that, whatever happens, the path holds either the old bytes or the new bytes.
///
/// The new bytes go to a temporary file beside the target (same file system), are flushed with `fsync`, and
/// the temporary file is renamed over the target; the directory is flushed too. Before that, the previous
/// version is kept as `<path>.bak` through a hard link (so the target never goes missing).
enum AtomicFile {
    /// Writes `data` to `path` atomically, keeping the previous version as `<path>.bak`.
    static func write(_ data: Data, to path: String, keepBackup: Bool = true) throws(StoreError) {
        try write(to: path, keepBackup: keepBackup) { chunk throws(StoreError) in try chunk(data) }
    }

    /// Writes to `path` atomically what `body` hands to the chunk writer it is given, in as many chunks as it
    /// likes; if `body` throws, the target is untouched and the temporary file is removed.
    ///
    /// A path that is a symbolic link is written through to the file it points to (the link stays a link, and
    /// the temporary file and backup sit beside the target), so a workspace reached through a link is never
    /// replaced by a new file that leaves its target stale.
    static func write(
        to given: String, keepBackup: Bool = true,
        _ body: ((Data) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) {
        let path = target(of: given)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        do {
            try body { data throws(StoreError) in
                data.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress, failure == nil else { return }
                    var offset = 0
                    while offset < buffer.count {
                        let n = Foundation.write(fd, base + offset, buffer.count - offset)
                        if n < 0 {
                            if errno == EINTR { continue }
                            failure = String(cString: strerror(errno))
                            return
                        }
                        offset += n
                    }
                }
                if let failure { throw .writeFailed(path: path, reason: failure) }
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, reason: failure)
        }
        if keepBackup, access(path, F_OK) == 0 {
            let backup = path + ".bak"
            let linkName = backup + ".tmp-\(getpid())"
            unlink(linkName)
            if link(path, linkName) == 0 {
                rename(linkName, backup)
                // When the backup already is the target (a writer was killed between keeping the backup and
                // renaming its new file in), rename() of two links to one file does nothing and succeeds:
                // the extra link must go too.
                unlink(linkName)
            }
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
        syncDirectory(of: path)
    }

    /// The file a write to `path` reaches: `path` itself, or, for a symbolic link, the file it points to (links
    /// followed to the end, also a link to a file that does not exist yet).
    static func target(of path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        return OutputPath.canonical(path)
    }

    /// Flushes the directory entry of a renamed file.
    static func syncDirectory(of path: String) {
        let fd = open(PathParts(path).openableFolder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes temporary files that killed writers left beside `path`; call while holding the write lock.
    static func removeStaleTemporaries(of given: String) {
        let parts = PathParts(target(of: given))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parts.openableFolder)) ?? []
        for name in names where name.hasPrefix(parts.name + ".tmp-") || name.hasPrefix(parts.name + ".bak.tmp-")
            || name.hasPrefix(parts.name + ".snapshot.tmp-") {
            unlink(parts.folder.isEmpty ? name : parts.folder + "/" + name)
        }
    }
}

/// An exclusive advisory lock on `<path>.lock`, held while a command writes a workspace.
final class WriteLock {
    private let fd: Int32

    /// Takes the lock, waiting up to five seconds, or throws ``StoreError/locked(path:)``.
    /// The lock of a workspace reached through a symbolic link is its target's, so that both names exclude each other.
    init(path: String) throws(StoreError) {
        fd = open(AtomicFile.target(of: path) + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: path + ".lock", reason: String(cString: strerror(errno))) }
        var attempts = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            attempts += 1
            guard attempts < 100 else {
                close(fd)
                throw .locked(path: path)
            }
            usleep(50_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
