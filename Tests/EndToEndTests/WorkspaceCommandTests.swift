import Foundation
import Testing

@Suite("workspace commands, end to end")
struct WorkspaceCommandTests {
    private func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-e2e-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    private func summary(_ result: CLI.Result) throws -> NSDictionary {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["summary"] as? NSDictionary)
    }

    @Test("check reads a workspace as it reads the graph file imported into it", arguments: ["Graphs/district.yaml", "Graphs/automotive-plant.yaml"])
    func checkWorkspaceLikeFile(sample: String) throws {
        let path = try scratch() + "/w.shopfloor"
        #expect(try CLI.run(["init", path]).status == 0)
        let imported = try CLI.run(["import", path, sample])
        #expect(imported.status == 0, "\(imported.stderr)")
        let fromFile = try summary(CLI.run(["check", sample, "--json"]))
        let fromWorkspace = try summary(CLI.run(["check", path, "--json"]))
        #expect(fromFile == fromWorkspace)
        // Importing again changes nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try CLI.run(["import", path, sample]).status == 0)
        #expect(try summary(CLI.run(["check", path, "--json"])) == fromFile)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == before.count)
    }

    @Test("an encrypted workspace: right passphrase opens, wrong or missing one fails with exit 1")
    func encrypted() throws {
        let dir = try scratch()
        let path = dir + "/sealed.shopfloor"
        let env = ["SHOPFLOOR_PASSPHRASE": "a long enough passphrase"]
        #expect(try CLI.run(["init", path, "--encrypt"], environment: env).status == 0)
        #expect(try CLI.run(["import", path, "Graphs/district.yaml"], environment: env).status == 0)
        #expect(try CLI.run(["check", path], environment: env).status == 0)
        let wrong = try CLI.run(["check", path], environment: ["SHOPFLOOR_PASSPHRASE": "not the passphrase"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("wrong passphrase"))
        let exported = try CLI.run(["export", path, "--format", "yaml", "-o", dir + "/out.yaml", "--reveal-names"], environment: env)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try summary(CLI.run(["check", dir + "/out.yaml", "--json"])) == summary(CLI.run(["check", "Graphs/district.yaml", "--json"])))
    }

    @Test("export hides names by default and refuses bad options with exit 2")
    func exportDefaults() throws {
        let dir = try scratch()
        let path = dir + "/w.shopfloor"
        #expect(try CLI.run(["init", path]).status == 0)
        #expect(try CLI.run(["import", path, "Graphs/automotive-plant.yaml"]).status == 0)
        let graphml = try CLI.run(["export", path, "--format", "graphml", "-o", dir + "/g.graphml"])
        #expect(graphml.status == 0)
        let text = try String(contentsOfFile: dir + "/g.graphml", encoding: .utf8)
        #expect(text.contains("p-"))
        let yaml = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("Graphs/automotive-plant.yaml").path, encoding: .utf8)
        // Every `name:` of a person in the sample must be absent from the export.
        let names = yaml.split(separator: "\n").filter { $0.contains("name:") && $0.contains("{id:") }
            .compactMap { line -> String? in
                guard let r = line.range(of: "name: ") else { return nil }
                return String(line[r.upperBound...].prefix { $0 != "," && $0 != "}" }).trimmingCharacters(in: .whitespaces)
            }
        for name in names where name.contains(" ") { #expect(!text.contains(name), "\(name) leaked") }
        #expect(try CLI.run(["export", path, "--format", "xls", "-o", dir + "/x"]).status == 2)
        #expect(try CLI.run(["export", path, "--format", "yaml", "--scope", "team:x", "-o", dir + "/x"]).status == 2)
        #expect(try CLI.run(["export", path, "--format", "yaml", "--scope", "cell:nope", "-o", dir + "/x"]).status == 1)
    }
}
