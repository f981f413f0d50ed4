import Foundation
import ShopfloorTestSupport
import Testing

/// `shopfloor list`, `show` and `find`: what is in a graph or workspace, without sqlite3.
@Suite("shopfloor list, show, find, end to end")
struct LookupCommandTests {
    static let plant = "Graphs/automotive-plant.yaml"

    func json(_ arguments: [String]) throws -> Any {
        let result = try CLI.run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test("list people filters by affiliation and workplace, sorts, and hides names unless revealed")
    func listPeople() throws {
        let members = try #require(try json(["list", Self.plant, "people", "--affiliation", "member"]) as? [[String: Any]])
        #expect(!members.isEmpty && members.allSatisfy { $0["affiliation"] as? String == "member" })
        #expect(members.allSatisfy { $0["name"] == nil })
        let sorted = try #require(try json(["list", Self.plant, "people", "--workplace", "korfez-motor", "--sort", "assessment",
            "--descending", "--limit", "5"]) as? [[String: Any]])
        let assessments = sorted.compactMap { $0["assessment"] as? Int }
        #expect(assessments.count == 5 && assessments == assessments.sorted(by: >))
        let table = try CLI.run(["list", Self.plant, "people", "--affiliation", "member"])
        #expect(table.status == 0 && table.stdout.contains("p-1172") && !table.stdout.contains("Hasan Ilgaz"))
        let named = try CLI.run(["list", Self.plant, "people", "--affiliation", "member", "--reveal-names"])
        #expect(named.stdout.contains("Hasan Ilgaz"))
        let cell = try #require(try json(["list", Self.plant, "people", "--cell", "arapcesme-street"]) as? [[String: Any]])
        #expect(Set(cell.compactMap { $0["id"] as? String }) == ["p-1171", "p-1172", "p-1173", "p-1174"])
    }

    @Test("list workplaces, cells and places; a wrong sort column is a usage error naming the right ones")
    func listOthers() throws {
        let cells = try #require(try json(["list", Self.plant, "cells"]) as? [[String: Any]])
        #expect(cells.contains { $0["id"] as? String == "arapcesme-street" && $0["members"] as? Int == 4 })
        let places = try #require(try json(["list", Self.plant, "places", "--workplace", "korfez-motor"]) as? [[String: Any]])
        #expect(places.contains { $0["id"] as? String == "km-north" })
        let wrong = try CLI.run(["list", Self.plant, "people", "--sort", "shoe-size"])
        #expect(wrong.status == 2 && wrong.stderr.contains("sort by one of: id, alias"))
    }

    @Test("show a workplace (grid, shifts, gates), a person (ties, contacts, cells) and a cell")
    func show() throws {
        let plant = try #require(try json(["show", Self.plant, "korfez-motor"]) as? [String: Any])
        let grid = try #require(plant["grid"] as? [[[String: Int]]])
        let shops = try #require(plant["shops"] as? [Any]), shifts = try #require(plant["shifts"] as? [Any])
        #expect(!shops.isEmpty && grid.count == shops.count && grid.allSatisfy { $0.count == shifts.count })
        #expect((plant["gates"] as? [[String: Any]])?.isEmpty == false)
        let person = try #require(try json(["show", Self.plant, "p-1172"]) as? [String: Any])
        #expect((person["ties"] as? [Any])?.isEmpty == false)
        #expect((person["cells"] as? [[String: Any]])?.first?["id"] as? String == "arapcesme-street")
        #expect(person["address"] == nil)
        let text = try CLI.run(["show", Self.plant, "korfez-motor"])
        #expect(text.stdout.contains("Shops × shifts") && text.stdout.contains("km-press"))
        let missing = try CLI.run(["show", Self.plant, "p-11729"])
        #expect(missing.status == 1 && missing.stderr.contains("no record with id 'p-11729'") && missing.stderr.contains("did you mean"))
    }

    @Test("find matches ids and aliases; names only with --reveal-names")
    func find() throws {
        let hits = try #require(try json(["find", Self.plant, "korfez"]) as? [[String: Any]])
        #expect(hits.contains { $0["kind"] as? String == "workplaces" && $0["id"] as? String == "korfez-motor" })
        let hidden = try #require(try json(["find", Self.plant, "Hasan"]) as? [[String: Any]])
        #expect(hidden.isEmpty)
        let revealed = try #require(try json(["find", Self.plant, "Hasan", "--reveal-names"]) as? [[String: Any]])
        #expect(revealed.contains { $0["id"] as? String == "p-1172" })
    }
}
