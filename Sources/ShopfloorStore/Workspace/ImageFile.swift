import Foundation
import ShopfloorText

/// A workspace file opened for reading: its first bytes (which tell plain from sealed) and its size.
///
/// The file stays open until the value goes, and every read is from that one open file: a writer that renames a
/// new version over the path meanwhile cannot mix the old size with the new bytes (a reader once saw "database
/// disk image is malformed" that way). Its properties never change and its reads are `pread`s of their own
/// offsets, so a job on another core may read it too (a cold read takes the image's digest so).
final class ImageFile: @unchecked Sendable {
    let path: String
    /// The first 100 bytes (fewer when the file is shorter): the magic, and a SQLite image's header.
    let head: [UInt8]
    /// The size in bytes when the file was opened.
    let size: Int
    /// The open file (mapped by ``ImageMapping`` and ``PendingStamp``).
    let fd: Int32

    /// Opens the file at `path` and reads its head and size.
    init(path: String) throws(StoreError) {
        self.path = path
        let fd = try InputFile.open(path: path)
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        self.fd = fd
        size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: 100)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 100, 0) }
        head = Array(bytes.prefix(max(n, 0)))
    }

    deinit { close(fd) }

    /// The whole file, as it was opened.
    func readAll() throws(StoreError) -> Data {
        var data = Data(count: size)
        var failure: StoreError?
        data.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            do throws(StoreError) { try read(into: base) } catch { failure = error }
        }
        if let failure { throw failure }
        return data
    }

    /// The length of the SQLite image at the start of a plain workspace, from its header (page size × page
    /// count); nil when the header does not say (then the whole file is the image).
    var sqliteImageLength: Int? { Self.sqliteLength(head, size: size) }

    /// ``sqliteImageLength`` of an image whose first 100 bytes are `head`, in a file of `size` bytes.
    static func sqliteLength(_ head: [UInt8], size: Int) -> Int? {
        guard head.count >= 100 else { return nil }
        let rawPageSize = Int(head[16]) << 8 | Int(head[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = head[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let length = pageSize * pages
        // The page count is valid only when the "version valid for" number matches the change counter.
        guard pageSize >= 512, pages > 0, length <= size, Array(head[24..<28]) == Array(head[92..<96]) else { return nil }
        return length
    }

    /// The `count` bytes at `offset` (fewer when the file ends before).
    func bytes(at offset: Int, count: Int) throws(StoreError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(0, min(count, size - offset)))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw .unreadable(path: path, reason: n == 0 ? Text.string("file.shorter") : String(cString: strerror(errno))) }
            done += n
        }
        return out
    }

    /// The bytes after the first `offset`.
    func tail(from offset: Int) throws(StoreError) -> Data {
        guard offset < size else { return Data() }
        var data = Data(count: size - offset)
        var done = 0
        while done < data.count {
            let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        data.count = done
        return data
    }

    /// Reads exactly `count` bytes (the whole file by default) of the open file from `start` into `buffer`;
    /// fails if the file became shorter meanwhile.
    func read(into buffer: UnsafeMutableRawPointer, count: Int? = nil, at start: Int = 0) throws(StoreError) {
        let size = count ?? self.size
        var offset = 0
        while offset < size {
            let n = pread(fd, buffer + offset, size - offset, off_t(start + offset))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw .unreadable(path: path, reason: n == 0 ? Text.string("file.shorter")
                    : String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}
