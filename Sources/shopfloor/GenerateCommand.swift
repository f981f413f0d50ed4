import ArgumentParser
import Foundation
import ShopfloorGenerator
import ShopfloorModel
import ShopfloorStore

/// `shopfloor generate`: writes a synthetic world to a graph file or straight into a new workspace.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a synthetic world (plants, shops, shifts, people, ties, cells) for demos and benchmarks.",
        discussion: """
            The world has the structure of a real one: heavy-tailed plant sizes, employers with many sites, \
            districts and neighbourhoods, pubs near plants, rare members and cells, rarer informers, and ties \
            that cluster among coworkers of one shop and shift, neighbours, kin and friends (about ten ties a \
            person). The same sizes and --seed always give the same world. Names are made up.

            The output follows the extension: .yaml/.yml or .json write a graph file, .shopfloor creates a \
            workspace (with --encrypt, sealed with SHOPFLOOR_PASSPHRASE or a prompted passphrase). `-o -` writes \
            YAML to standard output. An existing graph file is kept unless --force; an existing workspace is \
            never replaced.

            Examples:
              shopfloor generate --people 10000 --workplaces 40 -o town.yaml
              shopfloor generate --people 1000000 --workplaces 4000 --seed 7 -o nation.shopfloor
            """
    )

    @Option(help: "People in the world (1...50,000,000).")
    var people: Int

    @Option(help: "Workplaces (default: one per 250 people).")
    var workplaces: Int?

    @Option(help: "Random seed: the same seed and sizes give the same world.")
    var seed: UInt64 = 1

    @Option(help: "Ties drawn per person on average (0...50).")
    var tiesPerPerson: Double = 10

    @Option(name: .shortAndLong, help: "A .yaml, .yml, .json or .shopfloor file, or - for YAML on standard output.")
    var output: String

    @Flag(help: "Replace an existing graph file (never a workspace).")
    var force = false

    @Flag(help: "Encrypt the new workspace (only with a .shopfloor output).")
    var encrypt = false

    @Flag(help: "Print what was written as JSON.")
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
