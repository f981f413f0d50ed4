import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// A small district counted by hand, for the penetration report and the diagnosis.
///
/// Workplaces (headcount; shops × shifts; cell):
/// - big-a   1000; 2×2; no cell; 1 member (body/day), 1 sympathizer, contacts 1 and 3, a manager
/// - big-b    600; 1×1; cell b-cell of 3 with a committee; a 4th member outside the cell; democratic union
/// - small-c   40; none; cell c-cell of 3 without committee; yellow union
/// - small-d   20; none; 2 members, no cell
/// - small-e   30; none; cell e-cell of 1 (forming)
/// and a street cell st-cell of 3 street members (with a committee) that targets big-a.
/// Members: 14 (11 at workplaces, 7 in their workplace's cell). Today: 2026-11-24.
enum MetricsFixture {
    static let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)

    /// Every person's name in the fixture, none of which may appear in any output.
    static let names = ["Alma Ruiz", "Sena Arslan", "Cem Okur", "Derya Tas", "Boss Bossman", "Bora Yel",
        "Berk Ak", "Banu Gul", "Baris Er", "Bahar Su", "Ceren Ay", "Cihan Oz", "Canan Ek", "Cenk Dal",
        "Deniz Kar", "Duru Bal", "Ece Nur", "Emre Can", "Selim Ulu", "Sibel Kus", "Suat Tan"]

    static let yaml = """
        name: Hand-counted district
        places:
          - {id: mahalle, kind: neighbourhood, name: Mahalle}
        workplaces:
          - id: big-a
            name: Big A Works
            sector: automotive
            employer: Acme
            headcount: 1000
            district: North
            shops: [{id: a-body, name: Body}, {id: a-paint, name: Paint}]
            shifts:
              - {id: a-day, name: Day, start: "06:00", end: "14:00"}
              - {id: a-night, name: Night, start: "22:00", end: "06:00"}
          - id: big-b
            name: Big B Mill
            sector: steel
            employer: Beta
            headcount: 600
            district: North
            union: {name: Metal-Is, character: democratic}
            shops: [{id: b-line, name: Line}]
            shifts: [{id: b-day, name: Day, start: "07:00", end: "15:00"}]
          - {id: small-c, name: Small C, sector: automotive, employer: Acme, headcount: 40, district: South, union: yellow}
          - {id: small-d, name: Small D, sector: retail, headcount: 20, district: South}
          - {id: small-e, name: Small E, sector: retail, headcount: 30}
        people:
          - {id: a-m1, name: Alma Ruiz, shop: a-body, shift: a-day, affiliation: member}
          - {id: a-s1, name: Sena Arslan, workplace: big-a, affiliation: sympathizer, assessment: 2}
          - {id: a-c1, name: Cem Okur, workplace: big-a, assessment: 1}
          - {id: a-c2, name: Derya Tas, workplace: big-a, affiliation: reformist-union, assessment: 3}
          - {id: a-boss, name: Boss Bossman, workplace: big-a, role: manager, assessment: 5}
          - {id: b-m1, name: Bora Yel, shop: b-line, shift: b-day, affiliation: member}
          - {id: b-m2, name: Berk Ak, shop: b-line, shift: b-day, affiliation: member}
          - {id: b-m3, name: Banu Gul, shop: b-line, shift: b-day, affiliation: member}
          - {id: b-m4, name: Baris Er, shop: b-line, shift: b-day, affiliation: member}
          - {id: b-x1, name: Bahar Su, workplace: big-b, assessment: 2}
          - {id: c-m1, name: Ceren Ay, workplace: small-c, affiliation: member}
          - {id: c-m2, name: Cihan Oz, workplace: small-c, affiliation: member}
          - {id: c-m3, name: Canan Ek, workplace: small-c, affiliation: member}
          - {id: c-x1, name: Cenk Dal, workplace: small-c}
          - {id: d-m1, name: Deniz Kar, workplace: small-d, affiliation: member}
          - {id: d-m2, name: Duru Bal, workplace: small-d, affiliation: member}
          - {id: e-m1, name: Ece Nur, workplace: small-e, affiliation: member}
          - {id: e-x1, name: Emre Can, workplace: small-e, assessment: 4}
          - {id: s-m1, name: Selim Ulu, home: mahalle, affiliation: member}
          - {id: s-m2, name: Sibel Kus, home: mahalle, affiliation: member}
          - {id: s-m3, name: Suat Tan, home: mahalle, affiliation: member}
        cells:
          - {id: b-cell, kind: workplace, workplace: big-b, members: [b-m1, b-m2, b-m3], committee: [b-m1, b-m2, b-m3]}
          - {id: c-cell, kind: workplace, workplace: small-c, members: [c-m1, c-m2, c-m3]}
          - {id: e-cell, kind: workplace, workplace: small-e, members: [e-m1]}
          - {id: st-cell, kind: street, neighbourhood: mahalle, targets: [big-a], members: [s-m1, s-m2, s-m3], committee: [s-m1, s-m2, s-m3]}
        contacts:
          - {date: 2026-11-20, by: s-m1, with: a-c1, channel: gate, notes: Secret note about Cem}
          - {date: 2026-09-01, by: c-m1, with: c-x1, channel: coworker}
          - {date: 2026-11-10, by: b-m1, with: b-x1, channel: pub}
          - {date: 2026-12-01, by: e-m1, with: e-x1, channel: home}
        """

    /// The fixture as a graph.
    static func graph() throws -> OrganizingGraph {
        try GraphFile.parse(text: yaml, path: "fixture.yaml")
    }

    /// The report of the fixture.
    static func report(
        by grouping: PenetrationReport.Grouping = .workplace, large: Int = 500, staleDays: Int = 30
    ) throws -> PenetrationReport {
        PenetrationReport(graph: try graph(), options: .init(grouping: grouping, today: today,
            largeThreshold: large, staleDays: staleDays))
    }
}
