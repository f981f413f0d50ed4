import ShopfloorModel

/// The explicit costs every planner uses: what a channel costs, what passing through a person costs, how
/// risky each is, and the seed's approach order. Lower is better everywhere.
///
/// Every table is keyed by a type (a channel, a tie kind, an affiliation, an assessment, a number in its
/// range), so a misspelt key cannot reach a planner: a cost file is checked word by word when it is decoded
/// (see `CostTable+Decoding.swift`). The defaults (``standard``) are documented in `Docs/plan-json.md`.
public struct CostTable: Sendable, Equatable {
    /// The cost of one step through each channel. A pub, stop or coworker step is split in half: into the
    /// place (or shop floor) and out of it.
    public var channel: [PlanChannel: Double]
    /// A factor on the tie channel by the tie's kind (`relative` 0.8 … `commute` 1.2).
    public var tieKind: [Tie.Kind: Double]
    /// A factor on the tie channel by the tie's strength, 1 (weak) to 3 (strong): 1.5, 1.0, 0.7.
    public var tieStrength: [Int: Double]
    /// The cost of passing *through* a person by affiliation (asking them to introduce you).
    public var passAffiliation: [Affiliation: Double]
    /// The cost of passing through a person by assessment (0 unassessed … 5 hostile).
    public var passAssessment: [Assessment: Double]
    /// The seed's approach order [res. 14] as a penalty on a target: rank 1 non-party and sympathizers,
    /// 2 reformist-union and social-democrat members, 3 individual fascist workers.
    public var approach: [Int: Double]
    /// The chance a step through each channel is noticed by the wrong people (0…1).
    public var channelRisk: [PlanChannel: Double]
    /// The chance a person of this assessment passes word on to the wrong people (0…1).
    public var assessmentRisk: [Assessment: Double]
    /// Extra risk of a person in a fascist organization (0…1).
    public var fascistRisk: Double
    /// Minutes before a shift's start and after its end that the gate window lasts (0…720).
    public var gateWindowMinutes: Int
    /// How much a risk of 1 weighs against cost when contacts are ranked (`core`, `expand`).
    public var riskWeight: Double
    /// How much a target's lack of influence weighs when contacts are ranked: a contact's score adds
    /// `influenceWeight × (1 − influence share)` (``WorkplaceInfluence``); unknown workers have share 0.
    public var influenceWeight: Double
    /// The chance word reaches the wrong people through each tie a person on a path has to a suspected
    /// informer (0…1): that person's exposure is `1 − (1 − informerTieRisk)^i · (1 − managementTieRisk)^m`.
    public var informerTieRisk: Double
    /// The same for each tie to a manager, HR or security person (0…1).
    public var managementTieRisk: Double

    /// The ranks of the seed's approach order (``Affiliation/approachRank``).
    public static let approachRanks = 1...3

    /// The default table.
    public static let standard = CostTable(
        channel: [.tie: 1.0, .coworker: 2.0, .pub: 3.0, .commute: 3.5, .home: 4.0, .gate: 6.0],
        tieKind: [.relative: 0.8, .friend: 0.9, .neighbour: 1.0, .coworker: 1.0, .union: 1.1, .commute: 1.2],
        tieStrength: [1: 1.5, 2: 1.0, 3: 0.7],
        passAffiliation: [.member: 0.0, .sympathizer: 0.5, .nonParty: 1.0, .reformistUnion: 1.5,
            .socialDemocrat: 1.5, .fascist: 5.0, .informer: 1000.0],
        passAssessment: assessments([1.0, 0.0, 0.25, 1.0, 3.0, 8.0]),
        approach: [1: 0.0, 2: 2.0, 3: 6.0],
        channelRisk: [.tie: 0.01, .coworker: 0.05, .pub: 0.04, .commute: 0.04, .home: 0.02, .gate: 0.10],
        assessmentRisk: assessments([0.05, 0.0, 0.01, 0.03, 0.15, 0.35]),
        fascistRisk: 0.2,
        gateWindowMinutes: 30,
        riskWeight: 10,
        influenceWeight: 5,
        informerTieRisk: 0.15,
        managementTieRisk: 0.05
    )

