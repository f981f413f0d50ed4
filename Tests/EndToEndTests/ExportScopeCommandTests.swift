import Foundation
import ShopfloorTestSupport
import Testing

@Suite("export --scope cell:ID, end to end")
struct ExportScopeCommandTests {
    private func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    private func ids(_ graph: [String: Any], _ key: String) -> Set<String> {
        Set((graph[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    @Test("a cell's export holds the people on its reach plans, the people tied to its members, and no one else")
    func planPeopleAreIncluded() throws {
        let dir = try Scratch.folder("scope")
        let sample = "Graphs/automotive-plant.yaml"
        #expect(try CLI.run(["export", sample, "--format", "json", "-o", dir + "/all.json", "--reveal-names"]).status == 0)
        let scoped = try CLI.run(["export", sample, "--format", "json", "-o", dir + "/cell.json", "--reveal-names",
            "--scope", "cell:arapcesme-street"])
        #expect(scoped.status == 0, "\(scoped.stderr)")
        let all = try json(dir + "/all.json"), cell = try json(dir + "/cell.json")
        let people = ids(all, "people")

        let cellRecord = try #require((all["cells"] as? [[String: Any]])?.first { $0["id"] as? String == "arapcesme-street" })
        let members = Set(cellRecord["members"] as? [String] ?? [])
        var tied = members
        for tie in all["ties"] as? [[String: Any]] ?? [] {
            let a = tie["a"] as? String ?? "", b = tie["b"] as? String ?? ""
            if members.contains(a) { tied.insert(b) }
            if members.contains(b) { tied.insert(a) }
        }
        let reach = try CLI.run(["plan", "reach", sample, "--from", "arapcesme-street", "--into", "korfez-motor", "--json",
            "--reveal-names"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(reach.stdout.utf8)) as? [String: Any])
        var onPlans: Set<String> = []
        for path in plan["paths"] as? [[String: Any]] ?? [] {
            for step in path["steps"] as? [[String: Any]] ?? [] {
                for end in [step["from"] as? String, step["to"] as? String] {
                    if let end, people.contains(end) { onPlans.insert(end) }
                }
            }
        }
        let onlyOnPlans = onPlans.subtracting(tied)
        #expect(!onlyOnPlans.isEmpty, "the sample should have plan people not tied to the cell's members")
        // Exactly the members, the people tied to them and the people on its plans.
        #expect(ids(cell, "people") == tied.union(onPlans))
        #expect(people.subtracting(tied.union(onPlans)).count > 0)

        // Names stay hidden by default, and the scoped file loads on its own.
        let hidden = try CLI.run(["export", sample, "--format", "yaml", "-o", dir + "/cell.yaml",
            "--scope", "cell:arapcesme-street"])
        #expect(hidden.status == 0)
        let text = try String(contentsOfFile: dir + "/cell.yaml", encoding: .utf8)
        for person in onlyOnPlans { #expect(!text.contains("\"\(person)\"")) }
        #expect(try CLI.run(["check", dir + "/cell.yaml"]).status == 0)
    }
}
