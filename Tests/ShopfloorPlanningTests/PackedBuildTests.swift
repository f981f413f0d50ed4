import ShopfloorModel
import Testing

@testable import ShopfloorPlanning

/// The planning index placed with each edge's class packed into its target gives the arrays of the build that
/// writes them apart, on one thread or several.
struct PackedBuildTests {
    @Test(arguments: 0..<20)
    func packedBuildsEqualTheUnpackedOne(seed: Int) {
        let graphs = [RandomGraphs.make(seed: UInt64(seed) &+ 8100).graph,
            ScopedMeasureTests.world(seed: UInt64(seed) &+ 8200, ends: seed % 2 == 0)]
        for graph in graphs {
            let plain = PlanningIndex(graph: graph, costs: .standard, workers: 1, pack: false)
            for workers in [1, 2, 5] {
                let packed = PlanningIndex(graph: graph, costs: .standard, workers: workers, pack: true)
                #expect(packed.offsets == plain.offsets, "\(graph.name) workers \(workers)")
                #expect(packed.targets == plain.targets, "\(graph.name) workers \(workers)")
                #expect(packed.edgeClass == plain.edgeClass, "\(graph.name) workers \(workers)")
            }
            #expect(plain.edgeClass.contains { $0 >= EdgeClasses.firstTie } == !graph.ties.isEmpty || plain.edgeCount == 0
                || plain.edgeClass.allSatisfy { $0 < EdgeClasses.firstTie })
        }
    }

    /// Every class fits above the packed target's bits.
    @Test func everyClassFitsItsBits() {
        let classes = EdgeClasses(costs: .standard)
        #expect(classes.weight.count <= 1 << (32 - Int(CSRArrays.classShift)))
        #expect(CSRArrays.packLimit == 1 << Int(CSRArrays.classShift))
    }
}
