import Foundation
import ShopfloorModel
import Testing

@testable import ShopfloorStore

/// A minimal valid graph that each bad-file test breaks in one place.
let validBase = """
    name: base
    places:
      - {id: kirazli, kind: neighbourhood, name: Kirazlı}
      - {id: cay, kind: teahouse, name: Yıldız Çay Ocağı, neighbourhood: kirazli}
    workplaces:
      - id: ao
        name: Anadolu Oto
        headcount: 100
        union: {name: Türk Metal, character: yellow}
        gates: [ao-north]
        shops:
          - ao-body: 50
          - {id: ao-paint, name: Paint, headcount: 30}
        shifts:
          - {id: ao-a, start: "06:00", end: "14:00", gate: ao-north}
          - {id: ao-c, time: 22:00-06:00, gate: ao-north}
      - id: bm
        headcount: 40
        gates: [bm-gate]
        shops: [bm-press]
        shifts:
          - {id: bm-day, time: 08:00-17:00, gate: bm-gate}
    people:
      - {id: ayse, name: Ayşe Kaya, shop: ao-body, shift: ao-a, home: kirazli, assessment: 2, frequents: [cay]}
      - {id: can, name: Can Tan, shop: ao-paint, shift: ao-c, affiliation: reformist-union}
      - {id: mehmet, name: Mehmet Demir, home: kirazli, affiliation: member}
      - {id: zeynep, name: Zeynep Ak, home: kirazli, affiliation: member}
      - {id: ali, name: Ali Er, home: kirazli, affiliation: member}
    cells:
      - {id: kirazli-street, kind: street, neighbourhood: kirazli, targets: [ao], members: [mehmet, zeynep, ali], committee: [mehmet, zeynep, ali]}
    ties:
      - [ayse, can, coworker, 2]
      - {a: mehmet, b: ayse, kind: neighbour}
    contacts:
      - {date: 2026-10-02, by: mehmet, with: ayse, channel: gate, place: ao-north, outcome: positive, assessment: 2}
    """

/// Replaces one exact line fragment of the base graph, failing the test if it is not there.
func breaking(_ fragment: String, with replacement: String) -> String {
    #expect(validBase.contains(fragment), "fixture fragment not found: \(fragment)")
    return validBase.replacingOccurrences(of: fragment, with: replacement)
}

/// Parses text expected to be invalid and returns its diagnostics.
func diagnostics(_ text: String, path: String = "bad.yaml") -> [Diagnostic] {
    do {
        _ = try GraphFile.parse(text: text, path: path)
        Issue.record("expected the file to be rejected")
        return []
    } catch {
        return error.diagnostics
    }
}

@Suite("Graph file errors name file, line, column, field and id")
struct GraphFileErrorTests {
    @Test func baseIsValid() throws {
        let graph = try GraphFile.parse(text: validBase, path: "base.yaml")
        #expect(graph.people.count == 5)
        #expect(graph.workplaces.count == 2)
    }

    @Test func duplicatePersonID() {
        let d = diagnostics(breaking("{id: can, name: Can Tan", with: "{id: ayse, name: Can Tan"))
        #expect(d.count == 2)  // the tie to 'can' now points at nothing as well
        #expect(d[0].description == "bad.yaml:25:10: 'ayse', field 'id': person id 'ayse' is used twice\n    hint: give each person their own id")
    }

    @Test func referenceToNothingSuggestsNearestID() {
        let d = diagnostics(breaking("shop: ao-paint, shift: ao-c", with: "shop: ao-pant, shift: ao-c"))
        #expect(d.count == 1)
        #expect(d.first?.line == 25)
        #expect(d.first?.field == "shop")
        #expect(d.first?.id == "can")
        #expect(d.first?.message == "shop 'ao-pant' does not exist")
        #expect(d.first?.hint == "did you mean 'ao-paint'?")
    }

    @Test func shopOfAnotherWorkplace() {
        let d = diagnostics(breaking("shop: ao-paint, shift: ao-c", with: "workplace: ao, shop: bm-press, shift: ao-c"))
        #expect(d.map(\.message) == ["shop 'bm-press' belongs to workplace 'bm', not 'ao'"])
        #expect(d.first?.column == 51)
    }

    @Test func shiftOfAnotherWorkplace() {
        let d = diagnostics(breaking("shift: ao-c, affiliation", with: "shift: bm-day, affiliation"))
        #expect(d.map(\.message) == ["shift 'bm-day' belongs to workplace 'bm', not 'ao'"])
        #expect(d.first?.field == "shift")
    }

    @Test func assessmentOutOfRange() {
        let d = diagnostics(breaking("assessment: 2, frequents", with: "assessment: 7, frequents"))
        #expect(d.count == 1)
        #expect(d[0].description.hasPrefix("bad.yaml:24:88: 'ayse', field 'assessment': 7 is out of range 0...5"))
        #expect(d[0].hint?.contains("1 leader") == true)
    }

