import ShopfloorMaps
import ShopfloorModel
import Testing

/// A state the code itself rules out traps with its reason (a bug to fix) instead of drawing something
/// invented; what user data can reach stays a typed error.
@Suite("Impossible states trap, user data never does")
struct ImpossibleStateTests {
    @Test("a rank asked for with the wrong number of spacers traps instead of leaving the nodes unranked")
    func rankWithoutSpacers() async {
        await #expect(processExitsWith: .failure) {
            var document = MapDocument(title: ["t"], direction: .topToBottom)
            _ = document.addRank(["a", "b"], spacers: ["s"])
        }
    }

    @Test("a code name asked for a workplace of another graph traps instead of printing 'Plant ?'")
    func codeNameOfAStranger() async {
        await #expect(processExitsWith: .failure) {
            let redactor = Redactor(graph: OrganizingGraph(), options: MapOptions(codeNames: true))
            _ = redactor.name(Workplace(id: "w", name: "W", headcount: 40))
        }
        let known = Workplace(id: "w", name: "W", headcount: 40)
        let redactor = Redactor(graph: OrganizingGraph(workplaces: [known]), options: MapOptions(codeNames: true))
        #expect(redactor.name(known).hasPrefix("Plant ") && !redactor.name(known).contains("?"))
    }

    @Test("a workplace missing from the graph still has a standing: nothing mapped, no cell")
    func standingOfAWorkplaceNotInTheGraph() {
        let standing = WorkplaceStanding(Workplace(id: "w", name: "W", headcount: 40), in: OrganizingGraph())
        #expect(standing.members == 0 && standing.headcount == 40 && standing.status == .none)
    }
}
