/// Numbers as the tables, maps and reports print them, so that one figure reads the same everywhere.
public enum Figure {
    /// Two decimals, rounded half away from zero: `0.13`, `1.00`.
    public static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