    @Test func malformedTime() {
        let d = diagnostics(breaking(#"end: "14:00""#, with: #"end: "14.00""#))
        #expect(d.map(\.message) == ["'14.00' is not a time"])
        #expect(d.first?.id == "ao-a")
        #expect(d.first?.line == 15)
    }

    @Test func malformedTimeRange() {
        let d = diagnostics(breaking("time: 22:00-06:00", with: "time: 22:00 to 06:00"))
        #expect(d.map(\.message) == ["'22:00 to 06:00' is not a time range"])
        #expect(d.first?.hint == "write it like 22:00-06:00")
    }

    @Test func committeeMemberNotInCell() {
        let d = diagnostics(breaking("committee: [mehmet, zeynep, ali]", with: "committee: [mehmet, zeynep, ayse]"))
        #expect(d.map(\.message) == ["committee member 'ayse' is not a member of cell 'kirazli-street'"])
        #expect(d.first?.field == "committee")
        #expect(d.first?.line == 30)
    }

    @Test func tieToOneself() {
        let d = diagnostics(breaking("[ayse, can, coworker, 2]", with: "[ayse, ayse, coworker, 2]"))
        #expect(d.map(\.message) == ["a tie from 'ayse' to themselves"])
        #expect(d.first?.line == 32)
    }

    @Test func unknownEnumWordSuggestsNearest() {
        let d = diagnostics(breaking("affiliation: reformist-union", with: "affiliation: reformist-unoin"))
        #expect(d.map(\.message) == ["'reformist-unoin' is not a known affiliation"])
        #expect(d.first?.hint?.hasPrefix("did you mean 'reformist-union'?") == true)
    }

    @Test func unknownFieldSuggestsNearest() {
        let d = diagnostics(breaking("affiliation: reformist-union", with: "afiliation: reformist-union"))
        #expect(d.map(\.message) == ["unknown field 'afiliation' in a person"])
        #expect(d.first?.hint == "did you mean 'affiliation'?")
        #expect(d.first?.id == "can")
    }

    @Test func yamlSyntaxErrorHasPosition() {
        let d = diagnostics(breaking("  - {id: ao-paint, name: Paint, headcount: 30}", with: "  - {id: ao-paint, name: Paint, headcount: 30"))
        #expect(d.count == 1)
        #expect(d.first?.message.hasPrefix("not valid YAML") == true)
        #expect(d.first?.line != nil)
    }

    @Test func duplicateKeyInRecord() {
        let d = diagnostics(breaking("{id: can, name: Can Tan,", with: "{id: can, name: Can Tan, name: Can T,"))
        #expect(d.count == 1)
        #expect(d.first?.message.contains("'name' appears twice") == true)
    }

    @Test func impossibleDate() {
        let d = diagnostics(breaking("date: 2026-10-02", with: "date: 2026-02-30"))
        #expect(d.map(\.message) == ["'2026-02-30' is not a date"])
        #expect(d.first?.field == "date")
    }

    @Test func homeMustBeNeighbourhood() {
        let d = diagnostics(breaking("home: kirazli, assessment", with: "home: cay, assessment"))
        #expect(d.map(\.message) == ["'cay' is a pub, not a neighbourhood"])
        #expect(d.first?.hint == "valid neighbourhoods: kirazli")
    }

    @Test func shiftGateOfAnotherWorkplace() {
        let d = diagnostics(breaking("{id: ao-c, time: 22:00-06:00, gate: ao-north}", with: "{id: ao-c, time: 22:00-06:00, gate: bm-gate}"))
        #expect(d.map(\.message) == ["'bm-gate' is not a gate of workplace 'ao'"])
        #expect(d.first?.hint == "valid gates: ao-north")
    }

    @Test func idWithSpacesIsRejectedWithASlug() {
        let d = diagnostics(breaking("{id: mehmet, name", with: "{id: Mehmet Demir, name"))
        #expect(d.first?.message == "'Mehmet Demir' is not a valid id")
        #expect(d.first?.hint?.contains("'mehmet-demir'") == true)
    }

    @Test func strengthOutOfRange() {
        let d = diagnostics(breaking("[ayse, can, coworker, 2]", with: "[ayse, can, coworker, 9]"))
        #expect(d.map(\.message) == ["9 is out of range 1...3"])
        #expect(d.first?.field == "strength")
    }

    @Test func negativeHeadcount() {
        let d = diagnostics(breaking("headcount: 40", with: "headcount: -4"))
        #expect(d.map(\.message) == ["-4 is out of range 0...10000000"])
    }

    @Test func emptyFile() {
        let d = diagnostics("")
        #expect(d.map(\.message) == ["the file is empty"])
    }

    @Test func allErrorsAreCollectedInFileOrder() {
        var text = breaking("assessment: 2, frequents", with: "assessment: 9, frequents")
        text = text.replacingOccurrences(of: "[ayse, can, coworker, 2]", with: "[ayse, ayse, coworker, 2]")
        text = text.replacingOccurrences(of: "character: yellow", with: "character: yelow")
        let d = diagnostics(text)
        #expect(d.count == 3)
        #expect(d.compactMap(\.line) == d.compactMap(\.line).sorted())
        #expect(d.map(\.field) == ["character", "assessment", "b"])
    }

    @Test func brokenRecordsDoNotCascade() {
        // The shift fails to read; the person on it is not reported again as pointing at nothing.
        let d = diagnostics(breaking(#"end: "14:00""#, with: #"end: "25:00""#))
        #expect(d.count == 1)
    }
}
