import Foundation
import ShopfloorTestSupport
import Testing

@Suite("workspace commands, end to end")
struct WorkspaceCommandTests {
    private func scratch() throws -> String { try Scratch.folder("ws") }

    private func summary(_ result: Subprocess.Result) throws -> NSDictionary {
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
        // People are their aliases: no sample id (p-1NNN) is left.
        #expect(text.range(of: "p-1[0-9]{3}", options: .regularExpression) == nil)
        let yaml = try String(contentsOfFile: Sample.automotivePlant.path, encoding: .utf8)
        // Every `name:` of a person in the sample must be absent from the export (places, workplaces and
        // cells keep their names: they are nodes with labels).
        let lines = yaml.split(separator: "\n")
        let people = lines.drop { $0 != "people:" }.dropFirst().prefix { $0.hasPrefix(" ") || $0.isEmpty }
        #expect(people.count > 100)
        let names = people.filter { $0.contains("name:") && $0.contains("{id:") }
            .compactMap { line -> String? in
                guard let r = line.range(of: "name: ") else { return nil }
                return String(line[r.upperBound...].prefix { $0 != "," && $0 != "}" }).trimmingCharacters(in: .whitespaces)
            }
        for name in names where name.contains(" ") { #expect(!text.contains(name), "\(name) leaked") }
        #expect(try CLI.run(["export", path, "--format", "xls", "-o", dir + "/x"]).status == 2)
        #expect(try CLI.run(["export", path, "--format", "yaml", "--scope", "team:x", "-o", dir + "/x"]).status == 2)
        #expect(try CLI.run(["export", path, "--format", "yaml", "--scope", "cell:nope", "-o", dir + "/x"]).status == 1)
    }

    @Test("edit commands change the workspace, and refused edits change nothing")
    func edits() throws {
        let path = try scratch() + "/w.shopfloor"
        #expect(try CLI.run(["init", path]).status == 0)
        #expect(try CLI.run(["import", path, "Graphs/automotive-plant.yaml"]).status == 0)
        #expect(try CLI.run(["export", path, "--format", "json", "--reveal-names", "-o", path + ".json"]).status == 0)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path + ".json"))) as? [String: Any])
        let workplace = try #require((graph["workplaces"] as? [[String: Any]])?.first)
        let plant = try #require(workplace["id"] as? String)
        let shop = try #require((workplace["shops"] as? [[String: Any]])?.first?["id"] as? String)
        let people = try #require(graph["people"] as? [[String: Any]])
        let someone = try #require(people.first?["id"] as? String)

        #expect(try CLI.run(["person", "add", path, "new-w", "--name", "New Worker", "--shop", shop, "--assessment", "3"]).status == 0)
        #expect(try CLI.run(["person", "add", path, "new-w"]).status == 1)
        #expect(try CLI.run(["person", "update", path, "new-w", "--assessment", "9"]).status == 2)
        let bad = try CLI.run(["person", "update", path, "new-w", "--shop", "no-such-shop"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no-such-shop"))
        #expect(try CLI.run(["tie", "add", path, "new-w", someone, "--kind", "friend", "--strength", "3"]).status == 0)
        #expect(try CLI.run(["log", path, "--by", someone, "--with", "new-w", "--channel", "pub", "--date", "2026-11-01",
            "--outcome", "positive", "--assessment", "2"]).status == 0)
        #expect(try CLI.run(["cell", "add", path, "new-cell", "--workplace", plant, "--member", "new-w", "--member", someone]).status == 0)
        #expect(try CLI.run(["workplace", "remove", path, plant]).status == 1)
        #expect(try CLI.run(["cell", "remove", path, "new-cell"]).status == 0)
        #expect(try CLI.run(["tie", "remove", path, "new-w", someone]).status == 0)
        let asked = try CLI.run(["person", "remove", path, "new-w"])
        #expect(asked.status == 1)
        #expect(asked.stderr.contains("drops 1 contact-log entry"), "\(asked.stderr)")
        #expect(asked.stderr.contains("--yes"))
        let removed = try CLI.run(["person", "remove", path, "new-w", "--yes"])
        #expect(removed.status == 0)
        #expect(removed.stdout.contains("1 contact-log entry"))
        #expect(try CLI.run(["workplace", "add", path, "new-depot", "--kind", "depot", "--headcount", "40"]).status == 0)
        #expect(try CLI.run(["workplace", "remove", path, "new-depot"]).status == 0)
        // Back where it started.
        #expect(try summary(CLI.run(["check", path, "--json"])) == summary(CLI.run(["check", "Graphs/automotive-plant.yaml", "--json"])))
    }

    @Test("a large import draws no progress bar when standard error is not a terminal")
    func noProgressWhenPiped() throws {
        let dir = try scratch()
        var csv = "id,name\n"
        for i in 0..<1500 { csv += "x\(i),Person \(i)\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/people.csv"))
        #expect(try CLI.run(["init", dir + "/w.shopfloor"]).status == 0)
        let result = try CLI.run(["import", dir + "/w.shopfloor", dir + "/people.csv"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("1500"))
    }
}
