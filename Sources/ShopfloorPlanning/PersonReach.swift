import ShopfloorModel

/// Where each person's edges other than ties lead (segment, pubs and stops, home, gate), looked up once per
/// person into flat arrays that both CSR passes of every worker read.
struct PersonReach: Sendable {
    /// Each person's own segment vertex, or -1.
    var segment: [Int32]
    /// Each person's neighbourhood vertex, or -1.
    var home: [Int32]
    /// The gate vertex of each person's shift, or -1.
    var gate: [Int32]
    /// The pubs and stops people frequent, with the edge class of each: person `i`'s are
    /// `haunts[hauntStart[i]..<hauntStart[i + 1]]`.
    var haunts: [(place: Int32, kind: UInt8)]
    var hauntStart: [Int32]

    /// Looks up every person's places and segment.
    ///
    /// A person's segment is `segmentVertex[shop@shift]` and their gate `shiftGate[shift]`. People come in runs
    /// of one workplace, so each run's shops and shifts are looked up once (a small table of segment and gate
    /// vertices) and each person of the run finds their shop and shift among a few ids by comparing them, not
    /// by hashing two strings; a shop or shift the workplace does not list is looked up as before.
    init(people: [Person], places: [Place], workplaces: [Workplace], placeVertex lv: [Place.ID: Int32],
        segmentVertex sv: [SegmentID: Int32], shiftGate: [Shift.ID: Int32])
    {
        let p = people.count
        var segment = [Int32](repeating: -1, count: p)
        var home = [Int32](repeating: -1, count: p)
        var gate = [Int32](repeating: -1, count: p)
        var haunts: [(place: Int32, kind: UInt8)] = []
        var hauntStart = [Int32](repeating: 0, count: p + 1)
        var workplaceAt: [Workplace.ID: Int] = [:]
        for (i, w) in workplaces.enumerated() where workplaceAt[w.id] == nil { workplaceAt[w.id] = i }
        var run = RunTable()
        // Read in place: a person taken out of the array is a copy of eleven strings.
        people.withUnsafeBufferPointer { people in
            for i in 0..<p {
                if let w = people[i].workplace, w != run.workplace {
                    run = RunTable(workplaceAt[w].map { workplaces[$0] }, id: w, segmentVertex: sv, shiftGate: shiftGate)
                }
                let inRun = people[i].workplace == run.workplace
                let shopAt = inRun ? people[i].shop.flatMap(run.shopIndex) : nil
                let shiftAt = inRun ? people[i].shift.flatMap(run.shiftIndex) : nil
                if let shopAt, let shiftAt {
                    segment[i] = run.segments[shopAt * run.shifts.count + shiftAt]
                } else if let shop = people[i].shop, let shift = people[i].shift, let s = sv[SegmentID(shop: shop, shift: shift)] {
                    segment[i] = s
                }
                for placeID in people[i].frequents {
                    guard let place = lv[placeID] else { continue }
                    switch places[Int(place) - p].kind {
                    case .pub, .other: haunts.append((place, EdgeClasses.pubHalf))
                    case .stop: haunts.append((place, EdgeClasses.commuteHalf))
                    case .gate, .neighbourhood: continue
                    }
                }
                hauntStart[i + 1] = Int32(haunts.count)
                if let h = people[i].home, let n = lv[h] { home[i] = n }
                if let shiftAt {
                    gate[i] = run.gates[shiftAt]
                } else if let shift = people[i].shift, let g = shiftGate[shift] {
                    gate[i] = g
                }
            }
        }
        self.segment = segment
        self.home = home
        self.gate = gate
        self.haunts = haunts
        self.hauntStart = hauntStart
    }
}

/// The segment and gate vertices of one workplace's shops and shifts, for a run of its people.
private struct RunTable {
    /// The workplace of the run (nil: none yet).
    var workplace: Workplace.ID?
    var shops: [Shop.ID] = []
    var shifts: [Shift.ID] = []
    /// `segmentVertex[shops[a]@shifts[b]]` at `a * shifts.count + b`, or -1.
    var segments: [Int32] = []
    /// `shiftGate[shifts[b]]` at `b`, or -1.
    var gates: [Int32] = []

    /// The most ids compared one by one; a workplace with more is looked up by hash.
    static let scanLimit = 16

    init() {}

    init(_ found: Workplace?, id: Workplace.ID, segmentVertex sv: [SegmentID: Int32], shiftGate: [Shift.ID: Int32]) {
        workplace = id
        guard let found, found.shops.count <= Self.scanLimit, found.shifts.count <= Self.scanLimit else { return }
        shops = found.shops.map(\.id)
        shifts = found.shifts.map(\.id)
        for shop in shops {
            for shift in shifts { segments.append(sv[SegmentID(shop: shop, shift: shift)] ?? -1) }
        }
        gates = shifts.map { shiftGate[$0] ?? -1 }
    }

    /// The position of a shop among the run's, or nil.
    func shopIndex(_ id: Shop.ID) -> Int? { shops.firstIndex(of: id) }
    /// The position of a shift among the run's, or nil.
    func shiftIndex(_ id: Shift.ID) -> Int? { shifts.firstIndex(of: id) }
}
