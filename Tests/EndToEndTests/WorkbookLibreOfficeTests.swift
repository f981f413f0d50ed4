import Foundation
import ShopfloorTestSupport
import Testing

/// LibreOffice itself reads the workbooks Shopfloor writes, and Shopfloor reads what LibreOffice saves back.
///
/// Needs `soffice` (Debian's libreoffice-calc-nogui) and Python-UNO (python3-uno), which `make deps`
/// installs; set SHOPFLOOR_SKIP_LIBREOFFICE=1 to skip on a machine without them.
@Suite("Workbooks round-trip through LibreOffice", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["SHOPFLOOR_SKIP_LIBREOFFICE"] == nil))
struct WorkbookLibreOfficeTests {
    /// Runs a program with `HOME` set to `home` and returns its standard output; fails the test on a non-zero exit.
    private func run(_ program: String, _ arguments: [String], home: String) throws -> String {
        let result = try Subprocess.run(program, arguments, environment: ["HOME": home])
        #expect(result.status == 0, "\(program) \(arguments) exited with \(result.status): \(result.stderr)")
        return result.stdout
    }

    private func soffice() throws -> String {
        try #require(Tool.path("soffice"),
            "LibreOffice is not installed: run `make deps` (Debian: apt-get install libreoffice-calc-nogui python3-uno)")
    }

    private func shopfloor(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "shopfloor \(arguments): \(result.stderr)")
    }

    private func json(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// The graph (as `export --format json` writes it) of a new workspace that imports the CSVs LibreOffice
    /// saves of `book`'s sheets, without the graph's name (`name` keeps the folders apart).
    private func graphViaCSV(_ book: String, office: String, profile: String, dir: String, name: String) throws -> [String: Any] {
        _ = try run(office, ["-env:UserInstallation=" + profile, "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", dir + "/\(name)-csv", book], home: dir)
        let csvs = try FileManager.default.contentsOfDirectory(atPath: dir + "/\(name)-csv").sorted().map { dir + "/\(name)-csv/" + $0 }
        #expect(csvs.count == 8, "\(csvs)")
        let workspace = dir + "/\(name).shopfloor"
        try shopfloor(["init", workspace])
        try shopfloor(["import", workspace] + csvs)
        try shopfloor(["export", workspace, "--format", "json", "-o", dir + "/\(name).json", "--reveal-names"])
        var graph = try json(dir + "/\(name).json")
        graph["name"] = nil
        return graph
    }

    @Test("export .xlsx and .ods → LibreOffice → CSV → import gives the same graph; an edit saved by LibreOffice imports as exactly that edit")
    func roundTrip() throws {
        let office = try soffice()
        let dir = try Scratch.folder()
        let profile = "file://" + dir + "/profile"
        let w = dir + "/w.shopfloor", book = dir + "/book.xlsx"
        try shopfloor(["init", w])
        try shopfloor(["import", w, Sample.automotivePlant.relativePath])
        try shopfloor(["export", w, "--format", "xlsx", "-o", book, "--reveal-names"])
        try shopfloor(["export", w, "--format", "json", "-o", dir + "/before.json", "--reveal-names"])

        // LibreOffice opens each workbook and saves each sheet as CSV; those import to the same graph.
        var before = try json(dir + "/before.json")
        before["name"] = nil
        let viaCSV = try graphViaCSV(book, office: office, profile: profile, dir: dir, name: "xlsx")
        #expect(NSDictionary(dictionary: viaCSV).isEqual(to: before), "LibreOffice's CSVs did not import to the exported graph")
        let ods = dir + "/book.ods"
        try shopfloor(["export", w, "--format", "ods", "-o", ods, "--reveal-names"])
        let viaODS = try graphViaCSV(ods, office: office, profile: profile, dir: dir, name: "ods")
        #expect(NSDictionary(dictionary: viaODS).isEqual(to: before), "LibreOffice's CSVs of the .ods did not import to the exported graph")

        // Edit in LibreOffice: a new assessment, a shift cleared with '-', a workplace renamed; saved as .xlsx.
        var people = try #require(before["people"] as? [[String: Any]])
        var workplaces = try #require(before["workplaces"] as? [[String: Any]])
        let oldAssessment = try #require(people[0]["assessment"] as? Int)
        let newAssessment = oldAssessment % 5 + 1
        #expect(people[1]["shift"] != nil)
        let printed = try run("/usr/bin/python3", [PackageRoot.path("Tests/LibreOffice/edit_workbook.py"), book,
            dir + "/edited.xlsx", dir + "/profile-edit", "people:2:assessment=\(newAssessment)", "people:3:shift=-",
            "workplaces:2:name=Yeni Ad A.Ş."], home: dir)
        print("LibreOffice edits:\n" + printed)
        try shopfloor(["import", w, dir + "/edited.xlsx"])
        try shopfloor(["export", w, "--format", "json", "-o", dir + "/after.json", "--reveal-names"])
        let after = try json(dir + "/after.json")
        people[0]["assessment"] = newAssessment
        people[1]["shift"] = nil
        workplaces[0]["name"] = "Yeni Ad A.Ş."
        var expected = try json(dir + "/before.json")
        expected["people"] = people
        expected["workplaces"] = workplaces
        #expect(NSDictionary(dictionary: after).isEqual(to: expected), "the import changed more or less than the three edits")
    }
}
