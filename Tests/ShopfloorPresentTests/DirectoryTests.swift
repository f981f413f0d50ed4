import ShopfloorModel
import ShopfloorPresent
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// The lookups behind `list`, `show`, `find` and the workbench's pages.
@Suite("Directory")
struct DirectoryTests {
    static let graph: OrganizingGraph? = try? GraphFile.load(path: PackageRoot.path("Graphs/automotive-plant.yaml"))

    @Test("filters combine and every row passes each filter")
    func filters() throws {
        let d = Directory(graph: try #require(Self.graph), aliasKey: AliasKey(secret: "test"))
        let rows = try d.people(DirectoryQuery(affiliation: .sympathizer, workplace: "korfez-motor"))
        #expect(rows.count == 17)
        #expect(rows.allSatisfy { $0.affiliation == "sympathizer" && $0.workplace == "korfez-motor" })
        let shift = try d.people(DirectoryQuery(shop: "km-body", shift: "km-a"))
        #expect(shift.allSatisfy { $0.shop == "km-body" && $0.shift == "km-a" })
        let cell = try d.people(DirectoryQuery(cell: "arapcesme-street"))
        #expect(cell.map(\.id) == ["p-1171", "p-1172", "p-1173", "p-1174"])
        #expect(try d.people(DirectoryQuery(cell: "no-such-cell")).isEmpty)
    }

    @Test("sorting by a column, descending, ties kept in id order; an unknown column is refused")
    func sorting() throws {
        let d = Directory(graph: try #require(Self.graph), aliasKey: AliasKey(secret: "test"))
        let rows = try d.people(DirectoryQuery(sort: "assessment", descending: true))
        #expect(rows.map(\.assessment) == rows.map(\.assessment).sorted(by: >))
        for (a, b) in zip(rows, rows.dropFirst()) where a.assessment == b.assessment { #expect(a.id < b.id) }
        #expect(throws: DirectoryQueryError.self) { try d.people(DirectoryQuery(sort: "shoe-size")) }
        #expect(try d.people(DirectoryQuery(limit: 3)).count == 3)
    }

    @Test("names are neither shown nor searched until revealed")
    func names() throws {
        let hidden = Directory(graph: try #require(Self.graph), aliasKey: AliasKey(secret: "test"))
        #expect(hidden.find("Hasan").isEmpty)
        #expect(hidden.person("p-1172")?.person.name == nil)
        #expect(hidden.person("p-1172")?.address == nil)
        #expect(try hidden.people(DirectoryQuery(text: "Hasan")).isEmpty)
        let shown = hidden.revealing(true)
        #expect(shown.find("Hasan").map(\.id) == ["p-1172"])
        #expect(shown.person("p-1172")?.person.name == "Hasan Ilgaz")
        #expect(hidden.alias("p-1172") == shown.alias("p-1172"))
    }

    @Test("search matches Turkish letters with or without their dots and cedillas, in lists and in find, field by field")
    func turkishSearch() throws {
        let graph = OrganizingGraph(people: [
            Person(id: "p-1", name: "Işıl Çağlar", shop: "kaynak", shift: "gece"),
            Person(id: "p-2", name: "İsmail Öztürk", shop: "boya"),
            Person(id: "p-3", name: "ILGAZ", shift: "ISIK"),
        ])
        let hidden = Directory(graph: graph, aliasKey: AliasKey(secret: "test"))
        let shown = hidden.revealing(true)
        func listed(_ d: Directory, _ text: String) throws -> [String] { try d.people(DirectoryQuery(text: text)).map(\.id) }
        for text in ["ışıl", "ISIL", "isil", "IŞIL ÇAĞLAR", "caglar isil"] {
            #expect(try listed(shown, text) == ["p-1"], "\(text)")
            #expect(shown.find(text).map(\.id) == ["p-1"], "\(text)")
            #expect(try listed(hidden, text).isEmpty && hidden.find(text).isEmpty, "\(text): names hidden")
        }
        #expect(try listed(shown, "İSMAİL ozturk") == ["p-2"])
        #expect(try listed(shown, "ılgaz") == ["p-3"] && shown.find("Ilgaz").map(\.id) == ["p-3"])
        // Lists search shops and shifts too (find does not); a word never spans two fields.
        #expect(try listed(hidden, "IŞIK") == ["p-3"] && hidden.find("ışık").isEmpty)
        #expect(try listed(hidden, "KAYNAK gece") == ["p-1"])
        #expect(try listed(hidden, "kaynakgece").isEmpty && listed(hidden, "p-1kaynak").isEmpty)
        let alias = hidden.alias("p-2")
        #expect(try listed(hidden, alias.lowercased()) == ["p-2"] && hidden.find(alias).map(\.id) == ["p-2"])
    }

    @Test("a workplace's row counts its mapped people, its members and the cells of or reaching it")
    func workplaceRows() throws {
        for sample in ["automotive-plant", "district"] {
            let graph = try GraphFile.load(path: PackageRoot.path("Graphs/\(sample).yaml"))
            let rows = try Directory(graph: graph, aliasKey: AliasKey(secret: "test")).workplaces()
            #expect(rows.count == graph.workplaces.count)
            for row in rows {
                let people = graph.people.filter { $0.workplace?.rawValue == row.id }
                let cells = graph.cells.filter { $0.workplace?.rawValue == row.id || $0.targets.contains { $0.rawValue == row.id } }
                #expect(row.mapped == people.count && row.members == people.filter(\.isMember).count, "\(sample) \(row.id)")
                #expect(row.cells == cells.map(\.id.rawValue), "\(sample) \(row.id)")
            }
            #expect(rows.contains { $0.mapped > 0 } && rows.contains { !$0.cells.isEmpty }, "\(sample) has people and cells at work")
        }
    }

    @Test("a workplace's grid counts each mapped person once, in their shop and shift")
    func grid() throws {
        let graph = try #require(Self.graph)
        let w = try #require(Directory(graph: graph, aliasKey: AliasKey(secret: "test")).workplace("korfez-motor"))
        let placed = graph.people(at: "korfez-motor").filter { $0.shop != nil && $0.shift != nil }
        #expect(w.grid.flatMap { $0 }.map(\.mapped).reduce(0, +) == placed.count)
        #expect(w.grid.flatMap { $0 }.map(\.members).reduce(0, +) == placed.filter(\.isMember).count)
        #expect(w.shops.count == w.grid.count)
    }

    @Test("a person's contacts are in date order and include those they made")
    func personContacts() throws {
        let graph = try #require(Self.graph)
        let d = Directory(graph: graph, aliasKey: AliasKey(secret: "test"))
        for person in graph.people.prefix(40) {
            let detail = try #require(d.person(person.id))
            let dates = detail.contacts.map(\.date)
            #expect(dates == dates.sorted())
            #expect(detail.contacts.count == graph.contacts.filter { $0.with == person.id || $0.by == person.id }.count)
        }
    }
}
