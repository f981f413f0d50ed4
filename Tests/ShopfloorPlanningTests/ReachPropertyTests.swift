import ShopfloorModel
import Testing
@testable import ShopfloorPlanning

/// Properties of reach plans on seeded random graphs: safety, alternatives, step limits.
@Suite struct ReachPropertyTests {
    static func plan(_ seed: Int, _ options: ReachOptions) -> (OrganizingGraph, [Person.ID], ReachPlan)? {
        let (graph, group) = RandomGraphs.make(seed: UInt64(seed))
        guard case .success(let plan) = Result(catching: { () throws(PlanningError) -> ReachPlan in
            try Planning.reach(graph, from: .people(group), into: "w", options: options)
        }) else { return nil }
        return (graph, group, plan)
    }

    @Test(arguments: 100..<140) func alternativesAvoidEarlierIntermediariesAndCostNoLess(seed: Int) throws {
        guard let (graph, group, plan) = Self.plan(seed, ReachOptions(alternatives: 2)) else { return }
        let danger = Set(graph.people.filter(\.isDanger).map(\.id.rawValue))
        let members = Set(group)
        for path in plan.paths {
            var earlier = [path.steps]
            var lastCost = path.cost
            for alt in path.alternatives {
                #expect(alt.cost >= lastCost - 1e-9, "seed \(seed) \(path.target)")
                lastCost = alt.cost
                let middle = Set(alt.steps.dropFirst().map(\.from.rawValue) + alt.steps.compactMap(\.place?.rawValue))
                for steps in earlier {
                    let before = Set(steps.dropFirst().map(\.from.rawValue) + steps.compactMap(\.place?.rawValue))
                    #expect(middle.isDisjoint(with: before), "seed \(seed) \(path.target)")
                }
                #expect(alt.steps.allSatisfy { !danger.contains($0.from.rawValue) && !danger.contains($0.to.description) })
                #expect(alt.steps.first.map { members.contains($0.from) } ?? false)
                #expect(alt.steps.last?.to == path.target)
                earlier.append(alt.steps)
            }
        }
    }

    @Test(arguments: 200..<230) func stepLimitsHoldAndCostNoLess(seed: Int) throws {
        guard let (_, _, free) = Self.plan(seed, ReachOptions()) else { return }
        for limit in 1...3 {
            guard let (_, _, bounded) = Self.plan(seed, ReachOptions(maxSteps: limit)) else { continue }
            for path in bounded.paths {
                #expect(path.steps.count <= limit)
                let best = try #require(free.paths.first { $0.target == path.target })
                #expect(path.cost >= best.cost - 1e-9)
                if best.steps.count <= limit { #expect(abs(path.cost - best.cost) < 1e-9, "seed \(seed) \(path.target)") }
            }
            // Whatever the free plan reaches within the limit, the bounded plan reaches too.
            let reached = Set(bounded.paths.map(\.target))
            for path in free.paths where path.steps.count <= limit { #expect(reached.contains(path.target)) }
        }
    }

    @Test func theRandomGraphsExerciseAlternativesAndLimits() {
        var alternatives = 0, plans = 0, multiStep = 0
        for seed in 100..<140 {
            guard let (_, _, plan) = Self.plan(seed, ReachOptions(alternatives: 2)) else { continue }
            plans += 1
            alternatives += plan.paths.reduce(0) { $0 + $1.alternatives.count }
            multiStep += plan.paths.filter { $0.steps.count > 1 }.count
        }
        #expect(plans > 20)
        #expect(alternatives > 50)
        #expect(multiStep > 20)
    }
}
