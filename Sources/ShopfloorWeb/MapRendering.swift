import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent

/// Maps drawn for the workbench through Graphviz in-process: SVG for the pages (internal ids taken out,
/// checked fit to inline), and SVG, PNG or PDF on a sheet for downloads.
enum MapRendering {
    /// The bytes of a map in a format, laid out by the engine that suits its size.
    static func render(_ document: MapDocument, format: OutputFormat) throws -> [UInt8] {
        let engine: LayoutEngine = document.prefersForceLayout ? .sfdp : .dot
        let data = try Graphviz.instance().render(dot: DOTEncoder().encode(document), engine: engine, format: format).data
        guard format == .svg else { return data }
        return Array(SVGTitles.removingInternalIDs(String(decoding: data, as: UTF8.self)).utf8)
    }

    /// A map as an `<svg>` element for a page, or nil when it cannot be drawn.
    static func inline(_ document: MapDocument) -> String? {
        guard let bytes = try? render(document, format: .svg) else { return nil }
        return InlineSVG.sanitized(String(decoding: bytes, as: UTF8.self))
    }

    /// The district (penetration) map for the overview.
    static func districtSVG(_ graph: OrganizingGraph, revealNames: Bool, aliasKey: AliasKey) -> String? {
        guard let document = try? DistrictMap.build(graph: graph,
            options: MapOptions(revealNames: revealNames, aliasKey: aliasKey, links: true)) else { return nil }
        return inline(document)
    }

    /// A plant map with a plan drawn on it.
    static func plantDocument(
        _ graph: OrganizingGraph, plant: Workplace.ID, plan: Plan?, revealNames: Bool, aliasKey: AliasKey, paper: Paper? = nil
    ) throws -> MapDocument
    {
        // Links for the page's map only; a downloaded map (sized for paper) carries none.
        var document = try PlantMap.build(graph: graph, workplace: plant, plan: plan, planPath: "plan", pathLimit: 8,
            options: MapOptions(revealNames: revealNames, aliasKey: aliasKey, links: paper == nil))
        document.paper = paper
        return document
    }
}
