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
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        size = Int(info.st_size)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        head = [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
    }

    /// The whole file.
    func readAll() throws(StoreError) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// Reads exactly ``size`` bytes of the file into `buffer`; fails if the file changed size meanwhile.
    func read(into buffer: UnsafeMutableRawPointer) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
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
