import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// Atomic writes that fail or are cut short leave the previous version and nothing else. (Killing the real
/// binary during writes is an end-to-end test: EndToEndTests, `KillDuringWriteTests`.)
@Suite("Atomic writes: failures and leftovers")
struct AtomicFileTests {
    @Test("a streamed write that fails halfway leaves the old file and no temporary file behind")
    func streamedWriteFailure() throws {
        let dir = try Scratch.folder()
        let path = dir + "/graph.yaml"
        try Data("old contents\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) {
            try AtomicFile.write(to: path, keepBackup: false) { chunk throws(StoreError) in
                try chunk(Data("half of the new file".utf8))
                throw StoreError.writeFailed(path: path, reason: "the writer gave up")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["graph.yaml"])
        try AtomicFile.write(to: path, keepBackup: false) { chunk throws(StoreError) in
            for part in ["new ", "contents ", "in three chunks\n"] { try chunk(Data(part.utf8)) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new contents in three chunks\n")
    }

    @Test("a write after one killed between keeping the backup and renaming leaves no link behind")
    func writeAfterKillBeforeRename() throws {
        let dir = try Scratch.folder()
        let path = dir + "/graph.yaml"
        try Data("version 1\n".utf8).write(to: URL(fileURLWithPath: path))
        // What a writer killed after `link` + `rename` of the backup, before its own rename, leaves: the backup
        // is a second link to the target itself.
        #expect(link(path, path + ".bak") == 0)
        try AtomicFile.write(Data("version 2\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "version 2\n")
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == "version 1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["graph.yaml", "graph.yaml.bak"])
    }
}
