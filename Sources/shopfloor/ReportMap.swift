import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// The district map the HTML report embeds, drawn by the maps module (ShopfloorMaps) through Graphviz in-process.
///
/// A map that cannot be drawn does not stop the report: the reason goes to standard error and the page shows
/// its own chart only.
enum ReportMap {
    /// The district map as SVG (identities hidden), or nil when none can be rendered.
    static func districtSVG(graph: OrganizingGraph, report: PenetrationReport) -> String? {
        do {
            let grouping: DistrictMap.Grouping = report.options.grouping == .sector ? .sector : .district
            let document = try DistrictMap.build(graph: graph, grouping: grouping, options: MapOptions())
            let engine = MapWriter.defaultEngine(for: document)
            let rendering = try Graphviz.instance().render(dot: DOTEncoder().encode(document), engine: engine,
                format: .svg)
            return SVGTitles.removingInternalIDs(String(decoding: rendering.data, as: UTF8.self))
        } catch {
            Terminal.standardError.write(Text.string("report.mapLeftOut", ["error": "\(error)"]) + "\n")
            return nil
        }
    }

    /// The names the district map gives workplaces (identities hidden, as on the map), by workplace id: the
    /// report's table names each workplace row the same way.
    static func workplaceNames(graph: OrganizingGraph, report: PenetrationReport) -> [String: String] {
        guard report.options.grouping == .workplace else { return [:] }
        let redactor = Redactor(graph: graph, options: MapOptions())
        return Dictionary(graph.workplaces.map { ($0.id.rawValue, redactor.name($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
