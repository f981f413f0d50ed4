import Testing

@testable import ShopfloorModel

@Suite("Times, days, vocabularies, suggestions")
struct ValueTests {
    @Test(arguments: [("06:00", 360), ("6:05", 365), ("23:59", 1439), ("24:00", 0), ("00:00", 0)])
    func parsesTimes(text: String, minutes: Int) {
        #expect(TimeOfDay(parsing: text)?.minutes == minutes)
    }

    @Test(arguments: ["25:00", "12:60", "1200", "12:5", "ab:cd", "", "-1:00", "12:00:00", "١٢:٠٠"])
    func rejectsBadTimes(text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test func shiftAcrossMidnight() {
        let night = Shift(id: "n", name: "N", start: TimeOfDay(hour: 22, minute: 0)!, end: TimeOfDay(hour: 6, minute: 0)!)
        #expect(night.crossesMidnight)
        #expect(night.lengthInMinutes == 480)
        let day = Shift(id: "d", name: "D", start: TimeOfDay(hour: 8, minute: 0)!, end: TimeOfDay(hour: 16, minute: 30)!)
        #expect(!day.crossesMidnight)
        #expect(day.lengthInMinutes == 510)
    }

    @Test func daysRoundTripThroughTheEpoch() {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(daysSinceEpoch: offset)
            #expect(day.daysSinceEpoch == offset)
            #expect(Day(parsing: day.description) == day || day.year < 1000)
        }
        #expect(Day(parsing: "2026-11-24")?.weekday == .tuesday)
        #expect(Day(parsing: "1970-01-01")?.weekday == .thursday)
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "2026-02-29") == nil)
        #expect(Day(parsing: "2026-11-24")!.adding(days: 7).description == "2026-12-01")
    }

    @Test func vocabularyAcceptsAliasesAndCase() {
        #expect(Affiliation(word: "Social Democrat") == .socialDemocrat)
        #expect(Affiliation(word: "social_democrat") == .socialDemocrat)
        #expect(Affiliation(word: "suspected informer") == .informer)
        #expect(Place.Kind(word: "TeaHouse") == .pub)
        #expect(Place.Kind(word: "neighborhood") == .neighbourhood)
        #expect(Role(word: "management") == .manager)
        #expect(Affiliation(word: "anarchist") == nil)
    }

    @Test func approachOrderFollowsTheSeed() {
        #expect(Affiliation.nonParty.approachRank! < Affiliation.reformistUnion.approachRank!)
        #expect(Affiliation.socialDemocrat.approachRank == Affiliation.reformistUnion.approachRank)
        #expect(Affiliation.reformistUnion.approachRank! < Affiliation.fascist.approachRank!)
        #expect(Affiliation.informer.approachRank == nil)
    }

    @Test func dangerIsInformersAndManagementSide() {
        #expect(Person(id: "a", name: "", affiliation: .informer).isDanger)
        #expect(Person(id: "b", name: "", role: .hr).isDanger)
        #expect(Person(id: "c", name: "", role: .security).isDanger)
        #expect(!Person(id: "d", name: "", role: .foreman, affiliation: .fascist).isDanger)
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.nearest(to: "ao-pant", in: ["ao-paint", "ao-body"]) == "ao-paint")
        #expect(Suggestion.nearest(to: "zzzz", in: ["ao-paint", "ao-body"]) == nil)
        #expect(Suggestion.hint(for: "x", among: [String](), noun: "gate") == "there are no gates to refer to")
    }

    @Test func coordinatesDistance() {
        let gebze = Coordinates(latitude: 40.80, longitude: 29.43)
        let izmit = Coordinates(latitude: 40.77, longitude: 29.92)
        let d = gebze.distance(to: izmit)
        #expect(d > 40 && d < 43)
        #expect(gebze.distance(to: gebze) == 0)
    }

    @Test func summaryCountsByAffiliation() {
        let graph = OrganizingGraph(people: [
            Person(id: "a", name: "", affiliation: .member), Person(id: "b", name: "", affiliation: .member),
            Person(id: "c", name: "", role: .manager),
        ])
        let summary = graph.summary()
        #expect(summary.peopleByAffiliation["member"] == 2)
        #expect(summary.peopleByAffiliation["non-party"] == 1)
        #expect(Set(summary.peopleByAffiliation.keys) == Set(Affiliation.allCases.map(\.rawValue)))
        #expect(summary.management == 1)
    }
}
