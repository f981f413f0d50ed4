import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

@Suite struct ReachTests {
    @Test func reachesEveryTargetItCanAndAvoidsDanger() throws {
        let graph = try Fixtures.miniPlant()
        let plan = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp")
        #expect(plan.kind == "reach")
        #expect(plan.from == PlanGroup(cell: "kirazli-street", people: ["s1", "s2", "s3"]))
        let targets = Set(plan.paths.map(\.target))
        #expect(targets.contains("w1"))
        #expect(targets.contains("mp-body@mp-a"))
        #expect(!targets.contains("inf1") && !targets.contains("mgr1"))
        // w1 is a strong friend of s1: one tie step.
        let w1 = try #require(plan.paths.first { $0.target == "w1" })
        #expect(w1.steps == [PlanStep(from: "s1", to: "w1", channel: .tie, place: nil, window: nil)])
        #expect(w1.cost == 0.63)
        // The late shift has no gate; its body segment's only known worker (w5) has no way in.
        #expect(plan.unreachable.map(\.target).contains("mp-body@mp-b"))
        #expect(Set(plan.avoided.map(\.person)) == ["inf1", "mgr1"])
        #expect(plan.avoided.first { $0.person == "mgr1" }?.reason == "management side (manager)")
        for path in plan.paths {
            for step in path.steps { #expect(!["inf1", "mgr1"].contains(step.from) && !["inf1", "mgr1"].contains(step.to)) }
        }
    }

    @Test func gateStepsCarryTheWindow() throws {
        let graph = try Fixtures.miniPlant()
        let plan = try Planning.reach(graph, from: .people(["s2"]), into: "mp")
        let night = try #require(plan.paths.first { $0.target == "mp-paint@mp-c" })
        let gateStep = try #require(night.steps.last { $0.channel == .gate })
        #expect(gateStep.place == "mp-south")
        #expect(gateStep.window == "21:30-22:00 arrivals, 06:00-06:30 departures, mon-sat")
    }

    @Test func dangerIsAllowedOnlyWithTheFlag() throws {
        let graph = try Fixtures.miniPlant()
        let plan = try Planning.reach(graph, from: .people(["s3"]), into: "mp", options: ReachOptions(allowDanger: true))
        #expect(plan.paths.contains { $0.target == "mgr1" })
        #expect(plan.avoided.isEmpty)
        // Through the manager (a neighbour of s3) to w4 is then allowed.
        let safe = try Planning.reach(graph, from: .people(["s3"]), into: "mp")
        #expect(!safe.paths.contains { $0.steps.contains { $0.to == "mgr1" || $0.from == "mgr1" } })
    }

    @Test func alternativesAvoidTheFirstPathsIntermediaries() throws {
        let graph = try Fixtures.miniPlant()
        let plan = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(alternatives: 2))
        var checked = 0
        for path in plan.paths {
            let firstMiddle = Set(path.steps.dropFirst().map(\.from.rawValue) + path.steps.compactMap(\.place?.rawValue))
            for alt in path.alternatives {
                let middle = Set(alt.steps.dropFirst().map(\.from.rawValue) + alt.steps.compactMap(\.place?.rawValue))
                #expect(middle.isDisjoint(with: firstMiddle), "\(path.target)")
                if path.steps.count == 1, path.steps[0].place == nil {
                    // A direct first route: its member sits the alternatives out entirely.
                    #expect(alt.steps.allSatisfy { $0.from != path.steps[0].from && $0.to != .person(path.steps[0].from) })
                }
                #expect(alt.cost >= path.cost - 1e-9)
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func maxStepsBoundsEveryPath() throws {
        let graph = try Fixtures.miniPlant()
        let free = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp")
        let bounded = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mp", options: ReachOptions(maxSteps: 1))
        for path in bounded.paths {
            #expect(path.steps.count <= 1)
            let unbounded = try #require(free.paths.first { $0.target == path.target })
            #expect(path.cost >= unbounded.cost - 1e-9)
        }
        #expect(bounded.unreachable.count >= free.unreachable.count)
    }

    @Test func badInputIsExplained() throws {
        let graph = try Fixtures.miniPlant()
        #expect(throws: PlanningError.workplaceHasCell(workplace: "bm", cell: "bm-cell")) {
            try Planning.reach(graph, from: .cell("kirazli-street"), into: "bm")
        }
        do {
            _ = try Planning.reach(graph, from: .cell("kirazli-street"), into: "mpp")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("did you mean 'mp'?"))
        }
        let typo = PlanningGroup.people(["kirazli-stret"])
        #expect(throws: PlanningError.self) { try Planning.reach(graph, from: typo, into: "mp") }
        #expect(throws: PlanningError.emptyGroup("")) { try Planning.reach(graph, from: .people([]), into: "mp") }
        // The depot has no shifts and its one worker no tie, place or home the lone member shares.
        do {
            _ = try Planning.reach(graph, from: .people(["lone"]), into: "tiny")
            Issue.record("expected no path")
        } catch {
            guard case .noPath(let workplace, _) = error else { Issue.record("\(error)"); return }
            #expect(workplace == "tiny")
            #expect(error.description.hasPrefix("no path from the group into 'tiny'"))
        }
    }

    /// Differential test: every path cost equals an independent Bellman-Ford over the model.
    @Test(arguments: 0..<60) func costsMatchBellmanFord(seed: Int) throws {
        let (graph, group) = RandomGraphs.make(seed: UInt64(seed))
        let reference = ReferencePaths.costs(graph, group: group, into: "w", table: .standard)
        let plan: ReachPlan
        switch Self.attempt(graph, group) {
        case .success(let value):
            plan = value
        case .failure(let error):
            guard case .noPath = error else { throw error }
            let reachable = graph.people.filter { $0.workplace == "w" && !$0.isDanger && !group.contains($0.id) }
                .contains { reference["P:\($0.id)"] != nil }
            #expect(!reachable)
            return
        }
        let danger = Set(graph.people.filter(\.isDanger).map(\.id.rawValue))
        for path in plan.paths {
            let key = path.targetKind == .person ? "P:\(path.target)" : "S:\(path.target)"
            let expected = try #require(reference[key], "\(path.target) reached but not by the reference")
            #expect(abs(path.cost - expected) < 1e-3, "seed \(seed) target \(path.target)")
            #expect(path.steps.allSatisfy { !danger.contains($0.from.rawValue) && !danger.contains($0.to.description) })
            #expect(path.steps.first.map { group.contains($0.from) } ?? false)
            #expect(path.steps.last?.to == path.target)
        }
        for u in plan.unreachable {
            let key = u.target.segment != nil ? "S:\(u.target)" : "P:\(u.target)"
            #expect(reference[key] == nil, "seed \(seed): \(u.target) unreachable but the reference reaches it")
        }
    }

    static func attempt(_ graph: OrganizingGraph, _ group: [Person.ID]) -> Result<ReachPlan, PlanningError> {
        Result { () throws(PlanningError) -> ReachPlan in try Planning.reach(graph, from: .people(group), into: "w") }
    }
}
