import ShopfloorModel

/// The explicit costs every planner uses: what a channel costs, what passing through a person costs, how
/// risky each is, and the seed's approach order. Lower is better everywhere.
///
/// The defaults (``standard``) are documented in `Docs/plan-json.md`. A cost file (YAML or JSON, read by the
/// command line) may override any subset: missing keys keep their default. Keys are channel words, affiliation
/// words, assessment numbers `"0"`…`"5"`, tie kinds and strengths `"1"`…`"3"`, approach ranks `"1"`…`"3"`.
public struct CostTable: Sendable, Equatable, Codable {
    /// The cost of one step through each channel. A pub, stop or coworker step is split in half: into the
    /// place (or shop floor) and out of it.
    public var channel: [String: Double]
    /// A factor on the tie channel by the tie's kind (`relative` 0.8 … `commute` 1.2).
    public var tieKind: [String: Double]
    /// A factor on the tie channel by the tie's strength (`"1"` weak 1.5, `"2"` 1.0, `"3"` strong 0.7).
    public var tieStrength: [String: Double]
    /// The cost of passing *through* a person by affiliation (asking them to introduce you).
    public var passAffiliation: [String: Double]
    /// The cost of passing through a person by assessment (`"0"` unassessed … `"5"` hostile).
    public var passAssessment: [String: Double]
    /// The seed's approach order [res. 14] as a penalty on a target: rank `"1"` non-party and sympathizers,
    /// `"2"` reformist-union and social-democrat members, `"3"` individual fascist workers.
    public var approach: [String: Double]
    /// The chance a step through each channel is noticed by the wrong people (0…1).
    public var channelRisk: [String: Double]
    /// The chance a person of this assessment passes word on to the wrong people (0…1).
    public var assessmentRisk: [String: Double]
    /// Extra risk of a person in a fascist organization.
    public var fascistRisk: Double
    /// Minutes before a shift's start and after its end that the gate window lasts.
    public var gateWindowMinutes: Int
    /// How much a risk of 1 weighs against cost when contacts are ranked (`core`, `expand`).
    public var riskWeight: Double

    /// The default table.
    public static let standard = CostTable(
        channel: ["tie": 1.0, "coworker": 2.0, "pub": 3.0, "commute": 3.5, "home": 4.0, "gate": 6.0],
        tieKind: ["relative": 0.8, "friend": 0.9, "neighbour": 1.0, "coworker": 1.0, "union": 1.1, "commute": 1.2],
        tieStrength: ["1": 1.5, "2": 1.0, "3": 0.7],
        passAffiliation: ["member": 0.0, "sympathizer": 0.5, "non-party": 1.0, "reformist-union": 1.5,
            "social-democrat": 1.5, "fascist": 5.0, "informer": 1000.0],
        passAssessment: ["0": 1.0, "1": 0.0, "2": 0.25, "3": 1.0, "4": 3.0, "5": 8.0],
        approach: ["1": 0.0, "2": 2.0, "3": 6.0],
        channelRisk: ["tie": 0.01, "coworker": 0.05, "pub": 0.04, "commute": 0.04, "home": 0.02, "gate": 0.10],
        assessmentRisk: ["0": 0.05, "1": 0.0, "2": 0.01, "3": 0.03, "4": 0.15, "5": 0.35],
        fascistRisk: 0.2,
        gateWindowMinutes: 30,
        riskWeight: 10
    )

    public init(
        channel: [String: Double], tieKind: [String: Double], tieStrength: [String: Double],
        passAffiliation: [String: Double], passAssessment: [String: Double], approach: [String: Double],
        channelRisk: [String: Double], assessmentRisk: [String: Double], fascistRisk: Double,
        gateWindowMinutes: Int, riskWeight: Double
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
    }

    private enum CodingKeys: String, CodingKey {
        case channel, tieKind, tieStrength, passAffiliation, passAssessment, approach, channelRisk,
            assessmentRisk, fascistRisk, gateWindowMinutes, riskWeight
    }

    /// Decodes a partial table: every key given replaces the default, every key missing keeps it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = CostTable.standard
        func merged(_ key: CodingKeys, _ base: [String: Double]) throws -> [String: Double] {
            let given = try c.decodeIfPresent([String: Double].self, forKey: key) ?? [:]
            for (k, v) in given where !(v >= 0 && v.isFinite) {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                    debugDescription: "\(key.stringValue).\(k) must be a finite number ≥ 0, not \(v)")
            }
            return base.merging(given) { _, new in new }
        }
        channel = try merged(.channel, d.channel)
        tieKind = try merged(.tieKind, d.tieKind)
        tieStrength = try merged(.tieStrength, d.tieStrength)
        passAffiliation = try merged(.passAffiliation, d.passAffiliation)
        passAssessment = try merged(.passAssessment, d.passAssessment)
        approach = try merged(.approach, d.approach)
        channelRisk = try merged(.channelRisk, d.channelRisk)
        assessmentRisk = try merged(.assessmentRisk, d.assessmentRisk)
        fascistRisk = try c.decodeIfPresent(Double.self, forKey: .fascistRisk) ?? d.fascistRisk
        gateWindowMinutes = try c.decodeIfPresent(Int.self, forKey: .gateWindowMinutes) ?? d.gateWindowMinutes
        riskWeight = try c.decodeIfPresent(Double.self, forKey: .riskWeight) ?? d.riskWeight
        guard (0...720).contains(gateWindowMinutes) else {
            throw DecodingError.dataCorruptedError(forKey: .gateWindowMinutes, in: c,
                debugDescription: "gateWindowMinutes must be within 0...720")
        }
    }

    // MARK: Lookups used by the planners

    /// The cost of one step through a channel.
    public func cost(_ channel: PlanChannel) -> Double { self.channel[channel.rawValue] ?? 1 }

    /// The cost of a tie of the given kind and strength.
    public func tieCost(kind: Tie.Kind, strength: Int) -> Double {
        cost(.tie) * (tieKind[kind.rawValue] ?? 1) * (tieStrength[String(strength)] ?? 1)
    }

    /// The cost of passing through a person: by affiliation plus by assessment.
    public func passThrough(_ person: Person) -> Double {
        (passAffiliation[person.affiliation.rawValue] ?? 1) + (passAssessment[String(person.assessment.rawValue)] ?? 1)
    }

    /// The penalty of approaching a person as a target, by the seed's approach order and assessment.
    public func approachPenalty(_ person: Person) -> Double {
        let rank = person.affiliation.approachRank.map { approach[String($0)] ?? 0 } ?? 0
        return rank + (passAssessment[String(person.assessment.rawValue)] ?? 0)
    }

    /// The risk of one step through a channel.
    public func risk(_ channel: PlanChannel) -> Double { min(1, max(0, channelRisk[channel.rawValue] ?? 0)) }

    /// The risk of telling a person about the plan.
    public func risk(_ person: Person) -> Double {
        let base = assessmentRisk[String(person.assessment.rawValue)] ?? 0
        return min(1, max(0, base + (person.affiliation == .fascist ? fascistRisk : 0)))
    }
}
