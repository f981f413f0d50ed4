import ShopfloorPlanning
import ShopfloorText

/// The committee's penetration report as a workbench page (the same sections as `report penetration --html`).
public enum ReportPage {
    /// The page; `mapSVG` is the district map drawn with names hidden.
    public static func page(_ report: PenetrationReport, mapSVG: String?, context: PageContext) -> String {
        let body = "<p class=\"downloads\">" + HTML.link("/meeting-pack.zip", Text.string("wb.report.download"))
            + "</p>\n<div class=\"report\">" + report.workbenchSections(mapSVG: mapSVG) + "</div>\n"
        return WorkbenchPage.page(title: Text.string("wb.nav.report"), context: context, body: body, stylesheets: ["/assets/report.css"])
    }
}
