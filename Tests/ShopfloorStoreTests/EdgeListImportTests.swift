import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

@Suite("Edge lists and contact records as ties; clearing a field")
struct EdgeListImportTests {
    private func strengths(_ g: OrganizingGraph) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: g.ties.map { ([$0.a.rawValue, $0.b.rawValue].sorted().joined(separator: "-"), $0.strength) })
    }

    @Test("SocioPatterns' t i j contact list (no header, spaces): rows per pair counted, both directions one tie, strengths by thirds")
    func socioPatterns() throws {
        var options = SpreadsheetImport.Options(kind: .ties, tieKind: .coworker, addMissingPeople: true, columns: ["t", "i", "j"])
        let outcome = try SpreadsheetImport.run(paths: [Fixture.path("networks/tij_workplace.dat")], into: OrganizingGraph(), options: options)
        let report = try #require(outcome.files.first)
        #expect(report.kind == "ties" && report.delimiter == "space")
        #expect(report.rows == 37 && report.ties == 6 && report.peopleAdded == 6)
        #expect(report.strengthRule == "weights binned by thirds: strength 1 up to 2, 2 up to 5, 3 up to 14")
        let g = outcome.graph
        #expect(g.people.count == 6)
        #expect(g.ties.allSatisfy { $0.kind == .coworker })
        #expect(strengths(g) == ["1006-1362": 3, "1006-1099": 2, "1099-1362": 1, "1220-1236": 3, "1099-1220": 1, "1362-1552": 2])
        // Without people, the ties name no one: refused at the row of each unknown person.
        options.addMissingPeople = false
        do {
            _ = try SpreadsheetImport.run(paths: [Fixture.path("networks/tij_workplace.dat")], into: OrganizingGraph(), options: options)
            Issue.record("ties to nobody were imported")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains("1006") && $0.line != nil })
        }
    }

    @Test("contact records with durations: durations added per pair, binned by thirds or by given thresholds")
    func durations() throws {
        let file = Fixture.path("networks/contacts-durations.csv")
        var options = SpreadsheetImport.Options(tieKind: .coworker, addMissingPeople: true)
        var outcome = try SpreadsheetImport.run(paths: [file], into: OrganizingGraph(), options: options)
        #expect(outcome.files.first?.kind == "ties", "a contacts.csv of time,i,j,duration records is read as ties")
        #expect(outcome.files.first?.ties == 5)
        #expect(strengths(outcome.graph) == ["1006-1362": 3, "1006-1099": 1, "1220-1236": 3, "1099-1220": 1, "1362-1552": 2])
        options.strengthBins = StrengthBins(lower: 60, upper: 300)
        outcome = try SpreadsheetImport.run(paths: [file], into: OrganizingGraph(), options: options)
        #expect(strengths(outcome.graph) == ["1006-1362": 3, "1006-1099": 1, "1220-1236": 3, "1099-1220": 1, "1362-1552": 2])
        #expect(outcome.files.first?.strengthRule == "weight ≤ 60 → 1, ≤ 300 → 2, above → 3")
        let badTime = try Scratch.file("ties.csv", "time,i,j,duration\nsoon,1006,1362,20\n")
        do {
            _ = try SpreadsheetImport.run(paths: [badTime], into: OrganizingGraph(), options: options)
            Issue.record("a time that is no time was read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("'soon' is not a time") == true)
        }
        options.strengthBins = StrengthBins(lower: 500, upper: 1000)
        outcome = try SpreadsheetImport.run(paths: [file], into: OrganizingGraph(), options: options)
        #expect(strengths(outcome.graph)["1220-1236"] == 2)
        #expect(StrengthBins(lower: 5, upper: 2) == nil && StrengthBins(lower: -1, upper: 2) == nil
            && StrengthBins(lower: 1, upper: .infinity) == nil)
    }

    @Test("Gephi's edge table: Directed/Undirected is no kind, the default kind is needed, pairs both ways merged")
    func gephi() throws {
        let file = Fixture.path("networks/gephi-edges.csv")
        var people = "id,name\n"
        for id in ["ayse", "mehmet", "zeynep", "can", "emre"] { people += "\(id),\(id.capitalized)\n" }
        let peopleFile = try Scratch.file("people.csv", people)
        do {
            _ = try SpreadsheetImport.run(paths: [peopleFile, file], into: OrganizingGraph())
            Issue.record("ties without a kind were imported")
        } catch {
            #expect(error.diagnostics.count == 7)
            #expect(error.diagnostics.allSatisfy { $0.field == "kind" && $0.message.contains("no kind") && $0.column == 3 })
        }
        let outcome = try SpreadsheetImport.run(paths: [peopleFile, file], into: OrganizingGraph(),
            options: .init(tieKind: .friend))
        let report = try #require(outcome.files.first { $0.kind == "ties" })
        #expect(report.rows == 7 && report.ties == 5)
        #expect(report.columns.first { $0.header == "Type" }?.field == "kind")
        #expect(report.columns.first { $0.header == "Weight" }?.field == "weight")
        #expect(strengths(outcome.graph) == ["ayse-mehmet": 3, "ayse-zeynep": 1, "can-zeynep": 2, "can-mehmet": 3, "ayse-emre": 1])
    }

    @Test("a ties sheet of strengths: a pair written twice or both ways is one tie with the highest strength")
    func strengthSheet() throws {
        let base = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let file = try Scratch.file("ties.csv", "a,b,kind,strength\nayse-k,can-t,friend,1\ncan-t,ayse-k,friend,3\nayse-k,can-t,relative,\n")
        let outcome = try SpreadsheetImport.run(paths: [file], into: base)
        #expect(outcome.files.first?.ties == 2 && outcome.files.first?.strengthRule == nil)
        let g = outcome.graph
        #expect(g.ties.filter { Set([$0.a, $0.b]) == ["ayse-k", "can-t"] && $0.kind == .friend }.map(\.strength) == [3])
        #expect(g.ties.contains { Set([$0.a, $0.b]) == ["ayse-k", "can-t"] && $0.kind == .relative && $0.strength == 2 })
        let both = try Scratch.file("ties.csv", "a,b,kind,strength,weight\nayse-k,can-t,friend,1,2\n")
        do {
            _ = try SpreadsheetImport.run(paths: [both], into: base)
            Issue.record("strength and weight together were read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("both set a tie's strength") == true)
        }
        let loop = try Scratch.file("ties.csv", "source,target,weight\nayse-k,ayse-k,2\n")
        do {
            _ = try SpreadsheetImport.run(paths: [loop], into: base, options: .init(tieKind: .friend))
            Issue.record("a self-loop was read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("to itself") == true)
        }
    }

    @Test("'-' clears a field; an empty cell keeps it unless blank cells clear; required fields cannot be cleared")
    func clearing() throws {
        let base = try GraphFile.load(path: Fixture.path("gebze.yaml"))
        let before = try #require(base.person("ayse-k"))
        #expect(before.shift != nil)
        let file = try Scratch.file("people.csv", "id,shift,notes,tags,assessment\nayse-k,-,-,-, - \n")
        var g = try SpreadsheetImport.run(paths: [file], into: base).graph
        var after = try #require(g.person("ayse-k"))
        #expect(after.shift == nil && after.notes == nil && after.tags.isEmpty && after.assessment == .unassessed)
        #expect(after.shop == before.shop && after.name == before.name)

        let blank = try Scratch.file("people.csv", "id,name,shift\nayse-k,Ayşe Kaya,\n")
        g = try SpreadsheetImport.run(paths: [blank], into: base).graph
        #expect(g.person("ayse-k")?.shift == before.shift, "an empty cell keeps the field")
        g = try SpreadsheetImport.run(paths: [blank], into: base, options: .init(blankClears: true)).graph
        after = try #require(g.person("ayse-k"))
        #expect(after.shift == nil && after.shop == before.shop, "with blank cells clearing, only the sheet's columns are cleared")

        let place = try Scratch.file("places.csv", "id,kind,name\nnew-pub,-,Çay ocağı\n")
        do {
            _ = try SpreadsheetImport.run(paths: [place], into: base)
            Issue.record("a kind was cleared")
        } catch {
            #expect(error.diagnostics.contains { $0.field == "kind" && $0.message.contains("cannot be cleared") })
        }
        let workplace = try Scratch.file("workplaces.csv", "id,employer,latitude,longitude\nanadolu-oto,-,-,-\n")
        g = try SpreadsheetImport.run(paths: [workplace], into: base).graph
        #expect(g.workplace("anadolu-oto")?.employer == nil && g.workplace("anadolu-oto")?.location == nil)
    }
}
