import ShopfloorPlanning
import ShopfloorText

/// The committee's penetration report as a workbench page (the same sections as `report penetration --html`).
public enum ReportPage {
    /// The page; `mapSVG` is the district map drawn with names hidden.
    public static func page(_ report: PenetrationReport, mapSVG: String?, context: PageContext) -> String {
        page(body: body(report, mapSVG: mapSVG), context: context)
    }

    /// What the page shows, the same for every session (the workbench keeps it until the graph changes).
    public static func body(_ report: PenetrationReport, mapSVG: String?) -> String {
        "<p class=\"downloads\">" + HTML.link("/meeting-pack.zip", Text.string("wb.report.download"))
            + "</p>\n<div class=\"report\">" + report.workbenchSections(mapSVG: mapSVG) + "</div>\n"
    }

    /// The page around a ``body(_:mapSVG:)``.
    public static func page(body: String, context: PageContext) -> String {
        WorkbenchPage.page(title: Text.string("wb.nav.report"), context: context, body: body, stylesheets: ["/assets/report.css"])
    }
}
