import Foundation
import ShopfloorTestSupport
import Testing

@Suite("shopfloor generate, end to end")
struct GenerateCommandTests {
    private func scratch() throws -> String { try Scratch.folder("gen") }

    private func summary(_ path: String) throws -> NSDictionary {
        let result = try CLI.run(["check", path, "--json"])
        #expect(result.status == 0, "\(path) does not check: \(result.stdout.prefix(2000)) \(result.stderr.prefix(2000))")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["summary"] as? NSDictionary)
    }

    @Test("YAML, JSON and a workspace of the same seed hold the same valid world; another seed differs")
    func sameWorldEveryWay() throws {
        let dir = try scratch()
        let base = ["generate", "--people", "3000", "--workplaces", "12", "--seed", "5"]
        for name in ["w.yaml", "w.json", "w.shopfloor", "again.yaml"] {
            let result = try CLI.run(base + ["-o", dir + "/" + name])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("3000 people, 12 workplaces"), "\(result.stdout)")
        }
        let yaml = try summary(dir + "/w.yaml")
        #expect(yaml["people"] as? Int == 3000)
        #expect(try summary(dir + "/w.json") == yaml)
        #expect(try summary(dir + "/w.shopfloor") == yaml)
        // Deterministic: the same seed writes the same bytes.
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/w.yaml"))
            == Data(contentsOf: URL(fileURLWithPath: dir + "/again.yaml")))
        let other = try CLI.run(["generate", "--people", "3000", "--workplaces", "12", "--seed", "6", "-o", dir + "/o.yaml"])
        #expect(other.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/o.yaml"))
            != Data(contentsOf: URL(fileURLWithPath: dir + "/w.yaml")))
    }

    @Test("-o - writes YAML to standard output; --json reports what was written")
    func standardOutputAndJSON() throws {
        let out = try CLI.run(["generate", "--people", "200", "--workplaces", "2", "-o", "-"])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("#@shopfloor written: a copy cut short is refused;"))
        #expect(out.stdout.contains("\nshopfloor: 1\n"))
        #expect(out.stdout.split(separator: "\n").last?.hasPrefix("#@shopfloor end: places ") == true)
        #expect(out.stdout.contains("\nties:\n"))
        let path = try scratch() + "/w.json"
        let json = try CLI.run(["generate", "--people", "500", "--workplaces", "3", "-o", path, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["people"] as? Int == 500)
        #expect(report["workplaces"] as? Int == 3)
        #expect((report["ties"] as? Int ?? 0) > 500)
    }

    @Test("an existing graph file is kept without --force; a workspace or other .shopfloor file is never replaced")
    func existingFiles() throws {
        let dir = try scratch()
        let yaml = dir + "/w.yaml"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: yaml))
        let refused = try CLI.run(["generate", "--people", "100", "-o", yaml])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == "keep me")
        #expect(try CLI.run(["generate", "--people", "100", "-o", yaml, "--force"]).status == 0)
        #expect(try String(contentsOfFile: yaml, encoding: .utf8).contains("\nshopfloor: 1\n"))

        let workspace = dir + "/committee.shopfloor"
        #expect(try CLI.run(["init", workspace]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace))
        let kept = try CLI.run(["generate", "--people", "100", "-o", workspace, "--force"])
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("never replaces a workspace"), "\(kept.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace)) == before)
    }

    @Test("bad sizes and names exit 2 with a message that says what to do", arguments: [
        (["--people", "0", "-o", "x.yaml"], "--people must be at least 1"),
        (["--people", "10", "--workplaces", "11", "-o", "x.yaml"], "cannot exceed --people"),
        (["--people", "10", "-o", "x.txt"], "end the name with .yaml, .json or .shopfloor"),
        (["--people", "10", "-o", "x.yaml", "--encrypt"], "--encrypt applies to a workspace"),
        (["--people", "ten", "-o", "x.yaml"], "--people"),
    ])
    func badUsage(arguments: [String], message: String) throws {
        let result = try CLI.run(["generate"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("an encrypted generated workspace opens only with its passphrase")
    func encrypted() throws {
        let path = try scratch() + "/w.shopfloor"
        let env = ["SHOPFLOOR_PASSPHRASE": "correct horse battery staple"]
        let made = try CLI.run(["generate", "--people", "400", "--workplaces", "2", "-o", path, "--encrypt"], environment: env)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try CLI.run(["check", path], environment: env).status == 0)
        #expect(try CLI.run(["check", path], environment: ["SHOPFLOOR_PASSPHRASE": "wrong"]).status == 1)
    }

    @Test func helpHasAnExample() throws {
        let help = try CLI.run(["generate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("shopfloor generate --people"))
    }
}
