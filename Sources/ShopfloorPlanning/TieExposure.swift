import ShopfloorModel
import ShopfloorText

/// Who is listening: for each person, how many of their ties lead to a suspected informer and how many to
/// the management side (manager, HR, security). A tie to someone who is both counts as an informer tie.
public struct TieExposure: Sendable {
    /// Ties to suspected informers, by position in the graph's `people`.
    public let informers: [Int]
    /// Ties to management-side people (not informers), by position in the graph's `people`.
    public let management: [Int]
    /// The counts of the people of one workplace only, by position (nil: everyone's are in the arrays).
    private let scoped: [Int: (informers: Int, management: Int)]?
    /// A planning index's people and edges, each person's counted when asked (nil: counted beforehand).
    private let adjacency: Adjacency?

    /// The people and CSR edges of a ``PlanningIndex``: a person's ties are their edges of a tie class.
    struct Adjacency: Sendable {
        let people: [Person]
        let offsets: [Int32]
        let targets: [Int32]
        let classes: [UInt8]
    }

    /// Counts the dangerous ties of every person of a graph.
    /// - Complexity: O(V + E).
    public init(graph: OrganizingGraph) {
        self.init(people: graph.people, ends: ResolvedTies(of: graph).ends)
    }

    /// Counts from ties already resolved to people's positions (`[a0, b0, a1, b1, …]`, ``ResolvedTies/unknown``
    /// for a person the graph lacks).
    ///
    /// Who is dangerous is read once per person (a person is a large value; reading it again for each of ten
    /// million tie ends cost a seventh of a cold `plan reach`), then each tie looks at two bytes.
    init(people: [Person], ends: [Int32]) {
        var informers = [Int](repeating: 0, count: people.count)
        var management = [Int](repeating: 0, count: people.count)
        // 0: neither, 1: a suspected informer, 2: the management side.
        let side: [UInt8] = people.map { $0.isDanger ? ($0.affiliation == .informer ? 1 : 2) : 0 }
        for t in 0..<(ends.count / 2) {
            guard ResolvedTies.isKnown(ends[2 * t]), ResolvedTies.isKnown(ends[2 * t + 1]) else { continue }
            let a = Int(ends[2 * t]), b = Int(ends[2 * t + 1])
            guard a != b, a < side.count, b < side.count else { continue }
            if side[b] == 1 { informers[a] += 1 } else if side[b] == 2 { management[a] += 1 }
            if side[a] == 1 { informers[b] += 1 } else if side[a] == 2 { management[b] += 1 }
        }
        self.informers = informers
        self.management = management
        scoped = nil
        adjacency = nil
    }

    /// Counts a person's dangerous ties only when asked, from a planning index's edges: its tie edges are the
    /// ties ``init(graph:)`` counts (both ends known and different people), each once in each direction, so
    /// the counts are the same, without a pass over every tie when the index is built.
    init(adjacency: Adjacency) {
        informers = []
        management = []
        scoped = nil
        self.adjacency = adjacency
    }

    /// Counts the dangerous ties of some people only (by position in the graph's `people`): the same counts as
    /// ``init(graph:)`` gives them, with one pass over the ties' ends and who is dangerous read only at the far
    /// end of a tie from one of them. Everyone else has none.
    /// - Complexity: O(E) reads, O(V) bytes written.
    public init(graph: OrganizingGraph, people positions: some Sequence<Int>) {
        let people = graph.people
        var inside = [Bool](repeating: false, count: people.count)
        var any = false
        for i in positions where i >= 0 && i < people.count {
            inside[i] = true
            any = true
        }
        var counts: [Int: (informers: Int, management: Int)] = [:]
        if any {
            func count(_ from: Int, _ to: Int) {
                guard people[to].isDanger else { return }
                let informer = people[to].affiliation == .informer
                counts[from, default: (0, 0)].informers += informer ? 1 : 0
                counts[from, default: (0, 0)].management += informer ? 0 : 1
            }
            ResolvedTies.forEach(in: graph) { a, b, _ in
                if inside[a] { count(a, b) }
                if inside[b] { count(b, a) }
            }
        }
        informers = []
        management = []
        scoped = counts
        adjacency = nil
    }

