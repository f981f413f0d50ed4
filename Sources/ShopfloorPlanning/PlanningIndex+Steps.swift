import ShopfloorModel
import ShopfloorText

extension PlanningIndex {
    /// Turns a raw path into plan steps: places between two people become the step's `place`; shop floors
    /// disappear into a coworker step. Each person the route reaches who is tied to a suspected informer or to
    /// management multiplies the route's chance of staying unnoticed by `1 − exposure` and is flagged.
    /// - Complexity: O(path length).
    func route(_ path: RawPath) -> PlanRoute {
        var steps: [PlanStep] = []
        guard let first = path.vertices.first else { return PlanRoute(cost: 0, risk: 0, steps: []) }
        var from = first
        var place: Int32?
        var survive = 1.0
        var exposed: [ExposedPerson] = []
        for (v, e) in zip(path.vertices.dropFirst(), path.edges.dropFirst()) {
            if isPlace(v) || isFloor(v) {
                if isPlace(v) { place = v }
                continue
            }
            let channel = e >= 0 ? self.channel(Int(e)) : .tie
            // Segments have no edges out: every step starts at a person.
            precondition(isPerson(from), "a path leaves vertex \(from), which is not a person")
            steps.append(PlanStep(from: person(from).id, to: endpoint(v), channel: channel,
                place: place.map { self.place($0).id }, window: window(channel, to: v)))
            survive *= 1 - costs.risk(channel)
            survive *= 1 - (isPerson(v) ? costs.risk(person(v)) : costs.unknownPersonRisk)
            if isPerson(v), let flag = exposure.flag(Int(v), person: person(v).id) {
                survive *= 1 - costs.exposureRisk(informers: flag.informerTies, management: flag.managementTies)
                exposed.append(flag)
            }
            from = v
            place = nil
        }
        return PlanRoute(cost: path.cost.rounded(to: 3), risk: (1 - survive).rounded(to: 4), steps: steps,
            exposed: exposed.isEmpty ? nil : exposed)
    }

    /// The shift of a person or segment vertex.
    func shift(of v: Int32) -> Shift? {
        let id = isPerson(v) ? person(v).shift : isSegment(v) ? segment(v).id.shift : nil
        return id.flatMap { graph.shift($0)?.shift }
    }

    /// When a step can happen: gate windows around the shift change, or the shift itself for coworkers.
    func window(_ channel: PlanChannel, to v: Int32) -> String? {
        guard let shift = shift(of: v) else { return nil }
        switch channel {
        case .gate:
            let lead = costs.gateWindowMinutes
            return Text.string("window.gate", ["arrive": "\(GateClock.text(shift.start.minutes - lead))-\(shift.start)",
                "leave": "\(shift.end)-\(GateClock.text(shift.end.minutes + lead))", "days": "\(GateClock.days(shift.days))"])
        case .coworker:
            return Text.string("window.shift", ["time": "\(shift.start)-\(shift.end)", "days": "\(GateClock.days(shift.days))"])
        default:
            return nil
        }
    }
}

/// Small helpers to write clock times and day lists.
enum GateClock {
    /// `HH:MM` for minutes that may fall outside one day (wrapped around midnight).
    static func text(_ minutes: Int) -> String {
        let m = ((minutes % 1440) + 1440) % 1440
        guard let time = TimeOfDay(hour: m / 60, minute: m % 60) else {
            preconditionFailure("minutes wrapped into one day make a clock time")
        }
        return time.description
    }

    /// `mon-fri`, or a comma list of day words.
    static func days(_ days: [Weekday]) -> String {
        let sorted = Array(Set(days)).sorted()
        if sorted == Weekday.workweek { return Weekday.monday.label + "-" + Weekday.friday.label }
        if sorted == Array(Weekday.allCases) { return Text.string("window.daily") }
        if sorted.count > 2, let first = sorted.first, let last = sorted.last,
            last.isoNumber - first.isoNumber == sorted.count - 1 {
            return "\(first.label)-\(last.label)"
        }
        return sorted.map(\.label).joined(separator: ",")
    }
}
