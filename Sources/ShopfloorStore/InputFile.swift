import Foundation
import ShopfloorText

/// A file the user gave as input — a graph file, a spreadsheet, a settings or plan file, a workspace — read only
/// when it is a regular file.
///
/// Every reader of Store opens its input here. A named pipe (FIFO) would block the command until some other
/// program writes to it, a device such as `/dev/zero` or `/dev/urandom` never ends, and a folder has no bytes: all
/// are refused with "not a regular file" before a byte is read. The check follows symbolic links (a link to a
/// regular file is read), is made before the file is opened (opening some devices has effects of its own), and
/// again on the opened descriptor, so that a path swapped in between is still refused.
public enum InputFile {
    /// The whole content of the regular file at `path`.
    public static func read(path: String) throws(StoreError) -> Data {
        let fd = try open(path: path)
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        // A byte more than the file holds, so that the read that finds its end needs no bigger buffer (growing
        // one zero-filled a second copy of the size: 80 MB for a 100,000-person graph file).
        var data = Data(count: max(size, 0) + 1)
        var length = 0
        while true {
            if length == data.count { data.count = max(data.count * 2, 1 << 16) }
            let n = data.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + length, buffer.count - length)
            }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            length += n
        }
        data.count = length
        return data
    }

    /// Up to `count` bytes from the start of the file at `path`, or nil when it is not a regular file or cannot
    /// be read (for guessing a file's kind without blocking).
    public static func head(path: String, count: Int) -> [UInt8]? {
        guard let fd = try? open(path: path) else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var length = 0
        while length < count {
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + length, count - length) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            length += n
        }
        return Array(bytes.prefix(length))
    }

    /// Refuses `path` unless it names a regular file (after following links).
    public static func check(path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        try check(mode: info.st_mode, path: path)
    }

    /// A descriptor of the regular file at `path`, opened for reading; the caller closes it.
    static func open(path: String) throws(StoreError) -> Int32 {
        try check(path: path)
        // Non-blocking, so that a FIFO put in the file's place after the check cannot hold the open.
        let fd = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        do { try check(mode: info.st_mode, path: path) } catch {
            close(fd)
            throw error
        }
        return fd
    }

    private static func check(mode: mode_t, path: String) throws(StoreError) {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = Text.string("file.folder")
        case S_IFIFO: kind = Text.string("file.fifo")
        case S_IFCHR: kind = Text.string("file.characterDevice")
        case S_IFBLK: kind = Text.string("file.blockDevice")
        case S_IFSOCK: kind = Text.string("file.socket")
        default: kind = Text.string("file.special")
        }
        throw .unreadable(path: path, reason: Text.string("store.itIsNotA3", ["kind": "\(kind)"]))
    }
}
