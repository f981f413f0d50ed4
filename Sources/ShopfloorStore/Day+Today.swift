import Foundation
import ShopfloorModel

extension Day {
    /// Today (UTC): the default day of a logged contact, a report and a gate week, on the command line and in
    /// the workbench alike.
    public static var today: Day { Day(daysSinceEpoch: Int((Date.now.timeIntervalSince1970 / 86_400).rounded(.down))) }
}
