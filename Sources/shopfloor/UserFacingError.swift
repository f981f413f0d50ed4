import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorPlanning
import ShopfloorStore

/// An error of one of Shopfloor's modules whose `description` is written for the person at the keyboard.
///
/// The command line prints it as it is and exits with code 1. Each module's error type joins here.
protocol UserFacingError: Error, CustomStringConvertible {}

extension StoreError: UserFacingError {}
extension PlanningError: UserFacingError {}
extension MapError: UserFacingError {}
extension GraphvizError: UserFacingError {}
