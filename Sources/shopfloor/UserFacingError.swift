import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorText

/// An error of one of Shopfloor's modules whose `description` is written for the person at the keyboard.
///
/// The command line prints it as it is, then its ``commandLineHint`` if any, and exits with code 1. Each
/// module's error type joins here. Library errors never name a flag (a library does not know how it is called);
/// the hint is where the command line says which flag to use.
protocol UserFacingError: Error, CustomStringConvertible {
    /// What to do next, in terms of this command line's commands and flags, when there is something to say.
    var commandLineHint: String? { get }
}

extension UserFacingError {
    var commandLineHint: String? { nil }
}

extension StoreError: UserFacingError {
    var commandLineHint: String? {
        guard diagnostics.contains(where: { $0.message == SpreadsheetImport.unknownKindMessage }) else { return nil }
        return Text.string("hint.giveKind", ["kinds": "\(SpreadsheetKind.allCases.map(\.rawValue).joined(separator: ", "))"])
    }
}

extension PlanningError: UserFacingError {
    var commandLineHint: String? {
        switch self {
        case .workplaceHasCell(_, let cell): Text.string("hint.runExpand", ["cell": "\(cell)"])
        case .noGroup: Text.string("hint.giveGroup")
        case .onlyDangerousRoutes: Text.string("hint.onlyDangerousRoutes")
        default: nil
        }
    }
}

extension MapError: UserFacingError {
    var commandLineHint: String? {
        switch self {
        case .planWithoutPaths: Text.string("hint.writePlanFile")
        case .planForOtherWorkplace(_, let plan, _): Text.string("hint.passWorkplace", ["workplace": "\(plan)"])
        default: nil
        }
    }
}

extension GraphvizError: UserFacingError {
    var commandLineHint: String? {
        guard case .layoutFailed = self else { return nil }
        return Text.string("hint.chooseLayout", ["engines": "\(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))"])
    }
}
