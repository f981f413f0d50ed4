import ShopfloorModel
import ShopfloorStore

/// Small graphs for edge cases of the metrics.
enum GraphFileFixtures {
    /// One plant with a cell of three, a committee, every member in it and a contact yesterday.
    static func healthy() throws -> OrganizingGraph {
        try GraphFile.parse(text: """
            workplaces:
              - {id: plant, name: Plant, headcount: 30, shops: [{id: p-shop, name: Shop}]}
            people:
              - {id: m1, name: One, shop: p-shop, affiliation: member}
              - {id: m2, name: Two, shop: p-shop, affiliation: member}
              - {id: m3, name: Three, shop: p-shop, affiliation: member}
              - {id: w1, name: Four, shop: p-shop, assessment: 2}
            cells:
              - {id: p-cell, kind: workplace, workplace: plant, members: [m1, m2, m3], committee: [m1, m2, m3]}
            contacts:
              - {date: 2026-11-23, by: m1, with: w1, channel: coworker}
            """, path: "healthy.yaml")
    }

    /// A graph with nothing in it.
    static func empty() throws -> OrganizingGraph {
        try GraphFile.parse(text: "name: empty\n", path: "empty.yaml")
    }
}
