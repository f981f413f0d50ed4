import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing
@testable import ShopfloorPlanning

/// Plans given back to Shopfloor (issue 12.10): a plan file that routes through a suspected informer, uses a
/// channel that does not exist or names what the graph lacks is refused with its field; and when the only
/// routes pass dangerous people, the planner says so and still gives the plan with its `avoided` list.
@Suite("Plans given back are checked")
struct PlanGivenBackTests {
    static func graph() throws -> OrganizingGraph { try GraphFile.parse(text: GraphFixtures.onlyThroughInformer, path: "spy.yaml") }

    @Test("only dangerous routes: the planner says so and still gives the plan with its avoided list")
    func onlyDangerousRoutes() throws {
        let graph = try Self.graph()
        do {
            _ = try Planning.reach(graph, from: .cell("st"), into: "mp")
            Issue.record("a plan through the informer was made")
        } catch {
            #expect(error.description.contains("suspected informer or management person"), "\(error)")
            guard case .onlyDangerousRoutes(let workplace, let plan) = error, case .reach(let reach) = plan else {
                Issue.record("not the only-dangerous-routes error: \(error)")
                return
            }
            #expect(workplace == "mp")
            #expect(reach.paths.isEmpty)
            #expect(reach.avoided.map(\.person) == ["spy"])
            #expect(!reach.unreachable.isEmpty)
        }
        do {
            _ = try Planning.core(graph, into: "mp", from: .cell("st"))
            Issue.record("a core plan through the informer was made")
        } catch {
            guard case .onlyDangerousRoutes(_, let plan) = error, case .core(let core) = plan else {
                Issue.record("not the only-dangerous-routes error: \(error)")
                return
            }
            #expect(core.contacts.isEmpty && core.avoided.map(\.person) == ["spy"])
        }
        // With danger allowed the route exists, through the informer: the error was right to say so.
        let open = try Planning.reach(graph, from: .cell("st"), into: "mp", options: ReachOptions(allowDanger: true))
        #expect(open.paths.contains { $0.steps.contains { $0.to == "spy" } })
    }

    /// The plan that route would give, as a file would hold it.
    static func throughSpy() throws -> Plan {
        let graph = try Self.graph()
        return .reach(try Planning.reach(graph, from: .cell("st"), into: "mp", options: ReachOptions(allowDanger: true)))
    }

    @Test("a plan that routes through a suspected informer is refused, naming the field")
    func dangerousPlanRefused() throws {
        let graph = try Self.graph()
        let problems = try Self.throughSpy().problems(in: graph)
        #expect(problems.contains { $0.isDanger && $0.field.hasSuffix(".to") && $0.message.contains("'spy' is kept away from (suspected informer)") })
        #expect(problems.contains { $0.isDanger && $0.field.hasSuffix(".from") })
        #expect(try Self.throughSpy().problems(in: graph, allowDanger: true).isEmpty)
    }

    @Test("a plan the planner made passes the check as it is")
    func plannersOwnPlansPass() throws {
        let graph = try GraphFile.parse(text: Fixtures.miniPlantYAML, path: "mini.yaml")
        let reach = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(alternatives: 2))
        let core = try Planning.core(graph, into: "mp")
        for plan in [Plan.reach(reach), .core(core)] { #expect(plan.problems(in: graph) == [], "\(plan.kind)") }
    }

    @Test("ids the graph lacks, broken routes and places that do not fit the channel are refused")
    func brokenPlans() throws {
        let graph = try GraphFile.parse(text: Fixtures.miniPlantYAML, path: "mini.yaml")
        var reach = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp")
        let i = try #require(reach.paths.firstIndex { $0.steps.count >= 2 })
        reach.paths[i].steps[0].to = "nobody"
        reach.paths[0].steps[0].channel = .gate
        reach.paths[0].steps[0].place = "yildiz-cay"
        reach.from.people.append("mgr1")
        let fields = Plan.reach(reach).problems(in: graph).map(\.description)
        #expect(fields.contains { $0.hasPrefix("paths[\(i)].steps[0].to: 'nobody' is not a person") })
        #expect(fields.contains { $0.hasPrefix("paths[\(i)].steps[0].to: the next step starts at") })
        #expect(fields.contains { $0.hasPrefix("paths[0].steps[0].place: 'yildiz-cay' is a pub") })
        #expect(fields.contains { $0.hasPrefix("from.people[3]: 'mgr1' is kept away from (management side") })
        var other = reach
        other.into = "elsewhere"
        #expect(Plan.reach(other).problems(in: graph).contains { $0.field == "into" })
    }

    @Test("an unknown channel or kind is refused when the file is read, with the field and the nearest word")
    func unknownWords() throws {
        let text = try PlanFile.encode(try Self.throughSpy())
        let bad = text.replacingOccurrences(of: "\"channel\" : \"tie\"", with: "\"channel\" : \"tye\"")
        #expect(bad != text)
        do {
            _ = try PlanFile.decode(Plan.self, data: Data(bad.utf8), path: "p.json")
            Issue.record("a plan with channel 'tye' was read")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.field?.hasSuffix(".channel") == true && diagnostic.field?.hasPrefix("paths[") == true)
            #expect(diagnostic.message.contains("'tye' is not a channel (did you mean 'tie'?"), "\(diagnostic)")
            #expect(error.description.hasPrefix("p.json: 1 error"))
        }
        let kind = text.replacingOccurrences(of: "\"kind\" : \"reach\"", with: "\"kind\" : \"reech\"")
        #expect(throws: StoreError.self) { try PlanFile.decode(Plan.self, data: Data(kind.utf8), path: "p.json") }
        let segment = text.replacingOccurrences(of: "\"mp-body@mp-a\"", with: "\"mp-body@\"")
        #expect(segment != text)
        #expect(throws: StoreError.self) { try PlanFile.decode(Plan.self, data: Data(segment.utf8), path: "p.json") }
    }
}
