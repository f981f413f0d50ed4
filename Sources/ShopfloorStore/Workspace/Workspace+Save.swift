import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

extension Workspace {
    /// Writes the in-memory database to the file: serialize, seal if encrypted, replace atomically. The
    /// journal is folded into the new image.
    func save() throws(StoreError) {
        // A mapped image carrying a stamp: if it is the stamped image, the graph is as checked as it was then.
        if let pending = pendingStamp {
            pendingStamp = nil
            if !checked, pending.matches() {
                imageVerified = true
                checked = pending.rulesKept
            }
        }
        // A snapshot of the people and ties goes beside a stamped image; the old one is removed first, so that
        // none outlives the image it was made from.
        var snapshotBytes: Data?
        ReadSnapshot.remove(for: path)
        snapshot = nil
        let position: JournalPosition? = try perform {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: WorkspaceTables.peoplePositionIndex)
                // An encrypted workspace keeps the index `log` checks a contact with, without decrypting the image.
                let index = try sealing.map { s in try LogIndex.build(db, key: s.key) }
                return try RawSQLite.withImage(of: db) { image in
                    let data = try sealing.map { s throws(StoreError) in try s.seal(image) } ?? image
                    let plainLength = ImageFile.sqliteLength([UInt8](image.prefix(100)), size: image.count)
                    let canAppend = sealing != nil || plainLength == image.count
                    let binding = sealing == nil ? Data() : Data(data.suffix(16))
                    // A graph known to keep every rule is stamped, so that reads trust this very image.
                    var stamp = Data()
                    if checked, canAppend {
                        let digest = ImageDigest.of(image)
                        snapshotBytes = try ReadSnapshot.make(db, digest: digest, sealing: sealing, binding: binding)
                        stamp = ChangeJournal.frame(try sealing.map { s throws(StoreError) in
                            try s.sealRecord(digest, at: data.count, image: binding)
                        } ?? digest, magic: ChangeJournal.stampMagic)
                    }
                    let indexRecord = try sealing.map { s throws(StoreError) in
                        ChangeJournal.frame(try s.sealRecord(index ?? Data(), at: data.count + stamp.count, image: binding),
                            magic: ChangeJournal.indexMagic)
                    } ?? Data()
                    try AtomicFile.write(to: path) { chunk throws(StoreError) in
                        try chunk(data)
                        if !stamp.isEmpty { try chunk(stamp) }
                        if !indexRecord.isEmpty { try chunk(indexRecord) }
                    }
                    return JournalPosition(start: data.count, end: data.count + stamp.count + indexRecord.count, records: 0,
                        canAppend: canAppend, binding: binding, index: indexRecord.count)
                }
            }
        }
        guard let position else { throw StoreError.database(path: path, reason: Text.string("store.cannotSerializeTheDatabase")) }
        journal = position
        if let snapshotBytes { ReadSnapshot.write(snapshotBytes, for: path) }
    }
}
