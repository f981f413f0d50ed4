import ShopfloorModel
import Testing

@testable import ShopfloorGenerator

@Suite("Synthetic worlds")
struct WorldGeneratorTests {
    static let spec = WorldSpec(people: 20_000, workplaces: 300, seed: 7)
    static let world = WorldGenerator.generate(spec)

    @Test func theWorldIsValid() {
        #expect(Self.world.violations().isEmpty)
        #expect(Self.world.people.count == 20_000)
        #expect(Self.world.workplaces.count == 300)
    }

    @Test func theSameSeedGivesTheSameWorld() {
        let again = WorldGenerator.generate(Self.spec)
        #expect(again.people == Self.world.people)
        #expect(again.ties == Self.world.ties)
        #expect(again.cells == Self.world.cells)
        let other = WorldGenerator.generate(WorldSpec(people: 20_000, workplaces: 300, seed: 8))
        #expect(other.ties != Self.world.ties)
    }

    @Test func plantSizesAreHeavyTailed() {
        let sizes = Self.world.workplaces.map(\.headcount).sorted(by: >)
        let top = sizes.prefix(sizes.count / 20).reduce(0, +)
        let all = sizes.reduce(0, +)
        // The largest 5 % of workplaces employ a large share; the median workplace is small.
        #expect(Double(top) / Double(all) > 0.3)
        #expect(sizes[sizes.count / 2] < 60)
        #expect(sizes[0] > 500)
    }

    @Test func aboutTenTiesPerPersonThatCluster() {
        let perPerson = Double(Self.world.ties.count) / Double(Self.world.people.count)
        #expect(perPerson > 8 && perPerson <= 10.5)
        let coworkers = Self.world.ties.filter { $0.kind == .coworker }
        let sameSegment = coworkers.filter { tie in
            let a = Self.world.person(tie.a)
            let b = Self.world.person(tie.b)
            return a?.shop == b?.shop && a?.shift == b?.shift
        }
        #expect(sameSegment.count == coworkers.count)
        #expect(Double(coworkers.count) / Double(Self.world.ties.count) > 0.4)
    }

    @Test func membersAreRareAndInformersRarer() {
        let summary = Self.world.summary()
        let members = summary.peopleByAffiliation["member"] ?? 0
        let informers = summary.peopleByAffiliation["informer"] ?? 0
        #expect(members > 0 && Double(members) / 20_000 < 0.03)
        #expect(informers > 0 && informers < members)
        #expect(!Self.world.cells.isEmpty)
    }

    @Test func employersRunManySites() {
        var sites: [String: Int] = [:]
        for w in Self.world.workplaces { sites[w.employer ?? "", default: 0] += 1 }
        #expect((sites.values.max() ?? 0) >= 5)
    }

    @Test func badSpecsAreExplained() {
        #expect(WorldSpec(people: 0, workplaces: 1).problem != nil)
        #expect(WorldSpec(people: 10, workplaces: 20).problem == .moreWorkplacesThanPeople(workplaces: 20, people: 10))
        #expect(WorldSpec(people: 10, workplaces: 2, tiesPerPerson: 51).problem == .tiesPerPersonOutOfRange(51))
        #expect(WorldSpec(people: 10, workplaces: 2).problem == nil)
        let problems: [WorldSpec.Problem] = [.noPeople, .noWorkplaces, .moreWorkplacesThanPeople(workplaces: 2, people: 1),
            .tooManyPeople(60_000_000), .tiesPerPersonOutOfRange(51)]
        for problem in problems { #expect(!problem.description.contains("--"), "a library names a flag: \(problem)") }
    }

    @Test func aTinyWorldStillWorks() {
        let tiny = WorldGenerator.generate(WorldSpec(people: 3, workplaces: 1, seed: 1))
        #expect(tiny.people.count == 3)
        #expect(tiny.violations().isEmpty)
    }
}
