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
            throw ValidationError("--encrypt applies to a workspace; name the output like world.shopfloor")
        }
    }

    /// A spec's problem in the words of this command's flags.
    static func message(for problem: WorldSpec.Problem) -> String {
        switch problem {
        case .noPeople: "--people must be at least 1"
        case .noWorkplaces: "--workplaces must be at least 1"
        case .moreWorkplacesThanPeople(let workplaces, let people):
            "--workplaces (\(workplaces)) cannot exceed --people (\(people))"
        case .tooManyPeople: "--people is limited to 50,000,000"
        case .tiesPerPersonOutOfRange(let ties): "--ties-per-person must be within 0...50, not \(ties)"
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
            throw ValidationError("-o '\(output)': end the name with .yaml, .json or .shopfloor (or use - for standard output)")
        }
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let target = try self.target()
        if target == .workspace, FileManager.default.fileExists(atPath: output) {
            throw CLIError.input("\(output) exists; generate never replaces a workspace (it may hold an "
                + "organization's data): choose another name, or remove the file yourself first")
        }
        if target != .standardOutput, !force, FileManager.default.fileExists(atPath: output) {
            throw CLIError.input("\(output) exists; pass --force to replace it, or choose another name")
        }
        let passphrase = encrypt ? try Passphrase.new(for: output) : nil
        let started = Date()
        let bar = SharedProgressBar(title: "generating")
        let graph = WorldGenerator.generate(spec) { bar.update(fraction: $0) }
        let generated = Date()
        if Terminal.progressEnabled, target != .standardOutput { Terminal.standardError.write("writing \(output)…\n") }
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
        Terminal.print("Wrote \(output): \(report.people) people, \(report.workplaces) workplaces, \(report.ties) ties, "
            + "\(report.cells) cells (seed \(seed); generated in \(Self.seconds(report.generateSeconds)), "
            + "written in \(Self.seconds(report.writeSeconds)))")
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
