import Foundation
import ZIPFoundation
import ShopfloorText

/// The parts of a zip-packaged document (.xlsx, .ods), read one at a time within ``WorkbookLimits``.
final class ZipPackage {
    private let archive: Archive
    private let path: String
    private let limits: WorkbookLimits
    /// The entries by normalized path (forward slashes, no leading slash).
    private var entries: [String: Entry] = [:]
    /// Bytes unpacked so far.
    private var unpacked = 0

    /// Opens the archive at `path` and lists its entries.
    init(path: String, limits: WorkbookLimits) throws(StoreError) {
        self.path = path
        self.limits = limits
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard !isDirectory.boolValue, (attributes?[.type] as? FileAttributeType) == .typeRegular else {
            throw .unreadable(path: path, reason: Text.string("store.itIsNotA"))
        }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.fileBytes else {
            throw .unreadable(path: path, reason: Text.string("store2.itIsMbMore", ["size": "\(size >> 20)", "fileBytes": "\(limits.fileBytes >> 20)"]))
        }
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw .unreadable(path: path, reason: Text.string("store.itIsNotA2"))
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw .unreadable(path: path, reason: Text.string("store.itHoldsMoreThan", ["entries": "\(limits.entries)"]))
            }
            entries[Self.normalize(entry.path)] = entry
        }
    }

    static func normalize(_ part: String) -> String {
        var p = part.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p
    }

    /// Whether the package holds `part`.
    func has(_ part: String) -> Bool { entries[Self.normalize(part)] != nil }

    /// The bytes of `part`, or nil when the package has no such part.
    func data(_ part: String) throws(StoreError) -> Data? {
        guard let entry = entries[Self.normalize(part)] else { return nil }
        let declared = entry.uncompressedSize, packed = max(entry.compressedSize, 1)
        let bomb = StoreError.unreadable(path: path, reason: Text.string("store2.itsPartUnpacksTo", ["part": "\(part)", "partBytes": "\(limits.partBytes >> 20)", "totalBytes": "\(limits.totalBytes >> 20)"]))
        guard declared <= UInt64(limits.partBytes), Int(declared) + unpacked <= limits.totalBytes else { throw bomb }
        if declared > 16 << 20, declared / packed > UInt64(limits.ratio) { throw bomb }
        var out = Data()
        var overflow = false
        let partLimit = limits.partBytes, room = limits.totalBytes - unpacked
        let checksum: CRC32
        do {
            // ZIPFoundation computes the CRC-32 but leaves comparing it to the caller.
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= min(partLimit, room) else {
                    overflow = true
                    throw CocoaError(.fileReadTooLarge)
                }
                out.append(chunk)
            }
        } catch {
            if overflow { throw bomb }
            throw .unreadable(path: path, reason: Text.string("store.itsPartIsDamaged", ["part": "\(part)", "error": "\(error)"]))
        }
        guard checksum == entry.checksum else {
            throw .unreadable(path: path, reason: Text.string("store2.itsPartIsDamaged", ["part": "\(part)"]))
        }
        unpacked += out.count
        return out
    }
}
