import Foundation
import ShopfloorTestSupport
import Testing

/// With `--json`, a failed command writes one JSON object on standard error (a script reading JSON never parses
/// prose); without it, the error stays prose.
@Suite("errors as JSON on standard error with --json, end to end")
struct JSONErrorCommandTests {
    /// The `error` object of standard error, which must be JSON and nothing else.
    func error(of result: Subprocess.Result) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any],
            "standard error is not JSON: \(result.stderr)")
        return try #require(object["error"] as? [String: Any])
    }

    @Test func anUnknownCellInAPlanIsAJSONErrorWithItsHint() throws {
        let result = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "no-such-cell",
            "--into", "korfez-motor", "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let error = try error(of: result)
        #expect(error["exitCode"] as? Int == 1)
        #expect((error["message"] as? String)?.contains("no-such-cell") == true, "\(error)")
    }

    @Test func aUsageErrorIsAJSONErrorWithExitCodeTwo() throws {
        let result = try CLI.run(["plan", "core", "Graphs/automotive-plant.yaml", "--into", "korfez-motor", "--json",
            "--no-such-flag"])
        #expect(result.status == 2)
        let error = try error(of: result)
        #expect(error["exitCode"] as? Int == 2)
        #expect((error["message"] as? String)?.contains("--no-such-flag") == true, "\(error)")
    }

    @Test func anInvalidFileListsEveryProblemWithItsPlace() throws {
        let result = try CLI.run(["plan", "reach", "Examples/bad.yaml", "--from", "x", "--into", "y", "--json"])
        #expect(result.status == 1)
        let problems = try #require(try error(of: result)["problems"] as? [[String: Any]])
        #expect(problems.count == 6)
        #expect(problems.allSatisfy { $0["line"] is Int && $0["field"] is String })
    }

    @Test func onlyDangerousRoutesPrintThePlanOnStandardOutputAndTheErrorAsJSON() throws {
        let source = try CLI.temporaryFile("spy-json.yaml", GraphFixtures.onlyThroughInformer)
        let result = try CLI.run(["plan", "reach", source, "--from", "st", "--into", "mp", "--json"])
        #expect(result.status == 1)
        #expect((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["kind"] as? String == "reach")
        let error = try error(of: result)
        #expect((error["message"] as? String)?.contains("every route passes a suspected informer") == true)
        #expect(error["hint"] is String)
    }

    @Test func withoutJSONTheErrorIsProse() throws {
        let result = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "no-such-cell",
            "--into", "korfez-motor"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
    }
}
