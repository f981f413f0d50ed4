import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A report back names people as its bundle did; the merge finds the committee's people behind those names
/// however the committee's graph has moved since, and never gives a new person an id the committee uses.
@Suite("Bundles: who a report's people are")
struct BundleMergeIdentityTests {
    /// Under this alias secret the district sample's p-2149 (a Marmara Boru worker tied to the mb-cell) has the
    /// alias `4WEN`, and an added person `a-1173013`, sorting first, shares those four letters (found by search).
    static let secret = "fixed-test-secret"

    func setup() throws -> BundleSetup {
        let setup = try BundleSetup()
        try setup.committee.record("test: a known alias secret") { db in try Workspace.setMeta("alias-secret", Self.secret, db) }
        return setup
    }

    @Test("an alias the committee's graph has lengthened since the bundle still names the person the bundle meant")
    func movedAlias() throws {
        let setup = try setup()
        let cell = try setup.cellWorkspace()
        #expect(try cell.graph().person("4WEN") != nil, "the worker is in the cell's part under the bundle's alias")
        let member = try #require(setup.graph.cell("mb-cell")?.members.first)
        try cell.log(Contact(by: member, with: "4WEN", date: Day(daysSinceEpoch: 20510), channel: .pub, outcome: .positive))
        try cell.edit(action: "person update") { (draft: inout GraphDraft) throws(StoreError) in draft.people["4WEN"]?.assessment = .leader }
        let back = try cell.bundleBack(key: setup.mbKey)

        // Meanwhile the committee adds a person whose alias takes the four letters: p-2149's alias lengthens.
        try setup.committee.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["a-1173013"] = Person(id: "a-1173013", name: "Sonradan Gelen")
        }
        let now = PersonAliases(graph: try setup.committee.graph(), key: AliasKey(secret: Self.secret))
        #expect(now.alias("a-1173013") == "4WEN" && now.alias("p-2149") != "4WEN", "the committee's aliases moved")

        let outcome = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: nil)
        #expect(outcome.contacts == 1 && outcome.changedFields == 1 && outcome.unknown.isEmpty)
        let graph = try setup.committee.graph()
        #expect(graph.contacts.contains { $0.by == member && $0.with == "p-2149" && $0.date == Day(daysSinceEpoch: 20510) })
        #expect(!graph.contacts.contains { $0.with == "a-1173013" }, "the newcomer holding the alias now got nothing")
        #expect(graph.person("p-2149")?.assessment == .leader)
        #expect(graph.person("a-1173013")?.assessment == .unassessed)
    }

    @Test("a new person's id never takes one the committee uses, and keeps its id on the next merge")
    func newPersonIDs() throws {
        let setup = try setup()
        // The committee already has someone under the id the cell's newcomer would get.
        try setup.committee.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["mb-cell-yeni-1"] = Person(id: "mb-cell-yeni-1", name: "Komite Kişisi", assessment: .opposed)
        }
        let cell = try setup.cellWorkspace()
        let member = try #require(setup.graph.cell("mb-cell")?.members.first)
        try cell.edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.people["yeni-1"] = Person(id: "yeni-1", name: "Yeni İşçi", workplace: "marmara-boru", assessment: .supportive)
        }
        try cell.log(Contact(by: member, with: "yeni-1", date: Day(daysSinceEpoch: 20500), channel: .pub, outcome: .positive))
        let first = try setup.committee.merge(try cell.bundleBack(key: setup.mbKey).data, bundlePath: "back", key: setup.committeeKey, prefer: nil)
        #expect(first.newPeople == ["mb-cell-yeni-1-2"] && first.conflicts.isEmpty)
        var graph = try setup.committee.graph()
        #expect(graph.person("mb-cell-yeni-1")?.name == "Komite Kişisi" && graph.person("mb-cell-yeni-1")?.assessment == .opposed)
        #expect(graph.person("mb-cell-yeni-1-2")?.name == "Yeni İşçi")
        #expect(graph.contacts.contains { $0.with == "mb-cell-yeni-1-2" } && !graph.contacts.contains { $0.with == "mb-cell-yeni-1" })

        // The cell meets the newcomer again: the next report lands on the same person, not on a third id.
        try cell.log(Contact(by: member, with: "yeni-1", date: Day(daysSinceEpoch: 20507), channel: .gate, outcome: .positive))
        let second = try setup.committee.merge(try cell.bundleBack(key: setup.mbKey).data, bundlePath: "back2", key: setup.committeeKey, prefer: nil)
        #expect(second.newPeople.isEmpty && second.contacts == 1)
        graph = try setup.committee.graph()
        #expect(graph.contacts.filter { $0.with == "mb-cell-yeni-1-2" }.count == 2)
        #expect(graph.person("mb-cell-yeni-1-3") == nil)
    }

    @Test("what a report says about a person the committee removed since is left out and named")
    func removedPerson() throws {
        let setup = try setup()
        let cell = try setup.cellWorkspace()
        let member = try #require(setup.graph.cell("mb-cell")?.members.first)
        try cell.log(Contact(by: member, with: "4WEN", date: Day(daysSinceEpoch: 20511), channel: .pub, outcome: .positive))
        let back = try cell.bundleBack(key: setup.mbKey)
        try setup.committee.edit(action: "person remove") { (draft: inout GraphDraft) throws(StoreError) in
            _ = draft.removePerson("p-2149")
        }
        let outcome = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: nil)
        #expect(outcome.contacts == 0 && outcome.unknown == ["4WEN"])
    }

    @Test("places the cell added travel back with the contact logged there and the newcomer who lives and drinks by them")
    func newPlaces() throws {
        let setup = try setup()
        let cell = try setup.cellWorkspace()
        let member = try #require(setup.graph.cell("mb-cell")?.members.first)
        try cell.edit(action: "place add") { (draft: inout GraphDraft) throws(StoreError) in
            draft.places["mb-yeni-mahalle"] = Place(id: "mb-yeni-mahalle", kind: .neighbourhood, name: "Yeni Mahalle")
            draft.places["mb-yeni-cay"] = Place(id: "mb-yeni-cay", kind: .pub, name: "Yeni Çay Ocağı", neighbourhood: "mb-yeni-mahalle")
            draft.people["yeni-2"] = Person(id: "yeni-2", name: "Çaycı", home: "mb-yeni-mahalle", frequents: ["mb-yeni-cay"])
        }
        try cell.log(Contact(by: member, with: "yeni-2", date: Day(daysSinceEpoch: 20512), channel: .pub, place: "mb-yeni-cay",
            outcome: .positive))
        let back = try cell.bundleBack(key: setup.mbKey)
        #expect(back.summary.newPlaces == 2)
        let outcome = try setup.committee.merge(back.data, bundlePath: "back", key: setup.committeeKey, prefer: nil)
        #expect(Set(outcome.newPlaces) == ["mb-yeni-cay", "mb-yeni-mahalle"])
        let graph = try setup.committee.graph()
        #expect(graph.place("mb-yeni-cay")?.name == "Yeni Çay Ocağı" && graph.place("mb-yeni-cay")?.neighbourhood == "mb-yeni-mahalle")
        #expect(graph.person("mb-cell-yeni-2")?.home == "mb-yeni-mahalle")
        #expect(graph.person("mb-cell-yeni-2")?.frequents == ["mb-yeni-cay"])
        #expect(graph.contacts.contains { $0.with == "mb-cell-yeni-2" && $0.place == "mb-yeni-cay" })
    }
}
