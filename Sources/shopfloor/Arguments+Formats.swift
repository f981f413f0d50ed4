import Foundation
import ArgumentParser
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorStore

// Closed sets of words the libraries define, as option values: `--help` and the shell completions list them,
// and ArgumentParser refuses anything else before a command runs.

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension LayoutEngine: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension DistrictMap.Grouping: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension SpreadsheetKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `--scope cell:ID` or `--scope workplace:ID`.
extension ExportScope: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0].lowercased() {
        case "cell": self = .cell(.init(parts[1]))
        case "workplace": self = .workplace(.init(parts[1]))
        default: return nil
        }
    }

    public static var defaultCompletionKind: CompletionKind { .list(["cell:", "workplace:"]) }
}

/// `--strength-bins A,B` (a `;` or a space also separates them), 0 ≤ A < B.
extension StrengthBins: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " })
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let a = parts[0], let b = parts[1] else { return nil }
        self.init(lower: a, upper: b)
    }
}

/// Which planner `map plant --from` runs.
enum PlannerChoice: String, CaseIterable, ExpressibleByArgument {
    /// The first three to five contacts.
    case core
    /// The cheapest path to every worker and segment.
    case reach
}

/// How many first contacts `plan core` picks: `4`, or a range `3..5` (also `3...5`), within 1...12.
struct ContactCount: ExpressibleByArgument, CustomStringConvertible {
    /// The accepted sizes.
    static let limit = 1...12

    var range: ClosedRange<Int>

    init(_ range: ClosedRange<Int>) { self.range = range }

    init?(argument: String) {
        let parts = argument.replacingOccurrences(of: "...", with: "..").components(separatedBy: "..")
        let numbers = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count), let lo = numbers.first,
            let hi = numbers.last, lo <= hi, Self.limit.contains(lo), Self.limit.contains(hi)
        else { return nil }
        range = lo...hi
    }

    var description: String { range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)..\(range.upperBound)" }
    var defaultValueDescription: String { description }
}

extension Paper: ExpressibleByArgument {}
