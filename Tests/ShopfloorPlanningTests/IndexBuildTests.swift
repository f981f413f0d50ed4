import ShopfloorModel
import Testing

@testable import ShopfloorPlanning

@Suite("The planning index is built the same on any number of threads")
struct IndexBuildTests {
    /// The CSR arrays of one build, for comparing builds.
    private func arrays(_ index: PlanningIndex) -> (offsets: [Int32], targets: [Int32], classes: [UInt8]) {
        (index.offsets, index.targets, index.edgeClass)
    }

    @Test(arguments: 0..<20)
    func splitBuildsEqualTheSingleThreadedOne(seed: Int) {
        let (graph, _) = RandomGraphs.make(seed: UInt64(seed) &+ 7000)
        let single = arrays(PlanningIndex(graph: graph, costs: .standard, workers: 1))
        for workers in [2, 3, 5, 64] {
            let split = arrays(PlanningIndex(graph: graph, costs: .standard, workers: workers))
            #expect(split.offsets == single.offsets, "workers \(workers)")
            #expect(split.targets == single.targets, "workers \(workers)")
            #expect(split.classes == single.classes, "workers \(workers)")
        }
    }

    @Test func everyTieBecomesTwoEdgesWithItsCostAndChannel() throws {
        let graph = OrganizingGraph(
            people: [Person(id: "a", name: "A"), Person(id: "b", name: "B"), Person(id: "c", name: "C")],
            ties: [Tie("a", "b", kind: .relative, strength: 3), Tie("b", "c", kind: .commute, strength: 1),
                Tie("a", "ghost", kind: .friend)])
        let costs = CostTable.standard
        let index = PlanningIndex(graph: graph, costs: costs, workers: 2)
        #expect(index.edgeCount == 4, "the tie to an unknown person makes no edge")
        func edge(_ a: Person.ID, _ b: Person.ID) throws -> Int {
            let (u, v) = (try #require(index.vertex(of: a)), try #require(index.vertex(of: b)))
            return try #require((Int(index.offsets[Int(u)])..<Int(index.offsets[Int(u) + 1])).first { index.targets[$0] == v })
        }
        #expect(index.weight(try edge("a", "b")) == costs.tieCost(kind: .relative, strength: 3))
        #expect(index.weight(try edge("b", "a")) == costs.tieCost(kind: .relative, strength: 3))
        #expect(index.weight(try edge("c", "b")) == costs.tieCost(kind: .commute, strength: 1))
        #expect(index.channel(try edge("c", "b")) == .tie)
    }

    @Test func aStrengthOutsideTheRangeCostsAsTheNearestValidOne() throws {
        let graph = OrganizingGraph(people: [Person(id: "a", name: "A"), Person(id: "b", name: "B")],
            ties: [Tie("a", "b", kind: .friend, strength: 9)])
        let index = PlanningIndex(graph: graph)
        #expect(index.edgeCount == 2)
        #expect(index.weight(0) == CostTable.standard.tieCost(kind: .friend, strength: 3))
    }

    @Test func placeAndShopFloorEdgesKeepTheirChannels() {
        let (graph, _) = RandomGraphs.make(seed: 7100)
        let index = PlanningIndex(graph: graph)
        let costs = CostTable.standard
        for v in 0..<Int32(index.vertexCount) {
            for e in Int(index.offsets[Int(v)])..<Int(index.offsets[Int(v) + 1]) {
                let w = index.targets[e]
                switch index.channel(e) {
                case .tie: #expect(index.isPerson(v) && index.isPerson(w))
                case .coworker: #expect(index.isFloor(v) || index.isFloor(w)); #expect(index.weight(e) == costs.cost(.coworker) / 2)
                case .pub: #expect(index.isPlace(v) != index.isPlace(w)); #expect(index.weight(e) == costs.cost(.pub) / 2)
                case .commute: #expect(index.isPlace(v) != index.isPlace(w)); #expect(index.weight(e) == costs.cost(.commute) / 2)
                case .home: #expect(index.isPlace(v) && index.isPerson(w)); #expect(index.weight(e) == costs.cost(.home))
                case .gate: #expect(index.isPlace(v)); #expect(index.weight(e) == costs.cost(.gate))
                }
            }
        }
    }
}
