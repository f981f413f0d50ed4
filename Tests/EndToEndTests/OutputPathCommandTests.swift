import Foundation
import ShopfloorTestSupport
import Testing

/// No output ever overwrites an input (issue 12.2) and every artefact is owner-only (issue 12.8), end to end:
/// each command that writes a file refuses the source, its backup and its lock however the path is spelt,
/// before anything is written; a missing output folder is created.
@Suite("outputs never overwrite inputs, end to end")
struct OutputPathCommandTests {
    /// A scratch copy of the plant sample and a plain workspace holding it.
    static func sources() throws -> (folder: String, graph: String, workspace: String) {
        let folder = try Scratch.folder()
        let graph = folder + "/plant.yaml"
        try FileManager.default.copyItem(atPath: Sample.automotivePlant.path, toPath: graph)
        let workspace = folder + "/w.shopfloor"
        #expect(try CLI.run(["init", workspace]).status == 0)
        #expect(try CLI.run(["import", workspace, graph]).status == 0)
        return (folder, graph, workspace)
    }

    /// Every command that writes a file, writing to `output` from `source`.
    static func writers(source: String, output: String) -> [[String]] {
        [
            ["export", source, "--format", "yaml", "-o", output],
            ["export", source, "--format", "json", "-o", output],
            ["export", source, "--format", "graphml", "-o", output],
            ["export", source, "--format", "xlsx", "-o", output],
            ["map", "district", source, "-o", output, "--format", "svg"],
            ["map", "cells", source, "-o", output, "--format", "dot"],
            ["map", "plant", source, "--workplace", "korfez-motor", "-o", output, "--format", "dot"],
            ["report", "penetration", source, "--html", output],
            ["plan", "gates", source, "--into", "korfez-motor", "--week", "2026-11-23", "--ics", output],
        ]
    }

    /// Runs every writer onto `output` and expects each to be refused with the source unchanged.
    static func expectRefused(source: String, output: String, protected: String) throws {
        let before = FileManager.default.contents(atPath: protected)
        for args in writers(source: source, output: output) {
            let result = try CLI.run(args)
            #expect(result.status == 1, "\(args.joined(separator: " ")) was not refused: \(result.stderr)")
            #expect(result.stderr.contains("nothing was written"), "\(args.joined(separator: " ")): \(result.stderr)")
            #expect(FileManager.default.contents(atPath: protected) == before, "\(args.joined(separator: " ")) changed \(protected)")
        }
    }

    @Test func aGraphFileIsNeverWrittenOver() throws {
        let (folder, graph, _) = try Self.sources()
        try Self.expectRefused(source: graph, output: graph, protected: graph)
        // Spelt another way: relative with dots, through a symbolic link, through a hard link.
        try Self.expectRefused(source: graph, output: folder + "/./../" + (folder as NSString).lastPathComponent + "/plant.yaml",
            protected: graph)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: graph)
        try Self.expectRefused(source: graph, output: folder + "/link.yaml", protected: graph)
        try FileManager.default.linkItem(atPath: graph, toPath: folder + "/hard.yaml")
        try Self.expectRefused(source: graph, output: folder + "/hard.yaml", protected: graph)
        // A CSV folder one of whose files is a link to the source: refused before any file is written.
        let csvFolder = folder + "/csv"
        try FileManager.default.createDirectory(atPath: csvFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: csvFolder + "/people.csv", withDestinationPath: graph)
        let before = FileManager.default.contents(atPath: graph)
        let csv = try CLI.run(["export", graph, "--format", "csv", "-o", csvFolder])
        #expect(csv.status == 1 && csv.stderr.contains("nothing was written"), "\(csv.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: csvFolder) == ["people.csv"])
        #expect(FileManager.default.contents(atPath: graph) == before)
    }

    @Test func aWorkspaceItsBackupAndItsLockAreNeverWrittenOver() throws {
        let (folder, _, workspace) = try Self.sources()
        // An edit leaves a backup beside the workspace.
        let edit = try CLI.run(["person", "add", workspace, "p-9999", "--name", "New Person", "--shop", "km-press"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace + ".bak"))
        for output in [workspace, workspace + ".bak", workspace + ".lock"] {
            try Self.expectRefused(source: workspace, output: output, protected: workspace)
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/w-link", withDestinationPath: workspace)
        try Self.expectRefused(source: workspace, output: folder + "/w-link", protected: workspace)
        // A link to where the backup will be, before there is one, is refused too.
        try FileManager.default.createSymbolicLink(atPath: folder + "/bak-link", withDestinationPath: workspace + ".bak")
        try Self.expectRefused(source: workspace, output: folder + "/bak-link", protected: workspace)
        // The workspace still opens.
        #expect(try CLI.run(["check", workspace]).status != 1)
    }

    @Test func aPlanOrCostsFileGivenIsNeverWrittenOver() throws {
        let (folder, graph, _) = try Self.sources()
        let plan = try CLI.run(["plan", "reach", graph, "--from", "arapcesme-street", "--into", "korfez-motor", "--json"])
        let planFile = folder + "/plan.json"
        try Data(plan.stdout.utf8).write(to: URL(fileURLWithPath: planFile))
        let map = try CLI.run(["map", "plant", graph, "--workplace", "korfez-motor", "--plan", planFile, "-o", planFile, "--format", "dot"])
        #expect(map.status == 1 && map.stderr.contains("nothing was written"), "\(map.stderr)")
        #expect(FileManager.default.contents(atPath: planFile) == Data(plan.stdout.utf8))
        let costs = folder + "/costs.yaml"
        try Data("channel:\n  gate: 6\n".utf8).write(to: URL(fileURLWithPath: costs))
        let ics = try CLI.run(["plan", "gates", graph, "--into", "korfez-motor", "--week", "2026-11-23", "--costs", costs, "--ics", costs])
        #expect(ics.status == 1 && ics.stderr.contains("nothing was written"), "\(ics.stderr)")
        #expect(FileManager.default.contents(atPath: costs) == Data("channel:\n  gate: 6\n".utf8))
    }

    @Test func missingFoldersAreCreatedAndEveryArtefactIsOwnerOnly() throws {
        let (folder, graph, _) = try Self.sources()
        for (i, args) in Self.writers(source: graph, output: folder + "/new/\(0)/x").enumerated() {
            let output = folder + "/new/\(i)/deeper/artefact"
            let run = args.map { $0.hasSuffix("/new/0/x") ? output : $0 }
            let result = try CLI.run(run)
            #expect(result.status == 0, "\(run.joined(separator: " ")): \(result.stderr)")
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o600, "\(run.joined(separator: " ")) wrote mode \(String(mode & 0o777, radix: 8))")
        }
        let csv = try CLI.run(["export", graph, "--format", "csv", "-o", folder + "/csv/out"])
        #expect(csv.status == 0, "\(csv.stderr)")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/csv/out") {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/csv/out/" + name)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o600, "\(name): \(String(mode & 0o777, radix: 8))")
        }
    }
}
