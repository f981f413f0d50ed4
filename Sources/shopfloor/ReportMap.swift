import ShopfloorModel
import ShopfloorPlanning

/// The district map the HTML report embeds.
///
/// The map slot of ``PenetrationReport/html(mapSVG:mapCaption:)`` takes a pre-rendered SVG. Until the maps
/// module (ShopfloorMaps + ShopfloorGraphviz) renders the district penetration map, this returns nil and the
/// page draws its own chart of members per ten workers instead.
enum ReportMap {
    /// The district map as SVG, or nil when none can be rendered.
    static func districtSVG(graph: OrganizingGraph, report: PenetrationReport) -> String? {
        nil
    }
}
