import Foundation

/// How a number written in a spreadsheet cell is read, whatever the locale that wrote it.
///
/// - A whole number with a decimal part of zeros is that number: `39.0`, `39,0`, `39.00` are 39.
/// - Grouping: `.`, `,`, a space, a no-break space or `'` between groups of exactly three digits is a
///   thousands separator: `2.400`, `2,400`, `2 400`, `1.200.000` are whole numbers. A group that is not
///   three digits long (`0.5`, `39.0`, `2.40`) makes the separator a decimal point.
/// - With both `.` and `,` the last one is the decimal point (`1.234,5` and `1,234.5` are 1234.5).
///
/// The separator is never dropped before a decimal reading is tried: `0.5` is a half, not 5.
enum SheetNumber: Equatable {
    case whole(Int)
    case fraction(Double)

    /// Reads `text`, or nil when it is not a number.
    init?(_ text: String) {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if s.first == "-" || s.first == "+" || s.first == "−" {
            negative = s.first != "+"
            s = s.dropFirst()
        }
        guard let first = s.first, first.isASCII, first.isNumber else { return nil }
        let groupMarks: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'"]
        let dots = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
        var integerPart = s, fractionPart: Substring = ""
        if dots > 0 && commas > 0 {
            let decimal: Character = s.lastIndex(of: ".")! > s.lastIndex(of: ",")! ? "." : ","
            guard s.filter({ $0 == decimal }).count == 1, let split = s.lastIndex(of: decimal) else { return nil }
            integerPart = s[..<split]
            fractionPart = s[s.index(after: split)...]
        } else if dots + commas == 1 {
            let split = s.firstIndex { $0 == "." || $0 == "," }!
            let before = s[..<split], after = s[s.index(after: split)...]
            // One separator before exactly three digits, after one to three digits not starting with 0: grouping.
            let grouping = after.count == 3 && after.allSatisfy(\.isASCII) && after.allSatisfy(\.isNumber)
                && (1...3).contains(before.filter { !groupMarks.contains($0) }.count) && before.first != "0"
            if !grouping {
                integerPart = before
                fractionPart = after
            }
        }
        guard let whole = Self.grouped(integerPart, marks: groupMarks.union([".", ","])) else { return nil }
        guard fractionPart.allSatisfy({ $0.isASCII && $0.isNumber }), !(fractionPart.isEmpty && integerPart.count < s.count) else {
            return nil
        }
        if fractionPart.allSatisfy({ $0 == "0" }) {
            guard let value = Int(whole) else { return nil }
            self = .whole(negative ? -value : value)
        } else {
            guard let value = Double(whole + "." + fractionPart) else { return nil }
            self = .fraction(negative ? -value : value)
        }
    }

    /// The digits of an integer part written with or without group separators, or nil when the grouping
    /// is not groups of three.
    private static func grouped(_ part: Substring, marks: Set<Character>) -> String? {
        guard !part.isEmpty else { return nil }
        let groups = part.split(omittingEmptySubsequences: false) { marks.contains($0) }
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            // One kind of separator throughout.
            let used = Set(part.filter { marks.contains($0) })
            guard used.count == 1 else { return nil }
        }
        return groups.joined()
    }

    /// The number read from a number cell.
    init(_ value: Double) {
        if value == value.rounded(), let whole = Int(exactly: value) { self = .whole(whole) } else { self = .fraction(value) }
    }
}
