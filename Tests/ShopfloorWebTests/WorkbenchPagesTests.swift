import Foundation
import ShopfloorStore
import ShopfloorWeb
import Testing

@Suite("Workbench pages")
struct WorkbenchPagesTests {
    @Test("the overview shows the district map with clickable workplaces and no Graphviz ids as titles")
    func overview() throws {
        let f = try WorkbenchFixture(sample: "district")
        let page = f.get("/").page
        #expect(page.contains("id=\"district-map\"") && page.contains("<svg"))
        #expect(page.contains("#workplace:"))
        let svg = try #require(page.firstRange(of: "<svg").map { page[$0.lowerBound...] })
        #expect(!svg.contains("<title>"), "Graphviz's titles (internal node ids) are taken out")
    }

    /// The numbers on the overview's cards: workplaces, people, members, cells, contacts.
    static func cards(_ page: String) -> [Int] {
        page.matches(of: /<div class="card"><b>(\d+)<\/b>/).compactMap { Int($0.1) }
    }

    @Test("the overview and the report are kept until the next write, which shows on them at once")
    func keptUntilWrite() throws {
        let f = try WorkbenchFixture(sample: "district")
        let first = f.get("/").page, report = f.get("/report").page
        #expect(f.get("/").page == first && f.get("/report").page == report)
        let cards = Self.cards(first)
        #expect(cards.count == 5)
        let someone = try #require(first.firstMatch(of: /href="\/workplaces\/([^"]+)"/).map { String($0.1) })
        #expect(f.post("/record/person", ["mode": "add", "id": "p-kept-1", "workplace": someone, "affiliation": "member"]).status == 303)
        let written = Self.cards(f.get("/").page)
        #expect(written == [cards[0], cards[1] + 1, cards[2] + 1, cards[3], cards[4]], "\(cards) then \(written)")
        #expect(f.get("/report").page != report)
        // A write from outside (the command line) shows too.
        try Workspace.open(at: f.workspace, forWriting: true, passphrase: { "" }).edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
            try draft.addPerson("p-kept-2", PersonChange(workplace: someone), path: f.workspace)
        }
        #expect(Self.cards(f.get("/").page) == [cards[0], cards[1] + 2, cards[2] + 1, cards[3], cards[4]])
    }

    @Test("lists filter and sort; an unknown sort is a message, not a crash")
    func lists() throws {
        let f = try WorkbenchFixture()
        let members = f.get("/people?affiliation=member").page
        #expect(members.contains("/people/p-1172") && !members.contains("aff informer"))
        let sorted = f.get("/workplaces?sort=headcount&order=desc")
        #expect(sorted.status == 200)
        let bad = f.get("/people?sort=shoe-size")
        #expect(bad.status == 400 && bad.page.contains("cannot sort people by"))
        #expect(f.get("/people?cell=arapcesme-street").page.contains("/people/p-1173"))
    }

    @Test("workplace, person and cell pages; a plan drawn shows on its people's pages")
    func details() throws {
        let f = try WorkbenchFixture()
        let plant = f.get("/workplaces/korfez-motor").page
        #expect(plant.contains("id=\"grid\"") && plant.contains("Shifts and gates"))
        let plan = f.get("/plan?cell=arapcesme-street&plant=korfez-motor&week=2026-11-23")
        #expect(plan.status == 200)
        #expect(plan.page.contains("id=\"plant-map\"") && plan.page.contains("id=\"first-contacts\"") && plan.page.contains("id=\"gates\""))
        #expect(plan.page.contains("last contact") && plan.page.contains("#person:"))
        let person = f.get("/people/p-1172").page
        #expect(person.contains("from arapcesme-street into korfez-motor"))
        #expect(f.get("/cells/arapcesme-street").page.contains("Members (4)"))
        #expect(f.get("/people/nobody").status == 404)
    }

    @Test("downloads: plan JSON, calendar, maps on A4 and A3, the meeting pack")
    func downloads() throws {
        let f = try WorkbenchFixture()
        let q = "cell=arapcesme-street&plant=korfez-motor&week=2026-11-23"
        let json = f.workbench.handle(f.request("/plan/download?\(q)&format=json"))
        #expect(json.header("Content-Type") == "application/json")
        #expect(try JSONSerialization.jsonObject(with: Data(json.body)) is [String: Any])
        let ics = f.body(f.workbench.handle(f.request("/plan/download?\(q)&format=ics")))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR"))
        let a4 = f.workbench.handle(f.request("/plan/download?\(q)&format=pdf&paper=a4"))
        #expect(a4.body.starts(with: Array("%PDF".utf8)))
        let png = f.workbench.handle(f.request("/plan/download?\(q)&format=png&paper=a3"))
        #expect(png.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pack = f.workbench.handle(f.request("/meeting-pack.zip"))
        #expect(pack.header("Content-Type") == "application/zip")
        #expect(pack.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let text = String(decoding: pack.body, as: UTF8.self)
        for entry in ["report.html", "district-map.svg", "district-map-a4.pdf", "district-map-a3.pdf", "plants/korfez-motor-a4.pdf"] {
            #expect(text.contains(entry), "\(entry)")
        }
    }
}
