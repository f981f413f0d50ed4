import Foundation

/// Numbers and dates where people read them, in the language's own way (machine formats keep theirs).
extension Text {
    /// `x` with `places` decimals and the language's decimal separator: `0.42` or `0,42`.
    public func decimal(_ x: Double, places: Int) -> String {
        decimal(written: Text.fixed(x, places: places))
    }

    /// A number already written with `.` (`0.40`, `12.5 %`) with the language's decimal separator instead.
    public func decimal(written plain: String) -> String {
        let separator = catalog.format.decimalSeparator
        return separator == "." ? plain : plain.replacingOccurrences(of: ".", with: separator)
    }

    /// A date in the language's pattern: `2026-11-29` or `29.11.2026`.
    public func date(year: Int, month: Int, day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return catalog.format.date
            .replacingOccurrences(of: "{yyyy}", with: String(year))
            .replacingOccurrences(of: "{mm}", with: two(month))
            .replacingOccurrences(of: "{dd}", with: two(day))
    }

    /// A date written `yyyy-mm-dd` (as files and plans hold it) in the language's pattern; other text unchanged.
    public func date(iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard iso.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return iso }
        return date(year: y, month: m, day: d)
    }

    /// The separator of CSV written for this language's spreadsheet programs.
    public var csvSeparator: String { catalog.format.csvSeparator }

    /// `x` rounded half away from zero to `places` decimals, with `.` (no exponent, no locale).
    static func fixed(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = x < 0 && scaled > 0
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var digits = String(fraction)
        while digits.count < places { digits = "0" + digits }
        return (negative ? "-" : "") + String(whole) + (places > 0 ? "." + digits : "")
    }
}
