import Foundation
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorStore
import ShopfloorText

/// The plans made for one cell, plant and week.
struct MadePlans {
    var core: CorePlan?
    var reach: ReachPlan
    var gates: GatePlan

    /// The plan drawn on the map: the first contacts when there are any, else the reach plan.
    var drawn: Plan { core.map { .core($0) } ?? .reach(reach) }

    /// Everyone on a path of the plans.
    var people: Set<Person.ID> {
        var ids: Set<Person.ID> = []
        for path in reach.paths + (core?.contacts.map(\.path) ?? []) {
            if let target = path.target.person { ids.insert(target) }
            for step in path.steps {
                ids.insert(step.from)
                if let to = step.to.person { ids.insert(to) }
            }
        }
        return ids
    }
}

extension Workbench {
    /// The selection of a plan request, or nil with the reason.
    func planSelection(_ request: WebRequest) -> PlanPage.Selection {
        PlanPage.Selection(cell: request.query["cell"].flatMap { $0.isEmpty ? nil : $0 },
            plant: request.query["plant"].flatMap { $0.isEmpty ? nil : $0 },
            week: request.query["week"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Makes (or takes from the cache) the plans of a complete selection.
    func plans(_ selection: PlanPage.Selection) throws -> MadePlans {
        guard let cell = selection.cell, let plant = selection.plant else { throw PlanRequestError(Text.string("web.plan.choose")) }
        let week = try selection.week.map { text -> Day in
            guard let day = Day(parsing: text) else { throw PlanRequestError(Text.string("web.plan.notADay", ["text": "\(text)"])) }
            return day
        } ?? Day.today
        let loaded = self.loaded
        return try loaded.cached("plans:\(cell)|\(plant)|\(week)") {
            let group = PlanningGroup.cell(.init(cell))
            let reach = try Planning.reach(loaded.index, from: group, into: .init(plant), options: ReachOptions())
            let core = try? Planning.core(loaded.index, into: .init(plant), from: group)
            let gates = try Planning.gates(loaded.graph, into: .init(plant), from: group, week: week)
            let made = MadePlans(core: core, reach: reach, gates: gates)
            drawnPlans.append(DrawnPlan(label: Text.string("web.plan.label", ["cell": "\(cell)", "plant": "\(plant)", "week": .date(year: week.year, month: week.month, day: week.day)]),
                href: "/plan?" + selection.query, people: made.people))
            if drawnPlans.count > 20 { drawnPlans.removeFirst() }
            return made
        }
    }

    func planPage(_ request: WebRequest, directory d: Directory, context: PageContext) -> WebResponse {
        let selection = planSelection(request)
        guard selection.cell != nil || selection.plant != nil else {
            return .html(PlanPage.page(d, selection: selection, result: nil, error: nil, context: context))
        }
        do {
            let made = try plans(selection)
            let svg = loaded.cached("plant-svg:\(selection.query)|\(d.revealNames)") { () -> String? in
                guard let plant = selection.plant,
                    let document = try? MapRendering.plantDocument(d.graph, plant: .init(plant), plan: made.drawn, revealNames: d.revealNames, aliasKey: d.aliasKey)
                else { return nil }
                return MapRendering.inline(document)
            }
            let result = PlanPage.Result(core: made.core, reach: made.reach, gates: made.gates, mapSVG: svg)
            return .html(PlanPage.page(d, selection: selection, result: result, error: nil, context: context))
        } catch {
            return .html(PlanPage.page(d, selection: selection, result: nil, error: "\(error)", context: context), status: 400)
        }
    }

    func planDownload(_ request: WebRequest, directory d: Directory, context: PageContext) -> WebResponse {
        let selection = planSelection(request)
        let base = "plan-\(selection.plant ?? "plant")-\(selection.cell ?? "cell")"
        do {
            let made = try plans(selection)
            switch request.query["format"] ?? "json" {
            case "json":
                return .download(try d.json(made.drawn), type: "application/json", name: base + ".json")
            case "reach-json":
                return .download(try d.json(Plan.reach(made.reach)), type: "application/json", name: base + "-reach.json")
            case "ics":
                let zone = loaded.settings[.timeZone] ?? GatePlan.CalendarSettings.defaultTimeZone
                let minutes = loaded.settings[.alarmMinutes].flatMap { Int($0) } ?? GatePlan.CalendarSettings.defaultAlarmMinutes
                switch GatePlan.CalendarSettings.written(timeZone: zone, alarmMinutes: minutes) {
                case .invalid(let problem): throw PlanRequestError(problem)
                case .valid(let settings):
                    let text = made.gates.calendar(stamp: GatePlan.stamp(Date()), graph: d.graph, aliases: d.aliases,
                        revealNames: d.revealNames, settings: settings)
                    return .download(Array(text.utf8), type: "text/calendar; charset=utf-8", name: base + "-gates.ics")
                }
            case let format:
                guard let output = OutputFormat(rawValue: format), output != .dot, let plant = selection.plant else {
                    throw PlanRequestError(Text.string("web.plan.format", ["format": "\(format)"]))
                }
                let paper = request.query["paper"].flatMap { Paper(rawValue: $0.lowercased()) }
                let document = try MapRendering.plantDocument(d.graph, plant: .init(plant), plan: made.drawn,
                    revealNames: d.revealNames, aliasKey: d.aliasKey, paper: paper)
                let type = ["svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"][format] ?? "application/octet-stream"
                return .download(try MapRendering.render(document, format: output), type: type,
                    name: "\(base)-map\(paper.map { "-" + $0.rawValue } ?? "").\(format)")
            }
        } catch {
            return .html(PlanPage.page(d, selection: selection, result: nil, error: "\(error)", context: context), status: 400)
        }
    }
}

/// A plan request that cannot be answered, in words for the page.
struct PlanRequestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
