import Foundation
import ShopfloorModel

/// One cell of a sheet as the spreadsheet typed it.
///
/// A CSV file only has text; a workbook (.xlsx, .ods) keeps numbers, dates, times and booleans as such, and
/// the import reads each as what it is: a number cell `39` is 39 whatever the locale writes, a date cell is a
/// day, not the serial number Excel stores.
public enum SheetCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case boolean(Bool)
    case date(Day)
    /// A date with a time of day; the time as a fraction of a day.
    case dateTime(Day, dayFraction: Double)
    /// A time or a duration, in days (0.25 = 06:00; 1.5 = 36 hours), as spreadsheets store them.
    case time(days: Double)
    /// An error value (`#REF!`, `#DIV/0!`) left by a formula.
    case error(String)

    /// Whether the cell holds nothing (no value, or only spaces).
    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let s): s.allSatisfy(\.isWhitespace)
        default: false
        }
    }

    /// The cell as text: what a text field (an id, a name, a note) reads.
    ///
    /// A whole number is written without a decimal point (`39`), a date as `2026-10-02`, a time as `07:00`.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let d): Self.format(d)
        case .boolean(let b): b ? "true" : "false"
        case .date(let day): day.description
        case .dateTime(let day, let fraction): day.description + " " + Self.clock(fraction)
        case .time(let days): Self.clock(days)
        case .error(let code): code
        }
    }

    /// A number as text: whole numbers without a decimal point, others in the shortest form that reads back.
    static func format(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.description
    }

    /// A time in days as `HH:MM` (hours past 24 kept, as durations are written: `36:00`).
    static func clock(_ days: Double) -> String {
        let minutes = Int((days * 1440).rounded())
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
