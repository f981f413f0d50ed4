import ShopfloorModel

/// One shift change at one gate: when workers arrive before a shift or leave after it.
public struct GateWindow: Hashable, Sendable, Codable {
    /// Arrivals before a shift's start, or departures after its end.
    public enum Change: String, Hashable, Sendable, Codable { case arrivals, departures }
    public var gate: Place.ID
    public var shift: Shift.ID
    public var change: Change
    /// Local wall-clock start, `YYYY-MM-DDTHH:MM` (no time zone: the plant's own).
    public var start: String
    /// Local wall-clock end, `YYYY-MM-DDTHH:MM`.
    public var end: String
    /// The weekday the window starts on (`mon` … `sun`).
    public var weekday: String
    /// Workers of the shift (headcount of its segments).
    public var workers: Int
    /// Members suggested for the window (ids), those living near the gate first, rotated over the week.
    public var suggested: [Person.ID]
    /// Who is listening: the suggested members and the known workers of the shift who are tied to a suspected
    /// informer or to management, by id; nil (absent in JSON) when there are none. Approach them with care.
    public var careful: [ExposedPerson]?
}

/// The answer of `plan gates`: the week's shift changes at each gate of a workplace.
public struct GatePlan: Hashable, Sendable, Codable {
    /// Always `"gates"`.
    public var kind = "gates"
    public var into: Workplace.ID
    /// The group whose members are suggested, if any.
    public var from: PlanGroup?
    /// The Monday of the week, `YYYY-MM-DD`.
    public var week: String
    /// Windows in time order (ties by gate, shift, change).
    public var windows: [GateWindow]
    /// Shifts with no gate, which have no window.
    public var ungated: [Shift.ID]
}

/// A local date-time as a day and minutes after its midnight (normalized into 0..<1440).
struct LocalTime: Comparable {
    var day: Day
    var minutes: Int

    init(_ day: Day, _ minutes: Int) {
        let shift = minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440)
        self.day = day.adding(days: shift)
        self.minutes = minutes - shift * 1440
    }

    /// `YYYY-MM-DDTHH:MM`.
    var text: String { "\(day)T\(GateClock.text(minutes))" }

    static func < (a: Self, b: Self) -> Bool { (a.day, a.minutes) < (b.day, b.minutes) }
}

extension Planning {
    /// The week's shift changes at each gate of a workplace, with suggested members of a group.
    ///
    /// A shift's arrivals window runs from `gateWindowMinutes` before its start to the start; the departures
    /// window from its end to as long after. A shift across midnight leaves the next day.
    /// - Complexity: O(gates × shifts × 7 + members log members).
    public static func gates(
        _ graph: OrganizingGraph, into workplaceID: Workplace.ID, from group: PlanningGroup? = nil, week: Day,
        costs: CostTable = .standard
    ) throws(PlanningError) -> GatePlan {
        let workplace = try graph.requireWorkplace(workplaceID)
        var resolved: ResolvedGroup?
        if let group { resolved = try group.resolve(in: graph) }
        else if let cell = graph.streetCells(targeting: workplaceID).first {
            resolved = try PlanningGroup.cell(cell.id).resolve(in: graph)
        }
        let monday = week.adding(days: -(week.weekday.isoNumber - 1))
        let lead = costs.gateWindowMinutes
        let segments = graph.segments(of: workplaceID)
        let exposure = TieExposure(graph: graph)
        var shiftWorkers: [Shift.ID: [Person.ID]] = [:]
        for person in graph.people(at: workplaceID) where !person.isDanger {
            if let shift = person.shift { shiftWorkers[shift, default: []].append(person.id) }
        }
        var windows: [(time: LocalTime, window: GateWindow)] = []
        var ungated: [Shift.ID] = []
        for shift in workplace.shifts {
            guard let gateID = shift.gate else { ungated.append(shift.id); continue }
            let gate = graph.place(gateID)
            let workers = segments.filter { $0.id.shift == shift.id }.reduce(0) { $0 + $1.headcount }
            let near = Set([gate?.neighbourhood, workplace.neighbourhood].compactMap { $0 })
            let members = (resolved?.people ?? []).compactMap { graph.person($0) }
                .filter { !($0.workplace == workplaceID && $0.shift == shift.id) }
                .sorted { (near.contains($0.home ?? "") ? 0 : 1, $0.id) < (near.contains($1.home ?? "") ? 0 : 1, $1.id) }
            for weekday in Set(shift.days).sorted() {
                let day = monday.adding(days: weekday.isoNumber - 1)
                let start = shift.start.minutes
                let end = shift.end.minutes + (shift.crossesMidnight ? 1440 : 0)
                for (change, from, to) in [(GateWindow.Change.arrivals, start - lead, start), (.departures, end, end + lead)] {
                    let a = LocalTime(day, from), b = LocalTime(day, to)
                    let offset = (weekday.isoNumber - 1) * 2 + (change == .arrivals ? 0 : 1)
                    let suggested = members.isEmpty ? [] : (0..<min(2, members.count)).map {
                        members[($0 + offset) % members.count].id
                    }
                    let careful = Set(suggested + (shiftWorkers[shift.id] ?? [])).sorted()
                        .compactMap { exposure.flag(of: $0, in: graph) }
                    windows.append((a, GateWindow(gate: gateID, shift: shift.id, change: change,
                        start: a.text, end: b.text, weekday: a.day.weekday.rawValue, workers: workers,
                        suggested: suggested, careful: careful.isEmpty ? nil : careful)))
                }
            }
        }
        windows.sort { ($0.time, $0.window.gate, $0.window.shift, $0.window.change.rawValue)
            < ($1.time, $1.window.gate, $1.window.shift, $1.window.change.rawValue) }
        return GatePlan(into: workplaceID,
            from: resolved?.planGroup,
            week: monday.description, windows: windows.map(\.window), ungated: ungated.sorted())
    }
}
