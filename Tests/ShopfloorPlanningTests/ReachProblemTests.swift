import Collections
import ShopfloorModel
import Testing

@testable import ShopfloorPlanning

/// Plain Dijkstra over an edge list, written independently of the planner's search.
private func plainDistances(_ p: ReachProblem) -> [Double] {
    var adjacency = [[(Int, Double)]](repeating: [], count: p.vertexCount)
    for i in p.from.indices { adjacency[Int(p.from[i])].append((Int(p.to[i]), p.weight[i])) }
    var dist = [Double](repeating: .infinity, count: p.vertexCount)
    var done = [Bool](repeating: false, count: p.vertexCount)
    for s in p.sources { dist[Int(s)] = 0 }
    // O(V²) selection: slow, obviously correct.
    for _ in 0..<p.vertexCount {
        var best = -1
        for v in 0..<p.vertexCount where !done[v] && dist[v] < .infinity && (best < 0 || dist[v] < dist[best]) { best = v }
        if best < 0 { break }
        done[best] = true
        for (w, c) in adjacency[best] where dist[best] + c < dist[w] { dist[w] = dist[best] + c }
    }
    return dist
}

@Suite("The exported reach problem gives the planner's distances")
struct ReachProblemTests {
    @Test(arguments: 0..<12)
    func exportedGraphMatchesThePlannersSearch(seed: Int) throws {
        let (graph, members) = RandomGraphs.make(seed: UInt64(seed) &+ 1000)
        let index = PlanningIndex(graph: graph)
        let workplace = try #require(graph.workplaces.first?.id)
        let problem = index.reachProblem(members: members, into: workplace)
        let expected = plainDistances(problem)
        let got = index.reachDistances(members: members, into: workplace)
        #expect(got.count == expected.count)
        for v in got.indices {
            if expected[v].isInfinite {
                #expect(got[v].isInfinite, "vertex \(v)")
            } else {
                #expect(abs(got[v] - expected[v]) < 1e-9, "vertex \(v): \(got[v]) vs \(expected[v])")
            }
        }
        // Danger never appears as a reachable vertex.
        for v in index.danger { #expect(got[v].isInfinite) }
    }
}
