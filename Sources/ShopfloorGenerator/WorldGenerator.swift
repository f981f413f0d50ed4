import Foundation
import ShopfloorModel

/// Generates synthetic organizing graphs with the structure of the real world, for benchmarks and demos.
///
/// Plant sizes are heavy-tailed (a few plants of thousands, many small shops and stores), employers run many
/// sites (retail chains), districts hold neighbourhoods, pubs lie near plants, members and cells are rare and
/// informers rarer, and ties cluster: coworkers in the same shop × shift, neighbours, kin and friends.
/// Everything is drawn from one ``SplitMix64`` stream, so a spec always yields the same graph.
public enum WorldGenerator {
    /// Builds the world of a spec. `progress` is called with a fraction in 0...1 now and then.
    ///
    /// - Complexity: O(P + T log T) for P people and T ties.
    public static func generate(_ spec: WorldSpec, progress: (@Sendable (Double) -> Void)? = nil) -> OrganizingGraph {
        var builder = Builder(spec: spec)
        builder.makePlaces()
        progress?(0.05)
        builder.makeWorkplaces()
        progress?(0.15)
        builder.makePeople()
        progress?(0.35)
        builder.makeTies { progress?(0.35 + 0.5 * $0) }
        builder.makeCells()
        builder.makeContacts()
        progress?(0.95)
        let graph = builder.graph()
        progress?(1)
        return graph
    }
}

/// The generator's working state.
struct Builder {
    /// The day the generated contact log ends on.
    static let today: Day = {
        guard let day = Day(year: 2026, month: 11, day: 24) else { preconditionFailure("2026-11-24 is a date") }
        return day
    }()

    /// The clock time of a whole hour from the generator's shift tables (0...23).
    static func clock(_ hour: Int) -> TimeOfDay {
        guard let time = TimeOfDay(hour: hour, minute: 0) else { preconditionFailure("shift hours lie within 0...23") }
        return time
    }

    let spec: WorldSpec
    var rng: SplitMix64
    var districts: [String] = []
    /// Neighbourhood place indexes per district.
    var neighbourhoodsOf: [[Int]] = []
    var places: [Place] = []
    /// Pub place indexes per district.
    var pubsOf: [[Int]] = []
    var workplaces: [Workplace] = []
    /// District index of each workplace.
    var workplaceDistrict: [Int] = []
    /// Mapped people to create per workplace.
    var mappedCount: [Int] = []
    var people: [Person] = []
    /// Per person: workplace index or -1, segment index or -1, neighbourhood place index.
    var personWorkplace: [Int32] = []
    var personSegment: [Int32] = []
    var personHome: [Int32] = []
    /// First segment index of each workplace; segments are shop × shift.
    var segmentBase: [Int] = []
    var ties: [Tie] = []
    var cells: [Cell] = []
    var contacts: [Contact] = []

    init(spec: WorldSpec) {
        self.spec = spec
        rng = SplitMix64(seed: spec.seed &* 0x2545_F491_4F6C_DD1D &+ 0x1234_5678)
    }

    func graph() -> OrganizingGraph {
        OrganizingGraph(name: "Synthetic world: \(spec.people) people, \(spec.workplaces) workplaces, seed \(spec.seed)",
            workplaces: workplaces, people: people, cells: cells, places: places, ties: ties, contacts: contacts)
    }

    static let districtNames = ["Gebze", "Dilovası", "Çayırova", "Darıca", "Körfez", "Kartal", "Pendik", "Tuzla",
        "İzmit", "Kocaeli", "Esenyurt", "Bağcılar", "Ümraniye", "Maslak", "Bursa", "Nilüfer"]

    mutating func makePlaces() {
        let count = max(2, min(2_000, spec.workplaces / 120 + 2))
        for d in 0..<count {
            let base = Self.districtNames[d % Self.districtNames.count]
            districts.append(d < Self.districtNames.count ? base : "\(base)-\(d / Self.districtNames.count + 1)")
            var hoods: [Int] = []
            for n in 0..<8 {
                hoods.append(places.count)
                places.append(Place(id: .init("n\(d)-\(n)"), kind: .neighbourhood, name: "\(districts[d]) mahalle \(n + 1)",
                    district: districts[d]))
            }
            neighbourhoodsOf.append(hoods)
            var pubs: [Int] = []
            let pubCount = max(2, spec.workplaces / count / 3)
            for p in 0..<pubCount {
                pubs.append(places.count)
                places.append(Place(id: .init("pub\(d)-\(p)"), kind: .pub, name: "Çay ocağı \(d)-\(p)",
                    neighbourhood: places[hoods[rng.below(hoods.count)]].id, district: districts[d]))
            }
            pubsOf.append(pubs)
        }
    }