    /// A person's ties to suspected informers and to management, counted over their tie edges.
    private static func count(_ position: Int, in graph: Adjacency) -> (informers: Int, management: Int) {
        guard position >= 0, position + 1 < graph.offsets.count, position < graph.people.count else { return (0, 0) }
        var counts = (informers: 0, management: 0)
        for e in Int(graph.offsets[position])..<Int(graph.offsets[position + 1]) where graph.classes[e] >= EdgeClasses.firstTie {
            let to = Int(graph.targets[e])
            guard to < graph.people.count, graph.people[to].isDanger else { continue }
            if graph.people[to].affiliation == .informer { counts.informers += 1 } else { counts.management += 1 }
        }
        return counts
    }

    /// The flag of a person with a dangerous tie, or nil for a person with none.
    public func flag(_ position: Int, person id: Person.ID) -> ExposedPerson? {
        if let adjacency {
            let c = Self.count(position, in: adjacency)
            guard c.informers + c.management > 0 else { return nil }
            return ExposedPerson(person: id, informerTies: c.informers, managementTies: c.management)
        }
        if let scoped {
            guard let c = scoped[position], c.informers + c.management > 0 else { return nil }
            return ExposedPerson(person: id, informerTies: c.informers, managementTies: c.management)
        }
        guard position >= 0, position < informers.count, informers[position] + management[position] > 0 else { return nil }
        return ExposedPerson(person: id, informerTies: informers[position], managementTies: management[position])
    }

    /// The flag of a person by id, or nil when they have no dangerous tie or are not in the graph.
    public func flag(of id: Person.ID, in graph: OrganizingGraph) -> ExposedPerson? {
        graph.index(of: id).flatMap { flag($0, person: id) }
    }
}

/// A person on a plan who is tied to a suspected informer or to management: word may reach them.
public struct ExposedPerson: Hashable, Sendable, Codable {
    public var person: Person.ID
    /// Ties to suspected informers.
    public var informerTies: Int
    /// Ties to management-side people.
    public var managementTies: Int

    public init(person: Person.ID, informerTies: Int, managementTies: Int) {
        self.person = person
        self.informerTies = informerTies
        self.managementTies = managementTies
    }

    /// `tied to a suspected informer: approach with care` (or to management, or both).
    public var note: String {
        var whom: [String] = []
        if informerTies > 0 { whom.append(Text.plural("exposure.informers", count: informerTies)) }
        if managementTies > 0 { whom.append(Text.string("exposure.management")) }
        return Text.string("exposure.note", ["whom": "\(whom.joined(separator: Text.string("exposure.and")))"])
    }
}

/// The seed's order of approach [res. 14] as a stage of every target.
public enum ApproachStage {
    /// Stage 1: non-party workers and sympathizers (and party members, and the unknown workers of a segment);
    /// 2: reformist-union members and social-democrats; 3: workers in fascist organizations; 4: suspected
    /// informers and the management side (targets only with `allowDanger`).
    public static func of(_ person: Person) -> Int {
        if person.isDanger { return 4 }
        return person.affiliation.approachRank ?? 1
    }

    /// The stage of the unknown workers of a segment: not known to be anything else, so first.
    public static let unknownWorkers = 1

    /// The stage of a target in a graph (a person not in it, or a segment: stage 1).
    public static func of(_ target: PlanEndpoint, in graph: OrganizingGraph) -> Int {
        target.person.flatMap { graph.person($0) }.map(of) ?? unknownWorkers
    }

    /// Who a stage is, in a few words.
    public static func label(_ stage: Int) -> String {
        switch stage {
        case 1: Text.string("stage.1")
        case 2: Text.string("stage.2")
        case 3: Text.string("stage.3")
        default: Text.string("stage.4")
        }
    }
}
