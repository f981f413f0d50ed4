import Foundation
import ShopfloorTestSupport
import Testing

@Suite("plan attach --apply, end to end")
struct PlanAttachApplyTests {
    /// The graph as JSON, read back from a workspace with names revealed (ids stay ids).
    private func cells(_ workspace: String, environment: [String: String] = [:]) throws -> [String: [String]] {
        let out = try Scratch.folder("attach-export") + "/g.json"
        let exported = try CLI.run(["export", workspace, "--format", "json", "-o", out, "--reveal-names"],
            environment: environment)
        #expect(exported.status == 0, "\(exported.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out)))
            as? [String: Any])
        var result: [String: [String]] = [:]
        for cell in json["cells"] as? [[String: Any]] ?? [] {
            result[cell["id"] as? String ?? ""] = cell["members"] as? [String] ?? []
        }
        return result
    }

    @Test("the district's isolated members join their proposed cells; applying again writes nothing")
    func districtAppliesOnce() throws {
        let workspace = try Scratch.folder("attach") + "/w.shopfloor"
        #expect(try CLI.run(["init", workspace]).status == 0)
        #expect(try CLI.run(["import", workspace, "Graphs/district.yaml"]).status == 0)
        let proposed = try CLI.run(["plan", "attach", workspace, "--json", "--reveal-names"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(proposed.stdout.utf8)) as? [String: Any])
        let proposals = try #require(plan["proposals"] as? [[String: Any]])
        #expect(!proposals.isEmpty)
        let before = try cells(workspace)

        let applied = try CLI.run(["plan", "attach", workspace, "--apply"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("Applied \(proposals.count) cell changes"))
        let after = try cells(workspace)
        for proposal in proposals {
            let person = try #require(proposal["person"] as? String)
            let cell = try #require(proposal["cell"] as? String)
            #expect(after[cell]?.contains(person) == true, "\(person) is not in \(cell)")
            #expect(before[cell]?.contains(person) == false)
        }
        #expect(try CLI.run(["check", workspace]).status == 0)

        let bytes = try Data(contentsOf: URL(fileURLWithPath: workspace))
        let again = try CLI.run(["plan", "attach", workspace, "--apply", "--json", "--reveal-names"])
        #expect(again.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect((report["applied"] as? [Any])?.isEmpty == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace)) == bytes)
    }

    @Test("members who work nowhere form one street cell per neighbourhood, also in an encrypted workspace")
    func streetCellsAreFormed() throws {
        let dir = try Scratch.folder("attach-street")
        let file = dir + "/street.yaml"
        try Data("""
            shopfloor: 1
            places:
              - {id: kirazli, kind: neighbourhood, name: Kirazlı, district: Gebze}
              - {id: arapcesme, kind: neighbourhood, name: Arapçeşme, district: Gebze}
            people:
              - {id: mehmet-d, name: Mehmet Demir, home: kirazli, affiliation: member}
              - {id: ayse-k, name: Ayşe Kaya, home: kirazli, affiliation: member}
              - {id: ali-v, name: Ali Veli, home: arapcesme, affiliation: member}
              - {id: deniz-y, name: Deniz Yıldız, affiliation: member}
              - {id: can-b, name: Can Bulut, home: kirazli}
            """.utf8).write(to: URL(fileURLWithPath: file))
        let env = ["SHOPFLOOR_PASSPHRASE": "a long enough passphrase"]
        let workspace = dir + "/w.shopfloor"
        #expect(try CLI.run(["init", workspace, "--encrypt"], environment: env).status == 0)
        #expect(try CLI.run(["import", workspace, file], environment: env).status == 0)

        let applied = try CLI.run(["plan", "attach", workspace, "--apply", "--json", "--reveal-names"], environment: env)
        #expect(applied.status == 0, "\(applied.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(applied.stdout.utf8)) as? [String: Any])
        #expect(report["newCells"] as? [String] == ["street-arapcesme", "street-kirazli"])
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(skipped.count == 1)
        #expect((skipped.first?["proposal"] as? [String: Any])?["person"] as? String == "deniz-y")
        #expect((skipped.first?["reason"] as? String)?.contains("no home neighbourhood") == true)

        let after = try cells(workspace, environment: env)
        #expect(after["street-kirazli"]?.sorted() == ["ayse-k", "mehmet-d"])
        #expect(after["street-arapcesme"] == ["ali-v"])
        #expect(after.values.allSatisfy { !$0.contains("can-b") })
        #expect(try CLI.run(["plan", "attach", workspace, "--apply"], environment: ["SHOPFLOOR_PASSPHRASE": "wrong"])
            .status == 1)
    }

    @Test("--apply refuses a graph file with exit 1 and says how to make a workspace, changing nothing")
    func graphFileRefused() throws {
        let before = try Data(contentsOf: Sample.district.url)
        let result = try CLI.run(["plan", "attach", "Graphs/district.yaml", "--apply"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("shopfloor init"))
        #expect(try Data(contentsOf: Sample.district.url) == before)
    }
}