    /// Heavy-tailed plant sizes: a Pareto draw with a floor of 3 and a cap of 20,000 workers.
    mutating func plantSize() -> Double {
        let u = max(rng.unit(), 1e-9)
        return min(20_000, 3 / pow(u, 1 / 1.15))
    }

    mutating func makeWorkplaces() {
        let working = Int(Double(spec.people) * 0.92)
        var sizes = (0..<spec.workplaces).map { _ in plantSize() }
        sizes.sort(by: >)
        let total = sizes.reduce(0, +)
        // Mapped people follow the sizes; every workplace has at least one.
        mappedCount = sizes.map { max(1, Int(Double(working) * $0 / total)) }
        var excess = mappedCount.reduce(0, +) - working
        var i = 0
        while excess > 0 && i < mappedCount.count {
            let cut = min(excess, max(0, mappedCount[i] - 1) / 2)
            mappedCount[i] -= cut
            excess -= cut
            i += 1
        }
        let chains = max(1, spec.workplaces / 400)
        for w in 0..<spec.workplaces {
            let mapped = mappedCount[w]
            let headcount = Int((Double(mapped) * (1.2 + rng.unit() * 0.6)).rounded(.up))
            let d = rng.below(districts.count)
            let (kind, sector, employer) = character(index: w, headcount: headcount, chains: chains)
            let id = "w\(w)"
            var gates: [Place.ID] = []
            for g in 0..<(headcount >= 1_000 ? 2 : 1) {
                gates.append(.init("\(id)-g\(g)"))
                places.append(Place(id: gates[g], kind: .gate, name: "Gate \(g + 1)", workplace: .init(id),
                    district: districts[d]))
            }
            let shopCount = max(1, min(16, headcount / 120))
            let shops = (0..<shopCount).map { s in
                Shop(id: .init("\(id)-s\(s)"), name: "Shop \(s + 1)", headcount: headcount / shopCount)
            }
            let times: [(Int, Int)] = headcount >= 300 ? [(6, 14), (14, 22), (22, 6)]
                : headcount >= 60 ? [(7, 15), (15, 23)] : [(8, 17)]
            let shifts = times.enumerated().map { k, t in
                Shift(id: .init("\(id)-h\(k)"), name: "Shift \(k + 1)", start: Self.clock(t.0),
                    end: Self.clock(t.1), gate: gates[k % gates.count],
                    days: kind == .store ? Weekday.allCases : Weekday.workweek)
            }
            let union: Union? = headcount >= 200
                ? Union(name: "Union \(w % 7)", character: [.yellow, .democratic, .yellow, .none][rng.below(4)]) : nil
            segmentBase.append((segmentBase.last ?? 0) + (w == 0 ? 0 : workplaces[w - 1].shops.count * workplaces[w - 1].shifts.count))
            workplaceDistrict.append(d)
            workplaces.append(Workplace(id: .init(id), name: "Workplace \(w)", kind: kind, sector: sector,
                employer: employer, headcount: headcount, district: districts[d],
                neighbourhood: places[neighbourhoodsOf[d][rng.below(8)]].id, union: union, shops: shops, shifts: shifts))
        }
    }

    private mutating func character(index w: Int, headcount: Int, chains: Int) -> (Workplace.Kind, String, String) {
        if headcount >= 300 {
            let sectors = ["automotive", "metal", "chemicals", "textile", "energy", "food"]
            return (.factory, sectors[rng.below(sectors.count)], "employer-\(w)")
        }
        switch rng.below(10) {
        case 0...3: return (.store, "retail", "chain-\(rng.below(chains))")
        case 4: return (.office, "banking", "bank-\(rng.below(max(1, chains / 2 + 1)))")
        case 5: return (.site, "construction", "builder-\(w)")
        case 6: return (.depot, "logistics", "logistics-\(w % 50)")
        default:
            let sectors = ["metal", "plastics", "textile", "food", "furniture"]
            return (.factory, sectors[rng.below(sectors.count)], "employer-\(w)")
        }
    }
}
