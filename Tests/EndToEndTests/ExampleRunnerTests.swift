import Foundation
import ShopfloorTestSupport
import Testing

/// Every example a person is shown runs as written: the examples of every command's `--help`, and every
/// ```` ```sh ```` block of README.md and Docs/*.md, extracted from the help output and the documents
/// themselves, run by a shell in a scratch folder holding copies of the shipped samples (`Graphs/`,
/// `Examples/`), with the built binary on `PATH` as `shopfloor`.
///
/// Conventions (documented in Docs/testing.md):
/// - a help text's examples follow a line `Example:` or `Examples:` (or `Examples (what they show):`); each starts with `shopfloor ` (or with
///   `NAME=value shopfloor `), a line ending in `\` continues on the next; each command's examples run in order
///   in a fresh folder (a later example may use what an earlier one wrote);
/// - a document's `sh` blocks run in order in one fresh folder per document, one command per line (`\`
///   continues a line); `export NAME=value` holds for the lines after it;
/// - a command must exit 0, unless its comment says `# exits N`; one whose comment says `# runs until Ctrl-C` (the
///   workbench) must still be running once it has printed its link, and is then stopped;
/// - a `sh` block that cannot run here is preceded by the line `<!-- not run: reason -->` and is counted as
///   skipped, with its reason;
/// - a block preceded by `<!-- file: PATH -->` shows a shipped file, and must show it exactly (after the file's
///   leading comment lines).
@Suite("Every example runs as written")
struct ExampleRunnerTests {
    /// One command line to run, and where it came from.
    struct Example: CustomStringConvertible {
        var source: String
        var command: String
        var description: String { "\(source): \(command)" }

