import ShopfloorMaps
import ShopfloorModel
import ShopfloorStore

extension GraphMLWriter.Palette {
    /// The maps' colours for a graph's GraphML: people by affiliation (management-side in grey), workplaces by
    /// penetration as the district map fills them, cells, gates and other places as the plant map fills them.
    static func maps(for graph: OrganizingGraph) -> GraphMLWriter.Palette {
        let standings = WorkplaceStanding.all(graph.workplaces, in: graph)
        let workplaceFill = standings.mapValues { MapPalette.penetrationFill($0.penetration).fill }
        @Sendable func rgb(_ colour: MapColor) -> GraphMLWriter.RGB? {
            GraphMLWriter.RGB(r: colour.red, g: colour.green, b: colour.blue)
        }
        return GraphMLWriter.Palette(
            person: { rgb(MapPalette.fill($0)) },
            workplace: { workplaceFill[$0.id].flatMap(rgb) },
            place: { rgb($0.kind == .gate ? MapPalette.gate : MapPalette.place) },
            cell: { rgb($0.kind == .street ? MapPalette.streetCell : MapPalette.workplaceCell) })
    }
}
