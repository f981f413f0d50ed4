import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorWeb
import Testing

/// The workbench's plan and calendar downloads name people as the command line does: by the workspace's aliases
/// unless names are switched on, then by id (plan) and name (calendar).
@Suite("Workbench download naming")
struct WorkbenchDownloadNamingTests {
    static let query = "cell=arapcesme-street&plant=korfez-motor&week=2026-11-23"

    /// The graph and aliases of the fixture's workspace, as `shopfloor plan … --json` would use them.
    func source(_ f: WorkbenchFixture) throws -> (graph: OrganizingGraph, aliases: PersonAliases) {
        let workspace = try Workspace.open(at: f.workspace, passphrase: { "" })
        let graph = try workspace.graph()
        return (graph, PersonAliases(graph: graph, key: AliasKey(secret: try workspace.aliasSecret())))
    }

    /// Every string value in a JSON document.
    func strings(_ value: Any) -> [String] {
        switch value {
        case let s as String: [s]
        case let a as [Any]: a.flatMap(strings)
        case let d as [String: Any]: d.values.flatMap(strings)
        default: []
        }
    }

    @Test("the plan JSON carries the workspace's aliases, never a person id, until names are shown")
    func planJSON() throws {
        let f = try WorkbenchFixture()
        let (graph, aliases) = try source(f)
        let ids = Set(graph.people.map(\.id.rawValue))
        for format in ["json", "reach-json"] {
            let hidden = f.workbench.handle(f.request("/plan/download?\(Self.query)&format=\(format)"))
            #expect(hidden.status == 200)
            let written = strings(try JSONSerialization.jsonObject(with: Data(hidden.body)))
            #expect(written.filter(ids.contains).isEmpty, "\(format): person ids in a hidden plan: \(written.filter(ids.contains).prefix(5))")
            let expected = Set(graph.people.map { aliases.alias($0.id) })
            #expect(written.contains(where: expected.contains), "\(format): the workspace's aliases")
            // Read back as `plan attach` reads a plan: every alias stands for one of the workspace's people.
            let decoder = JSONDecoder()
            decoder.userInfo[.personNaming] = aliases
            #expect(throws: Never.self) { try decoder.decode(Plan.self, from: Data(hidden.body)) }
        }
        _ = f.post("/names", ["show": "1", "back": "/"])
        let shown = f.workbench.handle(f.request("/plan/download?\(Self.query)&format=json"))
        let written = strings(try JSONSerialization.jsonObject(with: Data(shown.body)))
        #expect(written.contains(where: ids.contains), "names shown: the plan carries ids, as --reveal-names does")
    }

    @Test("the calendar names suggested members by alias and the plant by its code name until names are shown")
    func calendar() throws {
        let f = try WorkbenchFixture()
        let (graph, aliases) = try source(f)
        let hidden = f.body(f.workbench.handle(f.request("/plan/download?\(Self.query)&format=ics")))
        #expect(hidden.hasPrefix("BEGIN:VCALENDAR"))
        let unfolded = hidden.replacingOccurrences(of: "\r\n ", with: "")
        let plant = try #require(graph.workplace("korfez-motor"))
        #expect(!unfolded.contains(plant.name), "the plant's name is hidden")
        for person in graph.people where unfolded.contains(person.id.rawValue) || (!person.name.isEmpty && unfolded.contains(person.name)) {
            Issue.record("\(person.id) appears by id or name in a hidden calendar")
        }
        let suggested = graph.people.map { aliases.alias($0.id) }.filter { unfolded.contains($0) }
        #expect(!suggested.isEmpty, "suggested members appear by their aliases")
        _ = f.post("/names", ["show": "1", "back": "/"])
        let shown = f.body(f.workbench.handle(f.request("/plan/download?\(Self.query)&format=ics")))
        #expect(shown.replacingOccurrences(of: "\r\n ", with: "").contains(plant.name), "names shown: the plant's name")
    }
}
