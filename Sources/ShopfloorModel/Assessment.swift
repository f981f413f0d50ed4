import Foundation
import ShopfloorText

/// An organizer's assessment of a worker, from 1 (leader) to 5 (hostile); 0 means not assessed yet.
public struct Assessment: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The number written in files: 0 to 5.
    public let rawValue: Int

    /// Accepts 0...5 and rejects anything else.
    public init?(rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard let assessment = Assessment(rawValue: value) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: Text.string("assessment.outOfRange", ["value": "\(value)"])))
        }
        self = assessment
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The accepted numbers.
    public static let range = 0...5
    /// Every assessment, 0 to 5, in order (`all[n].rawValue == n`).
    public static var all: [Assessment] { range.map(Assessment.init(uncheckedValue:)) }
    /// Not assessed yet.
    public static let unassessed = Assessment(uncheckedValue: 0)
    /// A recognized leader among the workmates.
    public static let leader = Assessment(uncheckedValue: 1)
    /// Supportive of organizing.
    public static let supportive = Assessment(uncheckedValue: 2)
    /// Undecided.
    public static let undecided = Assessment(uncheckedValue: 3)
    /// Opposed.
    public static let opposed = Assessment(uncheckedValue: 4)
    /// Hostile.
    public static let hostile = Assessment(uncheckedValue: 5)

    private init(uncheckedValue: Int) { rawValue = uncheckedValue }

    /// Whether the person has been assessed at all.
    public var isAssessed: Bool { rawValue != 0 }

    /// Whether the assessment marks a revolutionary-minded worker (leader or supportive).
    public var isRevolutionaryMinded: Bool { rawValue == 1 || rawValue == 2 }

    /// The word for the assessment.
    public var label: String {
        switch rawValue {
        case 1: Text.string("assessment.leader")
        case 2: Text.string("assessment.supportive")
        case 3: Text.string("assessment.undecided")
        case 4: Text.string("assessment.opposed")
        case 5: Text.string("assessment.hostile")
        default: Text.string("assessment.unassessed")
        }
    }

    public var description: String { "\(rawValue) (\(label))" }

    /// Reads an assessment as a number (`0` … `5`) or as its word in English or Turkish (`supportive`,
    /// `destekçi`, `KARARSIZ`); nil for anything else.
    public init?(word: String) {
        if let number = Int(word.trimmingCharacters(in: .whitespaces)) {
            self.init(rawValue: number)
        } else if let level = Level(word: word) {
            self.init(uncheckedValue: Level.allCases.firstIndex(of: level) ?? 0)
        } else {
            return nil
        }
    }

    /// The assessments as words, for files and spreadsheets that write a word instead of the number.
    public enum Level: String, Vocabulary {
        case unassessed = "not-assessed", leader, supportive, undecided, opposed, hostile

        public static let aliases: [String: Level] = [
            "unassessed": .unassessed, "none": .unassessed, "supporter": .supportive, "hostile-to-us": .hostile,
            // Turkish
            "değerlendirilmedi": .unassessed, "bilinmiyor": .unassessed, "önder": .leader, "lider": .leader,
            "öncü": .leader, "destekçi": .supportive, "destekliyor": .supportive, "olumlu": .supportive,
            "kararsız": .undecided, "karşı": .opposed, "karşıt": .opposed, "düşman": .hostile,
            "düşmanca": .hostile,
        ]
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
