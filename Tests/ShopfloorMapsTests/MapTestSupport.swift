import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorTestSupport

/// Helpers shared by the map tests: their golden files and rendering a map through Graphviz.
enum MapTestSupport {
    /// The golden DOT files of the maps.
    static let golden = GoldenFolder("Tests/ShopfloorMapsTests/Golden")

    /// The options of the golden maps: a fixed alias key, so that their aliases are the same on every run.
    static let options = MapOptions(aliasKey: AliasKey(secret: "golden-maps-secret-0123456789"))

    /// Encodes a map and renders it in-process.
    static func render(_ document: MapDocument, engine: LayoutEngine = .dot, format: OutputFormat = .svg) throws -> [UInt8] {
        try Graphviz.instance().render(dot: DOTEncoder().encode(document), engine: engine, format: format).data
    }
}
