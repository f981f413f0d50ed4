import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorGenerator
import ShopfloorModel
import ShopfloorStore

/// `shopfloor generate`: writes a synthetic world to a graph file or straight into a new workspace.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: Text.string("cmd.generate.generate.abstract"),
        discussion: Text.string("cmd.generate.generate.discussion")
    )

    @Option(help: ArgumentHelp(Text.string("opt.generate.people")))
    var people: Int

    @Option(help: ArgumentHelp(Text.string("opt.generate.workplaces")))
    var workplaces: Int?

    @Option(help: ArgumentHelp(Text.string("opt.generate.seed")))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(Text.string("opt.generate.tiesPerPerson")))
    var tiesPerPerson: Double = 10

    @Option(name: .shortAndLong, help: ArgumentHelp(Text.string("opt.generate.output")))
    var output: String

    @Flag(help: ArgumentHelp(Text.string("opt.generate.force")))
    var force = false

    @Flag(help: ArgumentHelp(Text.string("opt.generate.encrypt")))
    var encrypt = false

    @Flag(help: ArgumentHelp(Text.string("opt.export.json")))
    var json = false

    /// Where the world goes.
    enum Target: Equatable {
        case graphFile(GraphFile.Format), workspace, standardOutput
    }

    func validate() throws {
        let spec = self.spec
        if let problem = spec.problem { throw ValidationError(Self.message(for: problem)) }
        let target = try self.target()
        if encrypt, target != .workspace {
            throw ValidationError(Text.string("generate.encryptNeedsWorkspace"))
        }
    }

    /// A spec's problem in the words of this command's flags.
    static func message(for problem: WorldSpec.Problem) -> String {
        switch problem {
        case .noPeople: Text.string("generate.noPeople")
        case .noWorkplaces: Text.string("generate.noWorkplaces")
        case .moreWorkplacesThanPeople(let workplaces, let people):
            Text.string("generate.workplacesExceedPeople", ["workplaces": .integer(workplaces), "people": .integer(people)])
        case .tooManyPeople: Text.string("generate.tooManyPeople")
        case .tiesPerPersonOutOfRange(let ties): Text.string("generate.tiesPerPerson", ["ties": "\(ties)"])
        }
    }

    /// The spec the flags ask for.
    var spec: WorldSpec {
        WorldSpec(people: people, workplaces: workplaces ?? max(1, people / 250), seed: seed, tiesPerPerson: tiesPerPerson)
    }

    /// The kind of output the `-o` path names.
    func target() throws -> Target {
        if output == "-" { return .standardOutput }
        switch (output as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return .graphFile(.yaml)
        case "json": return .graphFile(.json)
        case "shopfloor": return .workspace
        default:
            throw ValidationError(Text.string("generate.outputExtension", ["output": "\(output)"]))
        }
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let target = try self.target()
        if target == .workspace, FileManager.default.fileExists(atPath: output) {
            throw CLIError.input(Text.string("generate.workspaceExists", ["output": "\(output)"]))
        }
        if target != .standardOutput, !force, FileManager.default.fileExists(atPath: output) {
            throw CLIError.input(Text.string("generate.fileExists", ["output": "\(output)"]))
        }
        let passphrase = encrypt ? try Passphrase.new(for: output) : nil
        let started = Date()
        let bar = SharedProgressBar(title: Text.string("generate.progress"))
        let graph = WorldGenerator.generate(spec) { bar.update(fraction: $0) }
        let generated = Date()
        if Terminal.progressEnabled, target != .standardOutput { Terminal.standardError.write(Text.string("generate.writing", ["output": "\(output)"]) + "\n") }
        switch target {
        case .standardOutput:
            try GraphFileWriter.stream(graph, format: .yaml) { text throws(StoreError) in Terminal.standardOutput.write(text) }
            return
        case .graphFile(let format):
            try (format == .yaml ? ExportFormat.yaml : ExportFormat.json).write(graph, to: output)
        case .workspace:
            let workspace = try Workspace.create(at: output, passphrase: passphrase)
            try workspace.replaceGraph(with: graph, action: "generate")
        }
        let report = GenerateReport(output: output, seed: seed, people: graph.people.count,
            workplaces: graph.workplaces.count, ties: graph.ties.count, cells: graph.cells.count,
            generateSeconds: generated.timeIntervalSince(started), writeSeconds: Date().timeIntervalSince(generated))
        if json { return try JSONOutput.print(report) }
        Terminal.say(Text.string("generate.wrote", CountWords.arguments(["people": report.people,
            "workplaces": report.workplaces, "ties": report.ties, "cells": report.cells]).merging([
            "output": "\(output)", "seed": "\(seed)", "generated": .decimal(report.generateSeconds, places: 1),
            "written": .decimal(report.writeSeconds, places: 1)]) { $1 }))
    }

    private static func seconds(_ s: Double) -> String { String(format: "%.1f s", s) }
}

/// The JSON form of `shopfloor generate`.
struct GenerateReport: Encodable {
    var output: String
    var seed: UInt64
    var people, workplaces, ties, cells: Int
    var generateSeconds, writeSeconds: Double
}
