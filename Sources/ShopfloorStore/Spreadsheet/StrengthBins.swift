import Foundation
import ShopfloorText

/// How the weights of an edge list become tie strengths 1 to 3.
///
/// With thresholds (`5,20`): a weight up to the first is strength 1, up to the second 2, above it 3. Without
/// (``thirds``): when every weight is a whole number from 1 to 3 it is the strength; otherwise each weight's
/// mid-rank percentile among the sheet's merged weights, (weights below + half the weights equal) ÷ count,
/// puts it in a third: under 1/3 is 1, under 2/3 is 2, else 3. Equal weights share a strength, and a sheet
/// whose weights are all equal gets strength 2 throughout.
public enum StrengthBins: Sendable, Hashable {
    case thirds
    case thresholds(Double, Double)

    /// Thresholds A and B, when 0 ≤ A < B and both are finite; nil otherwise.
    public init?(lower a: Double, upper b: Double) {
        guard a.isFinite, b.isFinite, a >= 0, a < b else { return nil }
        self = .thresholds(a, b)
    }

    /// The strength of each weight, in order.
    /// - Complexity: O(n log n) in the number of weights.
    public func strengths(of weights: [Double]) -> [Int] {
        switch self {
        case .thresholds(let a, let b):
            return weights.map { $0 <= a ? 1 : $0 <= b ? 2 : 3 }
        case .thirds:
            if weights.allSatisfy({ $0 == $0.rounded() && (1...3).contains($0) }) { return weights.map { Int($0) } }
            let sorted = weights.sorted()
            let n = Double(sorted.count)
            return weights.map { w in
                let below = Double(Self.count(sorted) { $0 < w }), upTo = Double(Self.count(sorted) { $0 <= w })
                let percentile = (below + (upTo - below) / 2) / n
                return percentile < 1.0 / 3 ? 1 : percentile < 2.0 / 3 ? 2 : 3
            }
        }
    }

    /// The rule as a sentence, with the cut points the weights gave.
    public func describe(weights: [Double], strengths: [Int]) -> String {
        func highest(_ s: Int) -> String? { zip(weights, strengths).filter { $0.1 == s }.map(\.0).max().map(SheetCell.format) }
        switch self {
        case .thresholds(let a, let b):
            return Text.string("bins.thresholds", ["a": "\(SheetCell.format(a))", "b": "\(SheetCell.format(b))"])
        case .thirds:
            if weights.allSatisfy({ $0 == $0.rounded() && (1...3).contains($0) }) { return Text.string("bins.asStrengths") }
            let parts = (1...3).compactMap { s in highest(s).map { Text.string("bins.upTo", ["strength": .integer(s), "weight": "\($0)"]) } }
            return Text.string("bins.thirds", ["parts": "\(parts.joined(separator: ", "))"])
        }
    }

    /// How many elements of a sorted array satisfy a prefix predicate (binary search).
    private static func count(_ sorted: [Double], _ isBefore: (Double) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(sorted[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
