import Foundation
import ZIPFoundation

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
            throw .unreadable(path: path, reason: "it is not a regular file")
        }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.fileBytes else {
            throw .unreadable(path: path, reason: "it is \(size >> 20) MB, more than the \(limits.fileBytes >> 20) MB a workbook may have; "
                + "split it, or save its sheets as CSV")
        }
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw .unreadable(path: path, reason: "it is not a workbook (not a zip archive); save it again as .xlsx or .ods")
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw .unreadable(path: path, reason: "it holds more than \(limits.entries) parts, which no spreadsheet program writes")
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
        let bomb = StoreError.unreadable(path: path, reason: "its part \(part) unpacks to more than "
            + "\(limits.partBytes >> 20) MB (or the workbook to more than \(limits.totalBytes >> 20) MB); it may be a zip bomb. "
            + "A real workbook this large should be split or saved as CSV")
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
            throw .unreadable(path: path, reason: "its part \(part) is damaged (\(error)); save the workbook again")
        }
        guard checksum == entry.checksum else {
            throw .unreadable(path: path, reason: "its part \(part) is damaged (its checksum does not match); "
                + "open it in a spreadsheet program and save it again, or use an earlier copy")
        }
        unpacked += out.count
        return out
    }
}
