import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorStore
import ShopfloorText

extension Workbench {
    /// Answers a GET: the browsing pages, the plan page, the record page, the report and the downloads.
    func page(_ request: WebRequest, directory d: Directory, context: PageContext) -> WebResponse {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map { String($0).removingPercentEncoding ?? String($0) }
        switch (parts.first, parts.count) {
        case (nil, _):
            // Map and table drawn once per loaded graph (and names switch): a write loads the graph again.
            let body = loaded.cached("overview:\(d.revealNames)", kept: true) {
                DirectoryPages.overviewBody(d, districtSVG: districtSVG(d, revealNames: d.revealNames))
            }
            return .html(DirectoryPages.overview(body: body, context: context))
        case (let kind?, 1) where RecordKind(rawValue: kind) != nil:
            let filters = DirectoryPages.Filters(query: query(request), page: Int(request.query["page"] ?? "") ?? 0)
            do {
                return .html(try DirectoryPages.list(RecordKind(rawValue: kind) ?? .people, d, filters: filters, context: context))
            } catch {
                return .html(WorkbenchPage.page(title: Text.string("web.list"), context: context,
                    body: "<p class=\"error\">\(HTML.escape(error.description))</p>"), status: 400)
            }
        case ("people", 3) where parts[1] == "alias":
            guard let person = d.graph.people.first(where: { d.alias($0.id) == parts[2] }) else { return notFound(context) }
            return .redirect("/people/" + HTML.segment(person.id.rawValue))
        case ("workplaces", 2):
            guard let detail = d.workplace(.init(parts[1])) else { return notFound(context) }
            return .html(DirectoryPages.workplace(detail, reveal: d.revealNames, context: context))
        case ("people", 2):
            guard let detail = d.person(.init(parts[1])) else { return notFound(context) }
            let plans = drawnPlans.reversed().filter { $0.people.contains(.init(parts[1])) }
                .map { DirectoryPages.PlanMention(label: $0.label, href: $0.href) }
            return .html(DirectoryPages.person(detail, plans: plans, reveal: d.revealNames, context: context))
        case ("cells", 2):
            guard let detail = d.cell(.init(parts[1])) else { return notFound(context) }
            return .html(DirectoryPages.cell(detail, reveal: d.revealNames, context: context))
        case ("places", 2):
            guard let place = d.graph.place(.init(parts[1])) else { return notFound(context) }
            if let workplace = place.workplace { return .redirect("/workplaces/" + HTML.segment(workplace.rawValue)) }
            return .redirect("/places?q=" + HTML.segment(place.id.rawValue))
        case ("find", 1):
            let text = request.query["q"] ?? ""
            return .html(DirectoryPages.find(d.find(text, limit: 500), text: text, context: context))
        case ("plan", 1):
            return planPage(request, directory: d, context: context)
        case ("plan", 2) where parts[1] == "download":
            return planDownload(request, directory: d, context: context)
        case ("record", 1):
            let prefill = ["with": request.query["with"], "id": request.query["person"], "cell": request.query["cell"],
                "mode": request.query["person"] == nil ? nil : "update", "date": Day.today.description]
                .compactMapValues { $0 }
            return .html(RecordPage.page(d, state: nil, prefill: prefill, context: context))
        case ("report", 1):
            let today = Day.today
            let body = loaded.cached("report:\(today)", kept: true, replacing: "report:") {
                ReportPage.body(PenetrationReport(graph: d.graph, options: PenetrationReport.Options(today: today)),
                    mapSVG: districtSVG(d, revealNames: false))
            }
            return .html(ReportPage.page(body: body, context: context))
        case ("meeting-pack.zip", 1):
            return meetingPack(directory: d, context: context)
        default:
            return notFound(context)
        }
    }

    /// The district map as inline SVG, drawn once per loaded graph for each state of the names switch.
    func districtSVG(_ d: Directory, revealNames: Bool) -> String? {
        loaded.cached("district:\(revealNames)", kept: true) {
            MapRendering.districtSVG(d.graph, revealNames: revealNames, aliasKey: d.aliasKey)
        }
    }

    func notFound(_ context: PageContext) -> WebResponse {
        .html(WorkbenchPage.page(title: Text.string("web.notFound"), context: context,
            body: "<h1>\(HTML.escape(Text.string("web.notFound")))</h1><p>\(HTML.escape(Text.string("web.nothingHere")))</p>"), status: 404)
    }

    /// The list filters of a request's query (unknown words are ignored, as an empty filter).
    func query(_ request: WebRequest) -> DirectoryQuery {
        let q = request.query
        func nonEmpty(_ key: String) -> String? { q[key].flatMap { $0.isEmpty ? nil : $0 } }
        return DirectoryQuery(text: nonEmpty("q"), affiliation: nonEmpty("affiliation").flatMap { Affiliation(word: $0) },
            assessment: nonEmpty("assessment").flatMap(Int.init).flatMap { Assessment(rawValue: $0) },
            workplace: nonEmpty("workplace").map { .init($0) }, shop: nonEmpty("shop").map { .init($0) },
            shift: nonEmpty("shift").map { .init($0) }, cell: nonEmpty("cell").map { .init($0) }, sort: nonEmpty("sort"),
            descending: q["order"] == "desc")
    }
}
