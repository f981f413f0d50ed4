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

/// The folder and name of a path, split without Foundation's path functions (which trap on `x`).
@Suite("Path parts")
struct PathPartsTests {
    @Test("folder and name of bare, relative, absolute and slash-ended paths")
    func parts() {
        #expect(PathParts("x") == PathParts(folder: "", name: "x"))
        #expect(PathParts("x").openableFolder == ".")
        #expect(PathParts("out/x") == PathParts(folder: "out", name: "x"))
        #expect(PathParts("/x") == PathParts(folder: "/", name: "x"))
        #expect(PathParts("/a/b/c.xlsx") == PathParts(folder: "/a/b", name: "c.xlsx"))
        #expect(PathParts("a//b") == PathParts(folder: "a", name: "b"))
        #expect(PathParts("a/b/") == PathParts(folder: "a", name: "b"))
        #expect(PathParts("xl/workbook.xml") == PathParts(folder: "xl", name: "workbook.xml"))
        #expect(PathParts("") == PathParts(folder: "", name: ""))
    }

    @Test("an atomic write to a one-letter name in the current folder's terms leaves only that file")
    func oneLetterWrite() throws {
        let dir = try Scratch.folder()
        try AtomicFile.write(Data("a\n".utf8), to: dir + "/x", keepBackup: false)
        AtomicFile.syncDirectory(of: "x")  // a bare name syncs "." and does not trap
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["x"])
    }
}
