import Foundation
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorStore
import ShopfloorText

extension Workbench {
    /// Plant maps a meeting pack holds at most (the largest workplaces a cell works in or toward).
    static let meetingPackPlants = 8

    /// The meeting pack: the report page, the district map (SVG, and PDF on A4 and A3) and the plant maps of
    /// the workplaces cells work in or toward (PDF on A4 and A3), names hidden unless this session shows them.
    func meetingPack(directory d: Directory, context: PageContext) -> WebResponse {
        let g = d.graph
        let reveal = d.revealNames
        do {
            var entries: [(name: String, bytes: Data)] = []
            let report = PenetrationReport(graph: g, options: PenetrationReport.Options(today: .today))
            let district = try DistrictMap.build(graph: g, options: MapOptions(revealNames: reveal, aliasKey: d.aliasKey))
            let districtSVG = try MapRendering.render(district, format: .svg)
            entries.append(("report.html", Data(report.html(mapSVG: String(decoding: districtSVG, as: UTF8.self)).utf8)))
            entries.append(("district-map.svg", Data(districtSVG)))
            for paper in Paper.sheets {
                var sized = district
                sized.paper = paper
                entries.append(("district-map-\(paper.rawValue).pdf", Data(try MapRendering.render(sized, format: .pdf))))
            }
            let organized = Set(g.cells.flatMap { ($0.workplace.map { [$0] } ?? []) + $0.targets })
            let plants = g.workplaces.filter { organized.contains($0.id) }.sorted { ($0.headcount, $1.id) > ($1.headcount, $0.id) }
            for plant in plants.prefix(Self.meetingPackPlants) {
                for paper in Paper.sheets {
                    let document = try MapRendering.plantDocument(g, plant: plant.id, plan: nil, revealNames: reveal, aliasKey: d.aliasKey, paper: paper)
                    entries.append(("plants/\(plant.id.rawValue)-\(paper.rawValue).pdf", Data(try MapRendering.render(document, format: .pdf))))
                }
            }
            entries.append(("README.txt", Data("""
                \(Text.string("web.pack.readme", ["name": "\(g.name.isEmpty ? path : g.name)", "day": .date(year: Day.today.year, month: Day.today.month, day: Day.today.day)]))
                \(Text.string(reveal ? "web.pack.namesShown" : "web.pack.namesHidden"))

                """.utf8)))
            return .download(Array(try ZipWriter.pack(entries)), type: "application/zip", name: "meeting-pack.zip")
        } catch {
            return .html(WorkbenchPage.page(title: Text.string("web.pack.title"), context: context,
                body: "<h1>\(HTML.escape(Text.string("web.pack.title")))</h1><p class=\"error\">\(HTML.escape(Text.string("web.pack.failed", ["error": "\(error)"])))</p>"), status: 500)
        }
    }
}
