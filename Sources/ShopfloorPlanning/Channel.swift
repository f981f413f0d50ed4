import ShopfloorModel
import ShopfloorText

/// How one step of a plan reaches the next person: the vocabulary of `steps[].channel` in plan JSON.
public enum PlanChannel: String, Sendable, Codable, CaseIterable, Comparable {
    /// A personal tie (friend, relative, neighbour, union comrade…) introduces one to the other.
    case tie
    /// Workmates of the same shop and shift.
    case coworker
    /// People who frequent the same pub, tea house or café.
    case pub
    /// A home visit in the visitor's own neighbourhood.
    case home
    /// The factory gate at a shift's start or end.
    case gate
    /// The way to work: a stop, the service bus.
    case commute

    /// The position in the declaration order, for sorting.
    var order: Int {
        switch self {
        case .tie: 0
        case .coworker: 1
        case .pub: 2
        case .home: 3
        case .gate: 4
        case .commute: 5
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    /// The word for tables and maps, in the process's language.
    public var label: String {
        switch self {
        case .tie: Text.string("channel.tie")
        case .coworker: Text.string("channel.coworker")
        case .pub: Text.string("channel.pub")
        case .home: Text.string("channel.home")
        case .gate: Text.string("channel.gate")
        case .commute: Text.string("channel.commute")
        }
    }


    /// Reads a channel word; an unknown one fails with the nearest channel and the list of all.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let channel = PlanChannel(rawValue: word) else {
            let words = Self.allCases.map(\.rawValue)
            let near = Suggestion.nearest(to: word, in: words).map { Suggestion.didYouMean($0) + " " } ?? ""
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: Text.string("plan.notAChannel", ["word": "\(word)", "near": "\(near)", "words": "\(words.joined(separator: ", "))"]))
        }
        self = channel
    }
}
