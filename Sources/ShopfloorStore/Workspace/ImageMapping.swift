import Foundation

/// A plain workspace's image mapped into memory copy-on-write, for a read of a stamped image (its digest taken
/// from the file first, see ``ImageDigest/of(_:length:)``) or a write that changes a few rows: SQLite reads only
/// the pages its lookups and writes touch (the kernel brings each in from the file when first read), instead of
/// the whole image being read first (900 MB at a million people).
///
/// The mapping is private: what SQLite writes stays in this process's memory and never reaches the file, which
/// changes only as before (a record appended after the image, or a new file renamed over it). Nothing truncates
/// or rewrites an image in place (appends start after it; a save writes a new file), so the mapped bytes stay
/// the image that was opened. After the image, `capacity` leaves room for the database to grow (address space
/// only, until SQLite writes there); a change that outgrows it fails with SQLite's "database or disk is full"
/// and writes nothing.
final class ImageMapping {
    /// The first byte of the mapping: SQLite's buffer.
    let base: UnsafeMutableRawPointer
    /// The image's length in bytes.
    let length: Int
    /// The bytes mapped: the image, then the room to grow.
    let capacity: Int

    /// Maps the first `length` bytes of the open file `fd`, or nil when the system cannot.
    init?(fd: Int32, length: Int) {
        let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
        let mapped = (length + page - 1) / page * page
        let room = (max(64 << 20, mapped / 4) + page - 1) / page * page
        guard length > 0, let region = mmap(nil, mapped + room, PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0), region != mapFailed else { return nil }
        // The file's pages over the start of the reserved room; the rest stays zeroed memory to grow into.
        guard mmap(region, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0) == region else {
            munmap(region, mapped + room)
            return nil
        }
        base = region
        self.length = length
        capacity = mapped + room
    }

    deinit { munmap(base, capacity) }
}

/// The stamp found after a plain image that a write mapped (``ImageMapping``) without reading it whole: whether
/// the image still has that digest is found out only when a save needs to know (to stamp the image it writes),
/// from the file itself, not from the mapping the writes changed.
struct PendingStamp {
    /// The open file whose image carries the stamp.
    let file: ImageFile
    /// The image's length.
    let length: Int
    /// The stamp's digest.
    let stamp: Data
    /// Whether the graph in memory keeps every rule when the image is the one stamped: every change replayed or
    /// made since keeps the rules, or the whole graph was checked in this process.
    var rulesKept = false

    /// Whether the image in the file has the stamp's digest (``ImageDigest/of(_:length:)``, as a read of a
    /// stamped image checks it, without making the whole image resident in this process).
    func matches() -> Bool {
        ImageDigest.of(file, length: length) == stamp
    }
}

/// `mmap`'s failure value.
var mapFailed: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: -1) }
