import Crypto
import Foundation
import ShopfloorText

/// The changes appended after a workspace's image: a write that changes a few rows appends one record instead
/// of writing the whole file again.
///
/// A record is `SFJ1`, the payload's length (4 bytes, big-endian), the payload (the change as JSON, sealed with
/// ChaCha20-Poly1305 in an encrypted workspace), and the first 16 bytes of the payload's SHA-256. A record cut
/// short (a writer killed while appending) is not part of the workspace and is cut off by the next writer; a
/// complete record whose checksum or seal fails is damage, and the workspace refuses to open.
///
/// The first record after an image may be its *stamp* (`SFS1`, framed the same way): the ``ImageDigest`` of the
/// image, written by a save whose whole graph had been checked against the model's rules (sealed like the
/// records in an encrypted workspace). A read whose image still has that digest skips the whole-image checks.
/// In an encrypted workspace the stamp (or the image) is followed by its *log index* (`SFX1`, framed the same
/// way, sealed): what `log` checks and records a contact with, without decrypting the image (``LogIndex``).
enum ChangeJournal {
    static let magic = Array("SFJ1".utf8)
    /// The magic of the stamp record.
    static let stampMagic = Array("SFS1".utf8)
    /// The magic of the log index record.
    static let indexMagic = Array("SFX1".utf8)
    /// Past this many records, the next write folds the journal into a new image.
    static let maximumRecords = 256

    /// Whether a change of `payload` bytes is appended to a journal of `journal` bytes after an image of `image`
    /// bytes, rather than folded into a new image: a change up to 64 KB or 1/256 of the image, a journal up to
    /// 1 MB or 1/64 of the image. Every open reads the journal again, so it stays a small part of the file.
    static func appends(payload: Int, journal: Int, image: Int) -> Bool {
        payload <= max(64 << 10, image / 256) && journal + payload <= max(1 << 20, image / 64)
    }

    /// The records found after `start` in `bytes`, and where the last complete one ends.
    struct Contents {
        var records: [(offset: Int, payload: Data)] = []
        /// The image's stamp, when the journal starts with one.
        var stamp: (offset: Int, payload: Data)?
        /// The image's log index, when one follows the image (or its stamp).
        var index: (offset: Int, payload: Data)?
        var end: Int
    }

    /// Frames one payload as a record (a change, or with ``stampMagic`` the image's stamp).
    static func frame(_ payload: Data, magic: [UInt8] = magic) -> Data {
        var out = Data(magic)
        let count = UInt32(payload.count)
        out += [UInt8(count >> 24 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
        out += payload
        out += Data(SHA256.hash(data: payload).prefix(16))
        return out
    }

    /// Reads the records of `bytes` from `start` on.
    static func read(_ bytes: Data, from start: Int, path: String) throws(StoreError) -> Contents {
        var contents = Contents(end: start)
        var i = start
        let base = bytes.startIndex
        while bytes.count - i >= 8 {
            let head = bytes[(base + i)..<(base + i + 8)]
            let isStamp = i == start && Array(head.prefix(4)) == stampMagic
            let isIndex = contents.records.isEmpty && contents.index == nil && Array(head.prefix(4)) == indexMagic
            guard isStamp || isIndex || Array(head.prefix(4)) == magic else {
                throw .corruptWorkspace(path: path, reason: Text.string("store.unknownBytesAfterThe", ["i": "\(i)"]))
            }
            let count = head.suffix(4).reduce(0) { $0 << 8 | Int($1) }
            guard bytes.count - i - 8 >= count + 16 else { break }  // cut short: not written
            let payload = bytes[(base + i + 8)..<(base + i + 8 + count)]
            let sum = bytes[(base + i + 8 + count)..<(base + i + 8 + count + 16)]
            guard Data(SHA256.hash(data: payload).prefix(16)) == Data(sum) else {
                throw .corruptWorkspace(path: path, reason: Text.string("store.theChangeRecordedAt", ["i": "\(i)"]))
            }
            if isStamp {
                contents.stamp = (i, Data(payload))
            } else if isIndex {
                contents.index = (i, Data(payload))
            } else {
                contents.records.append((i, Data(payload)))
            }
            i += 8 + count + 16
            contents.end = i
        }
        return contents
    }

    /// Appends one record at `offset` (cutting off anything after it first) and flushes it to the disk.
    static func append(_ record: Data, to path: String, at offset: Int) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) != offset {
            guard ftruncate(fd, off_t(offset)) == 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        }
        var failure: String?
        record.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                done += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            _ = ftruncate(fd, off_t(offset))
            throw .writeFailed(path: path, reason: failure)
        }
    }
}
