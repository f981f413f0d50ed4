import Foundation
import ShopfloorModel
import ShopfloorStore

/// Small graphs for the planning tests.
enum Fixtures {
    /// A 180-worker plant with no cell, a street cell targeting it, an informer and a manager.
    static let miniPlantYAML = """
        name: mini plant
        places:
          - {id: kirazli, kind: neighbourhood, name: Kirazli, district: Gebze, location: [40.80, 29.43]}
          - {id: yildiz-cay, kind: teahouse, name: Yildiz, neighbourhood: kirazli}
          - {id: osb-stop, kind: stop, name: Stop 3, neighbourhood: kirazli}
          - {id: tepe, kind: neighbourhood, name: Tepe, district: Gebze}
        workplaces:
          - id: mp
            name: Mini Plant
            headcount: 180
            district: Gebze
            neighbourhood: kirazli
            location: [40.81, 29.41]
            gates:
              - {id: mp-north, name: North gate, neighbourhood: kirazli}
              - mp-south
            shops:
              - {id: mp-body, name: Body, headcount: 120}
              - {id: mp-paint, name: Paint, headcount: 60}
            shifts:
              - {id: mp-a, name: Morning, start: "06:00", end: "14:00", gate: mp-north}
              - {id: mp-b, name: Late, start: "14:00", end: "22:00"}
              - {id: mp-c, name: Night, time: 22:00-06:00, gate: mp-south, days: [mon, tue, wed, thu, fri, sat]}
          - id: bm
            name: Big Mill
            headcount: 90
            district: Gebze
            location: [40.70, 29.30]
            shops: [{id: bm-spin, name: Spinning, headcount: 90}]
            shifts: [{id: bm-a, name: Day, start: "07:00", end: "15:00"}]
          - id: tiny
            name: Tiny Depot
            headcount: 12
            district: Gebze
            location: [40.79, 29.40]
        people:
          - {id: s1, name: Street One, home: kirazli, affiliation: member}
          - {id: s2, name: Street Two, home: kirazli, affiliation: member}
          - {id: s3, name: Street Three, home: tepe, affiliation: member}
          - {id: w1, name: Worker One, shop: mp-body, shift: mp-a, frequents: [yildiz-cay], affiliation: non-party, assessment: 2}
          - {id: w2, name: Worker Two, shop: mp-body, shift: mp-a, affiliation: sympathizer}
          - {id: w3, name: Worker Three, shop: mp-paint, shift: mp-c, affiliation: reformist-union, home: kirazli}
          - {id: w4, name: Worker Four, shop: mp-paint, shift: mp-b, affiliation: social-democrat}
          - {id: w5, name: Worker Five, shop: mp-body, shift: mp-b, affiliation: fascist, assessment: 4}
          - {id: w6, name: Worker Six, shop: mp-paint, shift: mp-a, frequents: [osb-stop]}
          - {id: inf1, name: Informer, shop: mp-body, shift: mp-a, affiliation: informer, frequents: [yildiz-cay]}
          - {id: mgr1, name: Manager, shop: mp-paint, shift: mp-a, role: manager}
          - {id: m1, name: Mill One, shop: bm-spin, shift: bm-a, affiliation: member}
          - {id: m2, name: Mill Two, shop: bm-spin, shift: bm-a, affiliation: member}
          - {id: m3, name: Mill Three, shop: bm-spin, shift: bm-a, affiliation: member}
          - {id: t1, name: Tiny One, workplace: tiny, affiliation: member}
          - {id: lone, name: Lone Member, home: tepe, affiliation: member}
        cells:
          - {id: kirazli-street, kind: street, neighbourhood: kirazli, targets: [mp], members: [s1, s2, s3]}
          - {id: bm-cell, kind: workplace, workplace: bm, members: [m1, m2, m3]}
        ties:
          - [s1, w1, friend, 3]
          - [w6, inf1, friend, 3]
          - [w2, w4, relative, 2]
          - [s3, mgr1, neighbour, 2]
          - [mgr1, w4, coworker, 3]
          - [t1, m1, union, 1]
        """

    static func miniPlant() throws -> OrganizingGraph {
        try GraphFile.parse(text: miniPlantYAML, path: "mini-plant.yaml")
    }
}