    /// A table over assessments 0…5 from six values in that order.
    private static func assessments(_ values: [Double]) -> [Assessment: Double] {
        Dictionary(uniqueKeysWithValues: zip(Assessment.range, values).compactMap { a, v in
            Assessment(rawValue: a).map { ($0, v) }
        })
    }

    public init(
        channel: [PlanChannel: Double], tieKind: [Tie.Kind: Double], tieStrength: [Int: Double],
        passAffiliation: [Affiliation: Double], passAssessment: [Assessment: Double], approach: [Int: Double],
        channelRisk: [PlanChannel: Double], assessmentRisk: [Assessment: Double], fascistRisk: Double,
        gateWindowMinutes: Int, riskWeight: Double, influenceWeight: Double = 5, informerTieRisk: Double = 0.15,
        managementTieRisk: Double = 0.05
    ) {
        self.channel = channel
        self.tieKind = tieKind
        self.tieStrength = tieStrength
        self.passAffiliation = passAffiliation
        self.passAssessment = passAssessment
        self.approach = approach
        self.channelRisk = channelRisk
        self.assessmentRisk = assessmentRisk
        self.fascistRisk = fascistRisk
        self.gateWindowMinutes = gateWindowMinutes
        self.riskWeight = riskWeight
        self.influenceWeight = influenceWeight
        self.informerTieRisk = informerTieRisk
        self.managementTieRisk = managementTieRisk
    }

    // MARK: Lookups used by the planners

    /// The cost of one step through a channel.
    public func cost(_ channel: PlanChannel) -> Double { self.channel[channel] ?? 1 }

    /// The cost of a tie of the given kind and strength.
    public func tieCost(kind: Tie.Kind, strength: Int) -> Double {
        cost(.tie) * (tieKind[kind] ?? 1) * (tieStrength[strength] ?? 1)
    }

    /// The cost of passing through a person: by affiliation plus by assessment.
    public func passThrough(_ person: Person) -> Double {
        (passAffiliation[person.affiliation] ?? 1) + (passAssessment[person.assessment] ?? 1)
    }

    /// The penalty of approaching a person as a target, by the seed's approach order and assessment.
    public func approachPenalty(_ person: Person) -> Double {
        let rank = person.affiliation.approachRank.map { approach[$0] ?? 0 } ?? 0
        return rank + (passAssessment[person.assessment] ?? 0)
    }

    /// The penalty of approaching an unknown worker of a segment: first in the approach order, not assessed.
    public var unknownWorkerPenalty: Double { (approach[1] ?? 0) + (passAssessment[.unassessed] ?? 0) }

    /// The risk of one step through a channel.
    public func risk(_ channel: PlanChannel) -> Double { min(1, max(0, channelRisk[channel] ?? 0)) }

    /// The risk of telling a person about the plan.
    public func risk(_ person: Person) -> Double {
        let base = assessmentRisk[person.assessment] ?? 0
        return min(1, max(0, base + (person.affiliation == .fascist ? fascistRisk : 0)))
    }

    /// The chance a person with `informers` ties to suspected informers and `management` ties to the
    /// management side passes word on to them: `1 − (1 − informerTieRisk)^informers · (1 − managementTieRisk)^management`.
    public func exposureRisk(informers: Int, management: Int) -> Double {
        guard informers > 0 || management > 0 else { return 0 }
        var survive = 1.0
        for _ in 0..<informers { survive *= 1 - min(1, max(0, informerTieRisk)) }
        for _ in 0..<management { survive *= 1 - min(1, max(0, managementTieRisk)) }
        return 1 - survive
    }

    /// The risk of a step that ends at no known person (a place, a segment's unknown workers).
    public var unknownPersonRisk: Double { min(1, assessmentRisk[.unassessed] ?? 0) }
}
