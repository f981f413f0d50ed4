import Foundation
import ShopfloorTestSupport
import Testing

/// Issue 12.10, the plan half, as a person meets it: `map plant --plan` refuses a plan through a suspected
/// informer or with an unknown channel (nothing drawn), and `plan reach --json` still prints the plan with its
/// `avoided` list when only dangerous routes exist.
@Suite("Plans given back, end to end")
struct PlanGivenBackCommandTests {
    /// A reach plan through the informer, as `plan reach --json` would write it with danger allowed.
    static let throughSpy = """
        {"kind": "reach", "into": "mp", "from": {"cell": "st", "people": ["s1", "s2", "s3"]},
         "paths": [{"target": "w1", "targetKind": "person", "cost": 3.5, "risk": 0.1,
                    "steps": [{"from": "s1", "to": "spy", "channel": "tie"},
                              {"from": "spy", "to": "w1", "channel": "coworker", "window": "on shift 06:00-14:00, mon-fri"}],
                    "alternatives": []}],
         "unreachable": [], "avoided": []}
        """

    @Test("map plant --plan refuses a plan through a suspected informer; nothing is drawn")
    func dangerousPlanRefused() throws {
        let source = try CLI.temporaryFile("spy.yaml", GraphFixtures.onlyThroughInformer)
        let plan = try CLI.temporaryFile("spy-plan.json", Self.throughSpy)
        let out = try Scratch.folder() + "/map.svg"
        let result = try CLI.run(["map", "plant", source, "--workplace", "mp", "--plan", plan, "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the plan is refused"))
        #expect(result.stderr.contains("paths[0].steps[0].to"))
        #expect(result.stderr.contains("suspected informer"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // Drawn only when asked for on purpose.
        let allowed = try CLI.run(["map", "plant", source, "--workplace", "mp", "--plan", plan, "--allow-danger", "-o", out])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test("map plant --plan refuses a plan with an unknown channel, naming the field and the nearest channel")
    func unknownChannelRefused() throws {
        let source = try CLI.temporaryFile("spy.yaml", GraphFixtures.onlyThroughInformer)
        let text = Self.throughSpy.replacingOccurrences(of: "\"channel\": \"tie\"", with: "\"channel\": \"tye\"")
        let plan = try CLI.temporaryFile("bad-channel.json", text)
        let out = try Scratch.folder() + "/map.svg"
        let result = try CLI.run(["map", "plant", source, "--workplace", "mp", "--plan", plan, "--allow-danger", "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("paths[0].steps[0].channel"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'tie'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("plan reach: when only dangerous routes exist the message says so and --json prints the plan", arguments: ["reach", "core"])
    func onlyDangerousRoutes(planner: String) throws {
        let source = try CLI.temporaryFile("spy.yaml", GraphFixtures.onlyThroughInformer)
        let args = planner == "reach" ? ["plan", "reach", source, "--from", "st", "--into", "mp"]
            : ["plan", "core", source, "--from", "st", "--into", "mp"]
        let human = try CLI.run(args)
        #expect(human.status == 1)
        #expect(human.stderr.contains("every route passes a suspected informer or management person"), "\(human.stderr)")
        #expect(human.stdout.contains("Kept away from (1 in mp)"))
        let json = try CLI.run(args + ["--json"])
        #expect(json.status == 1)
        #expect(json.stderr.contains("every route passes a suspected informer"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == planner)
        let avoided = try #require(object["avoided"] as? [[String: Any]])
        #expect(avoided.count == 1)
        #expect(avoided.first?["reason"] as? String == "suspected informer")
        #expect((object[planner == "reach" ? "paths" : "contacts"] as? [Any])?.isEmpty == true)
    }
}
