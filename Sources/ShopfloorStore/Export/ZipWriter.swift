import Foundation
import ZIPFoundation

/// Zip archives made in memory with ZIPFoundation: workbooks (.xlsx, .ods) and the workbench's meeting pack.
public enum ZipWriter {
    /// The archive of the entries, in order, each deflated except those named in `stored`; every entry carries
    /// one fixed date, so the same entries give the same bytes.
    public static func pack(_ entries: [(name: String, bytes: Data)], stored: Set<String> = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 946_728_000)  // 2000-01-01 12:00 UTC: the same bytes every time
        for entry in entries {
            let bytes = entry.bytes
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: stored.contains(entry.name) ? .none : .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
