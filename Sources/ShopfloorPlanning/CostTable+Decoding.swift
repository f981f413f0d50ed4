import ShopfloorModel
import ShopfloorText

/// Reading a cost table from a settings file (YAML or JSON, read by ShopfloorStore's `SettingsFile`).
///
/// Any subset of the fields may be given; what is missing keeps its ``CostTable/standard`` value. Every key is
/// checked against its vocabulary (a channel, a tie kind, an affiliation, an assessment or rank number), so
/// `gatee` is refused with "did you mean 'gate'?" rather than silently ignored. Every number must be finite and
/// 0 or more, and a risk at most 1. A refusal is a `DecodingError` at the key's coding path, with a
/// ``DecodingHint`` as its underlying error; the file reader turns the path into a line.
extension CostTable: Decodable {
    /// The fields of a cost file, as written in it.
    public enum Field: String, CaseIterable, Sendable {
        case channel, tieKind, tieStrength, passAffiliation, passAssessment, approach, channelRisk,
            assessmentRisk, fascistRisk, gateWindowMinutes, riskWeight, influenceWeight, informerTieRisk,
            managementTieRisk
    }

    /// What a number of the table must be.
    enum Bound {
        /// A cost or weight: finite, 0 or more.
        case cost
        /// A chance: 0 to 1.
        case chance

        /// `value`, or a refusal naming `name` at `path`.
        func check(_ value: Double, _ name: String, at path: [any CodingKey]) throws -> Double {
            if value.isNaN {
                throw DecodingHint.error(at: path, Text.string("costs.nan", ["name": "\(name)"]), hint: hint)
            }
            if value.isInfinite {
                throw DecodingHint.error(at: path, Text.string(value < 0 ? "costs.minusInfinity" : "costs.infinity", ["name": "\(name)"]), hint: hint)
            }
            if value < 0 { throw DecodingHint.error(at: path, Text.string("costs.negative", ["name": "\(name)", "value": "\(value)"]), hint: hint) }
            if self == .chance, value > 1 {
                throw DecodingHint.error(at: path, Text.string("costs.overOne", ["name": "\(name)", "value": "\(value)"]), hint: hint)
            }
            return value
        }

        var hint: String {
            switch self {
            case .cost: Text.string("costs.hint.cost")
            case .chance: Text.string("costs.hint.chance")
            }
        }
    }

    /// The minutes a gate window may last on either side of a shift change.
    public static let gateWindowRange = 0...720

    public init(from decoder: any Decoder) throws {
        self = .standard
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in c.allKeys {
            guard let field = Field(rawValue: key.stringValue) else {
                throw DecodingHint.error(at: c.codingPath + [key], Text.string("costs.unknownField", ["field": "\(key.stringValue)"]),
                    hint: Suggestion.hint(for: key.stringValue, among: Field.allCases.map(\.rawValue), noun: "field"))
            }
            switch field {
            case .channel:
                channel = try Self.table(c, key, onto: channel, noun: "channel", words: PlanChannel.allCases.map(\.rawValue),
                    key: PlanChannel.init(rawValue:), bound: .cost)
            case .tieKind:
                tieKind = try Self.table(c, key, onto: tieKind, noun: "tie kind", words: Tie.Kind.words,
                    key: Tie.Kind.init(word:), bound: .cost)
            case .tieStrength:
                tieStrength = try Self.table(c, key, onto: tieStrength, noun: "tie strength",
                    words: Tie.strengthRange.map(String.init), key: { Int($0).flatMap { Tie.strengthRange.contains($0) ? $0 : nil } },
                    bound: .cost)
            case .passAffiliation:
                passAffiliation = try Self.table(c, key, onto: passAffiliation, noun: "affiliation", words: Affiliation.words,
                    key: Affiliation.init(word:), bound: .cost)
            case .passAssessment:
                passAssessment = try Self.table(c, key, onto: passAssessment, noun: "assessment",
                    words: Assessment.range.map(String.init), key: { Int($0).flatMap(Assessment.init(rawValue:)) }, bound: .cost)
            case .approach:
                approach = try Self.table(c, key, onto: approach, noun: "approach rank",
                    words: Self.approachRanks.map(String.init), key: { Int($0).flatMap { Self.approachRanks.contains($0) ? $0 : nil } },
                    bound: .cost)
            case .channelRisk:
                channelRisk = try Self.table(c, key, onto: channelRisk, noun: "channel", words: PlanChannel.allCases.map(\.rawValue),
                    key: PlanChannel.init(rawValue:), bound: .chance)
            case .assessmentRisk:
                assessmentRisk = try Self.table(c, key, onto: assessmentRisk, noun: "assessment",
                    words: Assessment.range.map(String.init), key: { Int($0).flatMap(Assessment.init(rawValue:)) }, bound: .chance)
            case .fascistRisk:
                fascistRisk = try Bound.chance.check(try c.decode(Double.self, forKey: key), key.stringValue, at: c.codingPath + [key])
            case .riskWeight:
                riskWeight = try Bound.cost.check(try c.decode(Double.self, forKey: key), key.stringValue, at: c.codingPath + [key])
            case .influenceWeight:
                influenceWeight = try Bound.cost.check(try c.decode(Double.self, forKey: key), key.stringValue,
                    at: c.codingPath + [key])
            case .informerTieRisk:
                informerTieRisk = try Bound.chance.check(try c.decode(Double.self, forKey: key), key.stringValue,
                    at: c.codingPath + [key])
            case .managementTieRisk:
                managementTieRisk = try Bound.chance.check(try c.decode(Double.self, forKey: key), key.stringValue,
                    at: c.codingPath + [key])
            case .gateWindowMinutes:
                let minutes = try c.decode(Int.self, forKey: key)
                guard Self.gateWindowRange.contains(minutes) else {
                    throw DecodingHint.error(at: c.codingPath + [key], Text.string("costs.gateWindow", ["minutes": "\(minutes)"]),
                        hint: Text.string("costs.gateWindow.hint"))
                }
                gateWindowMinutes = minutes
            }
        }
    }

    /// The table under `field`, its given entries replacing those of `base`.
    ///
    /// Each key is read with `key` (a vocabulary's reader: any case, its aliases); one it does not know, or two
    /// that name the same entry, are refused.
    private static func table<K: Hashable>(
        _ c: KeyedDecodingContainer<AnyCodingKey>, _ field: AnyCodingKey, onto base: [K: Double], noun: String,
        words: [String], key: (String) -> K?, bound: Bound
    ) throws -> [K: Double] {
        let entries = try c.nestedContainer(keyedBy: AnyCodingKey.self, forKey: field)
        var table = base
        var given: [K: String] = [:]
        for entry in entries.allKeys {
            let path = entries.codingPath + [entry]
            guard let typed = key(entry.stringValue) else {
                throw DecodingHint.error(at: path, Text.string("costs.notA", ["entry": "\(entry.stringValue)", "noun": "\(Suggestion.noun(noun))", "field": "\(field.stringValue)"]),
                    hint: Suggestion.hint(for: entry.stringValue, among: words, noun: noun))
            }
            if let earlier = given[typed] {
                throw DecodingHint.error(at: path, Text.string("costs.same", ["entry": "\(entry.stringValue)", "earlier": "\(earlier)", "noun": "\(Suggestion.noun(noun))"]),
                    hint: Text.string("costs.same.hint", ["noun": "\(Suggestion.noun(noun))"]))
            }
            given[typed] = entry.stringValue
            let value = try entries.decode(Double.self, forKey: entry)
            table[typed] = try bound.check(value, "\(field.stringValue).\(entry.stringValue)", at: path)
        }
        return table
    }
}
