import Foundation
import ShopfloorTestSupport
import Testing

/// An import that changes nothing leaves the workspace alone (issue 12.9): the file is not rewritten and its
/// `.bak` (the version before the last real change) is not rotated away.
@Suite("a no-op import, end to end")
struct NoOpImportCommandTests {
    @Test func importingTheSameFileAgainTouchesNothing() throws {
        let workspace = try Scratch.folder() + "/w.shopfloor"
        #expect(try CLI.run(["init", workspace]).status == 0)
        #expect(try CLI.run(["import", workspace, Sample.automotivePlant.relativePath]).status == 0)
        let file = try FileManager.default.attributesOfItem(atPath: workspace)
        let backup = FileManager.default.contents(atPath: workspace + ".bak")
        let again = try CLI.run(["import", workspace, Sample.automotivePlant.relativePath])
        #expect(again.status == 0, "\(again.stderr)")
        let after = try FileManager.default.attributesOfItem(atPath: workspace)
        #expect(after[.systemFileNumber] as? Int == file[.systemFileNumber] as? Int, "the workspace was rewritten")
        #expect(after[.modificationDate] as? Date == file[.modificationDate] as? Date)
        #expect(FileManager.default.contents(atPath: workspace + ".bak") == backup, "the backup was rotated")
    }
}
