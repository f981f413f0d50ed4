/// Graph files that more than one test target needs, as text.
public enum GraphFixtures {
    /// A plant whose only known way in runs through a suspected informer: street cell `st` (s1, s2, s3) lives
    /// in kirazli; s1 is tied to `spy`, who works beside `w1` in mp-body@mp-a. The plant's gate serves no
    /// shift, nobody shares a place, and the plant's people live in tepe.
    public static let onlyThroughInformer = """
        places:
          - {id: kirazli, kind: neighbourhood, name: Kirazli}
          - {id: tepe, kind: neighbourhood, name: Tepe}
          - {id: cay, kind: teahouse, name: Cay, neighbourhood: kirazli}
        workplaces:
          - id: mp
            name: Plant
            headcount: 40
            gates: [{id: mp-gate, name: Gate}]
            shops: [{id: mp-body, name: Body, headcount: 40}]
            shifts: [{id: mp-a, name: Day, start: "06:00", end: "14:00"}]
        people:
          - {id: s1, name: Street One, home: kirazli, affiliation: member}
          - {id: s2, name: Street Two, home: kirazli, affiliation: member}
          - {id: s3, name: Street Three, home: kirazli, affiliation: member}
          - {id: spy, name: Spy, shop: mp-body, shift: mp-a, home: tepe, affiliation: informer}
          - {id: w1, name: Worker One, shop: mp-body, shift: mp-a, home: tepe, assessment: 2}
        cells:
          - {id: st, kind: street, neighbourhood: kirazli, targets: [mp], members: [s1, s2, s3]}
        ties:
          - [s1, spy, friend, 3]
        """
}
