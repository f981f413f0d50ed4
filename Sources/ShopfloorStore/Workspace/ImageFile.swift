import Foundation

/// A workspace file opened for reading: its first bytes (which tell plain from sealed) and its size.
struct ImageFile {
    let path: String
    /// The first 16 bytes (fewer when the file is shorter).
    let head: [UInt8]
    /// The size in bytes when the file was opened.
    let size: Int

    /// Reads the head and size of the file at `path`.
    init(path: String) throws(StoreError) {
        self.path = path
        let fd = try InputFile.open(path: path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: 16)
        let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, 16) }
        head = Array(bytes.prefix(max(n, 0)))
    }

    /// The whole file.
    func readAll() throws(StoreError) -> Data {
        try InputFile.read(path: path)
    }

    /// Reads exactly ``size`` bytes of the file into `buffer`; fails if the file changed size meanwhile.
    func read(into buffer: UnsafeMutableRawPointer) throws(StoreError) {
        let fd = try InputFile.open(path: path)
        defer { close(fd) }
        var offset = 0
        while offset < size {
            let n = Foundation.read(fd, buffer + offset, size - offset)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw .unreadable(path: path, reason: n == 0 ? "the file became shorter while it was read"
                    : String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}
