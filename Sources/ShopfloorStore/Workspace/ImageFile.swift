import Foundation

/// A workspace file opened for reading: its first bytes (which tell plain from sealed) and its size.
///
/// The file stays open until the value goes, and every read is from that one open file: a writer that renames a
/// new version over the path meanwhile cannot mix the old size with the new bytes (a reader once saw "database
/// disk image is malformed" that way).
final class ImageFile {
    let path: String
    /// The first 16 bytes (fewer when the file is shorter).
    let head: [UInt8]
    /// The size in bytes when the file was opened.
    let size: Int
    private let fd: Int32

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
        var bytes = [UInt8](repeating: 0, count: 16)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 16, 0) }
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

    /// Reads exactly ``size`` bytes of the open file into `buffer`; fails if the file became shorter meanwhile.
    func read(into buffer: UnsafeMutableRawPointer) throws(StoreError) {
        var offset = 0
        while offset < size {
            let n = pread(fd, buffer + offset, size - offset, off_t(offset))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw .unreadable(path: path, reason: n == 0 ? "the file became shorter while it was read"
                    : String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}
