import Foundation
import ShopfloorTestSupport
import Testing

@Suite("shopfloor map, end to end")
struct MapCommandTests {
    static func outputFolder() throws -> URL { URL(fileURLWithPath: try Scratch.folder("maps")) }

    @Test("every map kind writes every format, named by the extension", arguments: ["svg", "png", "pdf", "dot"])
    func formats(ext: String) throws {
        let dir = try Self.outputFolder()
        let commands: [[String]] = [
            ["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor"],
            ["map", "district", "Graphs/district.yaml"],
            ["map", "cells", "Graphs/district.yaml"],
        ]
        let magic: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47],
            "pdf": Array("%PDF".utf8), "dot": Array("digraph".utf8)]
        for (i, command) in commands.enumerated() {
            let file = dir.appendingPathComponent("map\(i).\(ext)").path
            let result = try CLI.run(command + ["-o", file])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("wrote \(file)"))
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(Array(bytes.prefix(magic[ext]?.count ?? 0)) == magic[ext])
        }
        // Written atomically: no temporary file is left beside the maps.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == ["map0.\(ext)", "map1.\(ext)", "map2.\(ext)"])
    }

    @Test("-o - writes SVG to standard output; the plan is drawn; names stay hidden")
    func standardOutputAndPlan() throws {
        let result = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--plan", "Examples/meeting-maps-plan.json", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("3.1 gate"))
        #expect(!result.stdout.contains("Zeynep"))
        let revealed = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--reveal-names", "-o", "-", "--format", "dot"])
        #expect(revealed.stdout.hasPrefix("digraph"))
        #expect(revealed.stdout.contains("NAMES SHOWN"))
    }

    @Test("--from plans in place and draws the first contacts; a plan written by `plan reach --json` is drawn")
    func fromAndPlanFile() throws {
        let core = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--from", "arapcesme-street", "-o", "-", "--format", "dot"])
        #expect(core.status == 0, "\(core.stderr)")
        #expect(core.stdout.contains("core plan: "))
        #expect(core.stdout.contains("penwidth=3.5"))
        let reach = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "arapcesme-street",
            "--into", "korfez-motor", "--alternatives", "1", "--json"])
        #expect(reach.status == 0, "\(reach.stderr)")
        let planPath = try CLI.temporaryFile("reach.json", reach.stdout)
        let drawn = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--plan", planPath, "--paths", "5", "-o", "-", "--format", "dot"])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(drawn.stdout.contains("reach plan: 5 of "))
        // The alternative is drawn: its line carries its number, the place it passes says the rest.
        #expect(drawn.stdout.contains("xlabel=\"alt 1.1:1"))
        #expect(drawn.stdout.contains("alt 1.1:1 pub ("))
        #expect(drawn.stdout.contains("style=\"dashed\""))
        let inPlace = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--from", "arapcesme-street", "--planner", "reach", "--alternatives", "1", "--paths", "3", "-o", "-"])
        #expect(inPlace.status == 0, "\(inPlace.stderr)")
        #expect(inPlace.stdout.contains("alt 1.1:1 "))
        #expect(!inPlace.stdout.contains("Zeynep"))
        let both = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor",
            "--plan", planPath, "--from", "arapcesme-street", "-o", "x.svg"])
        #expect(both.status == 2)
    }

    @Test("bad input exits 1 and bad usage exits 2, each with a message", arguments: [
        (["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "nowhere", "-o", "x.svg"], Int32(1), "no workplace 'nowhere'"),
        (["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "-o", "x.txt"], 2, "cannot tell the format"),
        (["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "--layout", "x", "-o", "x.svg"], 2,
         "The value 'x' is invalid for '--layout <engine>'"),
        (["map", "district", "Graphs/district.yaml", "--district", "Atlantis", "-o", "x.svg"], 1, "known districts"),
        (["map", "district", "Graphs/district.yaml", "--by", "colour", "-o", "x.svg"], 2,
         "Please provide one of 'district' and 'sector'"),
        (["map", "cells", "Graphs/missing.yaml", "-o", "x.svg"], 1, "no such file"),
        (["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "--from", "arapcesme-street",
          "--alternatives", "1", "-o", "x.svg"], 2, "--alternatives needs"),
    ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        // A usage error is wrapped to the terminal: the message may run over a line break.
        let flowing = result.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(result.stderr.contains(message) || flowing.contains(message), "\(result.stderr)")
    }

    @Test("every map command has --help with an example", arguments: ["plant", "district", "cells"])
    func help(kind: String) throws {
        let result = try CLI.run(["map", kind, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("shopfloor map \(kind)"))
    }
}
