import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorPlanning
import ShopfloorStore

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
        return "give the kind with --kind (\(SpreadsheetKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}

extension PlanningError: UserFacingError {
    var commandLineHint: String? {
        switch self {
        case .workplaceHasCell(_, let cell): "run `shopfloor plan expand <source> --cell \(cell)`"
        case .noGroup: "give the group with --from CELL or --from ID,ID,…"
        case .onlyDangerousRoutes: "--json prints the plan with whom it kept away from; a tie, a shared tea house or "
            + "stop, or a gate on file for a shift would open a safe way in"
        default: nil
        }
    }
}

extension MapError: UserFacingError {
    var commandLineHint: String? {
        switch self {
        case .planWithoutPaths: "write a plan file with `shopfloor plan reach|core|expand … --json > plan.json`"
        case .planForOtherWorkplace(_, let plan, _): "pass --workplace \(plan), or a plan made with --into for this workplace"
        default: nil
        }
    }
}

extension GraphvizError: UserFacingError {
    var commandLineHint: String? {
        guard case .layoutFailed = self else { return nil }
        return "choose another with --layout (\(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}