        /// The exit status the example says it ends with (`# exits N`), else 0.
        var expectedStatus: Int32 {
            guard let match = command.firstMatch(of: /#.*\bexits (\d+)/) else { return 0 }
            return Int32(match.1) ?? 0
        }

        /// Whether the example serves until stopped (`# runs until Ctrl-C`).
        var runsUntilStopped: Bool { command.firstMatch(of: /#.*\bruns until Ctrl-C/) != nil }
    }

    @Test("every example of every --help runs as written")
    func helpExamples() throws {
        let groups = try Self.helpExamples()
        let count = groups.map(\.examples.count).reduce(0, +)
        #expect(groups.count >= 15, "only \(groups.count) commands show examples")
        for group in groups {
            #expect(!group.examples.isEmpty, "shopfloor \(group.command) --help shows no example")
            try Self.run(group.examples, in: Self.sampleFolder(group.command))
        }
        print("ExampleRunner: \(count) help examples of \(groups.count) commands ran")
    }

    @Test("every sh block of the README and Docs/ runs as written",
        arguments: ["README.md"] + Self.docs())
    func documentExamples(document: String) throws {
        let text = try String(contentsOfFile: PackageRoot.path(document), encoding: .utf8)
        let (examples, skipped) = Self.shellBlocks(in: text, source: document)
        try Self.run(examples, in: Self.sampleFolder(document))
        print("ExampleRunner: \(document): \(examples.count) examples ran, \(skipped.count) blocks not run"
            + skipped.map { " (\($0))" }.joined())
        #expect(skipped.count <= 2, "\(document): \(skipped.count) blocks marked not run: \(skipped)")
    }

    @Test("every block marked <!-- file: PATH --> shows that shipped file exactly",
        arguments: ["README.md"] + Self.docs())
    func shownFilesShip(document: String) throws {
        let text = try String(contentsOfFile: PackageRoot.path(document), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: /^<!-- file: (\S+) -->$/), i + 1 < lines.count else { continue }
            let body = lines[(i + 2)...].prefix { !$0.hasPrefix("```") }.joined(separator: "\n") + "\n"
            let shipped = try String(contentsOfFile: PackageRoot.path(String(match.1)), encoding: .utf8)
            #expect(shipped.hasSuffix(body), "\(document):\(i + 1): the block differs from \(match.1)")
        }
    }

    @Test("the extractor finds examples, joins continued lines and reads marks")
    func extractor() {
        let text = """
            ```sh
            shopfloor check a.yaml   # comment
            shopfloor map plant a.yaml \\
              --workplace w -o out/x.svg
            ```
            <!-- not run: needs a printer -->
            ```sh
            lp out/x.pdf
            ```
            ```yaml
            shopfloor: not a command
            ```
            """
        let (examples, skipped) = Self.shellBlocks(in: text, source: "t.md")
        #expect(examples.map(\.command) == ["shopfloor check a.yaml   # comment",
            "shopfloor map plant a.yaml --workplace w -o out/x.svg"])
        #expect(skipped == ["needs a printer"])
        #expect("export A=1 B=2   # both".wholeMatch(of: /export((?: [A-Z_]+=\S+)+)\s*(#.*)?/)?.1 == " A=1 B=2")
        let help = Self.examples(inHelp: "Intro\n\nExamples:\n  shopfloor a \\\n    --b c\n  X=1 shopfloor d # exits 3\n"
            + "  X=1 Y=2 \\\n    shopfloor e    # runs until Ctrl-C\n\nOPTIONS:\n  shopfloor no\n", command: "a")
        #expect(help.map(\.command) == ["shopfloor a --b c", "X=1 shopfloor d # exits 3",
            "X=1 Y=2 shopfloor e    # runs until Ctrl-C"])
        #expect(help[1].expectedStatus == 3 && !help[1].runsUntilStopped)
        #expect(help[2].runsUntilStopped && help[2].expectedStatus == 0)
        let wrapped = Self.examplesAndStrays(inHelp: "Examples:\n  shopfloor map plant a.yaml --workplace w -o\n  out/x.svg\n",
            command: "map plant")
        #expect(wrapped.stray == ["out/x.svg"])
    }

    // MARK: - Extraction

    /// The documents under Docs/, as paths relative to the package root.
    static func docs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.path("Docs"))) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { "Docs/" + $0 }
    }

    /// Every command path (`""`, `"check"`, `"plan reach"`, …) and the examples its `--help` shows at 80 columns.
    static func helpExamples() throws -> [(command: String, examples: [Example])] {
        let dump = try CLI.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
        }
        struct Dump: Decodable { var command: Command }
        var paths: [String] = []
        func walk(_ command: Command, _ prefix: [String]) {
            paths.append(prefix.joined(separator: " "))
            for sub in command.subcommands ?? [] where sub.commandName != "help" { walk(sub, prefix + [sub.commandName]) }
        }
        walk(try JSONDecoder().decode(Dump.self, from: Data(dump.stdout.utf8)).command, [])
        return try paths.map { path in
            let help = try CLI.run(path.split(separator: " ").map(String.init) + ["--help"], environment: ["COLUMNS": "80"])
            #expect(help.status == 0, "shopfloor \(path) --help exited \(help.status)")
            let found = examplesAndStrays(inHelp: help.stdout, command: path)
            #expect(found.stray.isEmpty,
                "shopfloor \(path) --help: lines among the examples that are no command (wrapped?): \(found.stray)")
            let wide = help.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "shopfloor \(path) --help: lines wider than 80 columns: \(wide)")
            return (path, found.examples)
        }
    }

    /// The example lines of one help text: after a line `Example…:`, up to the usage or the next heading
    /// (`USAGE:`, `OPTIONS:`, …). A line there that is neither an example nor a heading is a command cut by
    /// wrapping (or prose among the examples): it comes back in `stray`.
    static func examples(inHelp help: String, command: String) -> [Example] {
        examplesAndStrays(inHelp: help, command: command).examples
    }

    static func examplesAndStrays(inHelp help: String, command: String) -> (examples: [Example], stray: [String]) {
        var examples: [Example] = [], stray: [String] = []
        var inExamples = false, pending = ""
        let source = command.isEmpty ? "shopfloor --help" : "shopfloor \(command) --help"
        for raw in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Example"), line.hasSuffix(":") { inExamples = true; continue }
            guard inExamples else { continue }
            if pending.isEmpty {
                if line.isEmpty { continue }
                if raw.first?.isUppercase == true, line.firstMatch(of: /^[A-Z][A-Z ]*:/) != nil { inExamples = false; continue }
                guard line.wholeMatch(of: /([A-Z_]+=\S+ )*shopfloor( .*)?|([A-Z_]+=\S+ )+\\/) != nil else {
                    if !line.hasSuffix(":") { stray.append(line) }
                    continue
                }
            }
            pending += (pending.isEmpty ? "" : " ") + line
            if pending.hasSuffix("\\") {
                pending.removeLast()
                pending = pending.trimmingCharacters(in: .whitespaces)
            } else {
                examples.append(Example(source: source, command: pending))
                pending = ""
            }
        }
        return (examples, stray)
    }

    /// The command lines of a Markdown text's `sh` blocks, and the reasons of the blocks marked not run.
    static func shellBlocks(in text: String, source: String) -> (examples: [Example], skipped: [String]) {
        var examples: [Example] = [], skipped: [String] = []
        var fence: String?, runnable = false, pending = "", lastMark: String?, lineNumber = 0, startLine = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(raw)
            if let open = fence {
                if line.hasPrefix(open) && line.trimmingCharacters(in: .whitespaces) == open { fence = nil; continue }
                guard runnable else { continue }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if pending.isEmpty && (trimmed.isEmpty || trimmed.hasPrefix("#")) { continue }
                if pending.isEmpty { startLine = lineNumber }
                pending += (pending.isEmpty ? "" : " ") + trimmed
                if pending.hasSuffix("\\") {
                    pending.removeLast()
                    pending = pending.trimmingCharacters(in: .whitespaces)
                } else {
                    examples.append(Example(source: "\(source):\(startLine)", command: pending))
                    pending = ""
                }
                continue
            }
            if let match = line.firstMatch(of: /^(```+)\s*(\S*)/) {
                fence = String(match.1)
                let language = String(match.2)
                let isShell = ["sh", "shell", "bash"].contains(language)
                runnable = isShell && lastMark == nil
                if isShell, let mark = lastMark { skipped.append(mark) }
                lastMark = nil
                continue
            }
            if let match = line.firstMatch(of: /^<!-- not run: (.+) -->$/) {
                lastMark = String(match.1)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                lastMark = nil
            }
        }
        return (examples, skipped)
    }

    // MARK: - Running

    /// A fresh folder holding copies of the shipped samples, as a person's clone of the repository has them.
    static func sampleFolder(_ tag: String) throws -> URL {
        let folder = URL(fileURLWithPath: try Scratch.folder("examples-" + tag.replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")))
        for name in ["Graphs", "Examples"] {
            try FileManager.default.copyItem(at: PackageRoot.url(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// Runs each example with bash (pipefail, so a failing `shopfloor … | jq` fails) in `folder`, the built
    /// binary first on `PATH`, and expects the status each example states.
    static func run(_ examples: [Example], in folder: URL) throws {
        let binary = try #require(CLI.binary, "the shopfloor binary was not found: run `swift build`")
        let binDirectory = URL(fileURLWithPath: binary).deletingLastPathComponent().path
        let bash = try #require(Tool.path("bash"))
        let path = binDirectory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        var environment = CLI.englishAndPlain.merging(["PATH": path, "COLUMNS": "80"]) { $1 }
        for example in examples {
            // `export NAME=value …` (a document's line) holds for the examples after it, as in one shell.
            if let export = example.command.wholeMatch(of: /export((?: [A-Z_]+=\S+)+)\s*(#.*)?/) {
                for assignment in export.1.split(separator: " ") {
                    let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                    environment[parts[0]] = parts[1]
                }
                continue
            }
            if example.runsUntilStopped {
                try runUntilItServes(example, bash: bash, environment: environment, in: folder)
                continue
            }
            let result = try Subprocess.run(bash, ["-o", "pipefail", "-c", example.command],
                environment: environment, in: folder)
            #expect(result.status == example.expectedStatus,
                "\(example) exited \(result.status), expected \(example.expectedStatus): \(result.stderr.suffix(600))")
        }
    }

    /// Starts a serving example, waits (at most a minute) until it prints its local link while still running,
    /// then stops it (SIGTERM: a job started with `&` by a script ignores Ctrl-C's SIGINT); the example fails when it exits before serving or never serves.
    static func runUntilItServes(_ example: Example, bash: String, environment: [String: String], in folder: URL) throws {
        let script = """
            out=$(mktemp); bash -c "$1" > "$out" 2>&1 & pid=$!
            for _ in $(seq 600); do
              grep -q 'http://127.0.0.1' "$out" && break
              kill -0 "$pid" 2>/dev/null || break
              sleep 0.1
            done
            grep -q 'http://127.0.0.1' "$out" && kill -0 "$pid" 2>/dev/null; served=$?
            kill "$pid" 2>/dev/null; ( sleep 20; kill -9 "$pid" ) >/dev/null 2>&1 & watchdog=$!
            wait "$pid"; kill "$watchdog" 2>/dev/null
            cat "$out"; rm -f "$out"; exit $served
            """
        let result = try Subprocess.run(bash, ["-c", script, "example", example.command], environment: environment, in: folder)
        #expect(result.status == 0, "\(example) did not serve: \(result.stdout.suffix(600))")
    }
}
