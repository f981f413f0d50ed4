import Foundation
import ShopfloorTestSupport
import Testing

/// `export … -o x` once wrote `x` and then died of signal 4 (status 132 in a shell, "4" in a runner): Foundation's
/// `deletingLastPathComponent` traps on a one-character path, and every atomic write asked it for the folder to
/// sync. An output name is the person's to choose: any name, with or without an extension, is written.
@Suite("export to an output named as the person likes")
struct ExportOutputNameTests {
    @Test("a one-letter output without an extension is written in every format, and reads back", arguments: ["xlsx", "ods", "yaml", "json", "graphml"])
    func oneLetterOutput(format: String) throws {
        let dir = try Scratch.folder("one-letter-\(format)")
        let sample = PackageRoot.url.appendingPathComponent(Sample.automotivePlant.relativePath).path
        let result = try CLI.run(["export", sample, "--format", format, "-o", "x"], in: URL(fileURLWithPath: dir))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote x:"), "\(result.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["x"], "no temporary file is left behind")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: dir + "/x")[.size] as? Int)
        #expect(size > 1000)
        guard format == "xlsx" else { return }
        // The workbook reads back under a name that says what it is.
        try FileManager.default.moveItem(atPath: dir + "/x", toPath: dir + "/x.xlsx")
        #expect(try CLI.run(["init", dir + "/w.shopfloor"]).status == 0)
        let back = try CLI.run(["import", dir + "/w.shopfloor", dir + "/x.xlsx"])
        #expect(back.status == 0, "\(back.stderr)")
    }
}
