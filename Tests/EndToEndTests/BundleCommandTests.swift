import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

@Suite("committee ↔ cell bundles, merge, history and undo, end to end")
struct BundleCommandTests {
    static let env = ["SHOPFLOOR_PASSPHRASE": "workspace passphrase", "SHOPFLOOR_KEY_PASSPHRASE": "key passphrase"]

    func run(_ arguments: [String], in dir: String) throws -> Subprocess.Result {
        try CLI.run(arguments, environment: Self.env, in: URL(fileURLWithPath: dir))
    }

    @Test("the walk-through in Examples runs: two cells, bundles back, a conflict shown and decided, history, undo",
        .timeLimit(.minutes(10)))
    func walkThrough() throws {
        let binary = try #require(CLI.binary)
        let result = try Subprocess.run("/bin/bash", [PackageRoot.path("Examples/committee-and-cells.sh")],
            environment: ["SHOPFLOOR_BIN": binary, "NO_COLOR": "1", "COLUMNS": "250"])  // the entries on one line each
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Fingerprint: "))
        #expect(out.contains("Created encrypted workspace mb-cell.shopfloor for cell mb-cell"))
        #expect(out.contains("(mb-cell plans its gate visits on its own part)"))
        #expect(out.contains("New people: mb-cell-yeni-1"), "\(out)")
        #expect(out.contains("1 conflict (both changed since the bundle)"), "\(out)")
        #expect(out.contains("p-2157") && out.contains("committee (undecided)"))
        #expect(out.contains("already merged from cell mb-cell; nothing changed"))
        #expect(result.stderr.contains("for another recipient"), "\(result.stderr)")
        #expect(out.contains("merge of cell mb-cell's bundle"))
        #expect(out.contains("undo of change"))
        // In Turkish, the bundle's and the merge's own entries are Turkish too.
        let turkish = String(out[(out.range(of: "== Both histories, in Turkish")?.upperBound ?? out.endIndex)...])
        #expect(turkish.contains("komiteden mb-cell hücresine gelen"), "\(turkish)")
        #expect(turkish.contains("mb-cell hücresinin paketi birleştirildi"), "\(turkish)")
        #expect(!turkish.contains("from the committee") && !turkish.contains("merge of cell"), "\(turkish)")
        // A noun after a number stays singular in Turkish ("10 kişi", never "10 kişiler").
        #expect(turkish.contains(/yazıldı: \d+ kişi, \d+ bağ, \d+ görüşme/), "\(turkish)")
    }

    @Test("a cell's bundle holds its part and nothing of another cell or workplace, counted over every record")
    func scope() throws {
        let dir = try Scratch.folder("bundle-scope")
        #expect(try run(["keys", "new", "committee"], in: dir).status == 0)
        #expect(try run(["keys", "new", "mb"], in: dir).status == 0)
        #expect(try run(["init", "c.shopfloor"], in: dir).status == 0)
        #expect(try run(["import", "c.shopfloor", PackageRoot.path("Graphs/district.yaml")], in: dir).status == 0)
        #expect(try run(["cell", "key", "c.shopfloor", "mb-cell", "--set", "mb.pub"], in: dir).status == 0)
        let out = try run(["bundle", "out", "c.shopfloor", "--cell", "mb-cell", "--key", "committee.key", "-o", "mb.bundle",
            "--reveal-names"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        let made = try run(["init", "mb.shopfloor", "--from-bundle", "mb.bundle", "--key", "mb.key", "--committee-key", "committee.pub"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        let district = try GraphFile.load(path: PackageRoot.path("Graphs/district.yaml"))
        let part = try Workspace.open(at: dir + "/mb.shopfloor", passphrase: { "workspace passphrase" }).graph()
        let mb = try #require(district.cell("mb-cell"))
        let targets: Set<Workplace.ID> = Set(mb.targets + [mb.workplace].compactMap { $0 })
        let otherSeats = Set(district.cells.filter { $0.id != mb.id }.flatMap { $0.members + $0.committee })
            .subtracting(mb.members + mb.committee)
        var counted = 0
        for workplace in part.workplaces {
            #expect(targets.contains(workplace.id), "workplace \(workplace.id) is not a target")
            counted += 1
        }
        for cell in part.cells {
            #expect(cell.id == mb.id, "another cell: \(cell.id)")
            counted += 1
        }
        for person in part.people {
            let original = try #require(district.person(person.id), "\(person.id) is not the committee's")
            #expect(!otherSeats.contains(person.id), "\(person.id) sits in another cell")
            #expect(person.workplace == nil || targets.contains(person.workplace!), "\(person.id) works outside the targets")
            #expect(original.workplace.map(targets.contains) == true || mb.members.contains(person.id) || person.workplace == nil)
            #expect(person.isDanger == person.tags.contains(CellPart.avoidTag), "\(person.id): avoid mark")
            counted += 1
        }
        for place in part.places {
            #expect(place.workplace == nil || targets.contains(place.workplace!), "place \(place.id) of another workplace")
            counted += 1
        }
        let ids = Set(part.people.map(\.id))
        for tie in part.ties {
            #expect(ids.contains(tie.a) && ids.contains(tie.b))
            counted += 1
        }
        for contact in part.contacts {
            #expect(ids.contains(contact.by) && ids.contains(contact.with))
            counted += 1
        }
        #expect(counted == part.workplaces.count + part.cells.count + part.people.count + part.places.count
            + part.ties.count + part.contacts.count)
        // Every member named, every informer and manager of the target present and marked.
        for member in mb.members { #expect(part.person(member)?.name == district.person(member)?.name) }
        let danger = district.people.filter { $0.isDanger && $0.workplace.map(targets.contains) == true }
        #expect(!danger.isEmpty)
        for person in danger { #expect(part.person(person.id)?.tags.contains(CellPart.avoidTag) == true, "\(person.id) dropped") }
        // The cell plans on its own part as the committee does: gate visits, with the calendar.
        let gates = try run(["plan", "gates", "mb.shopfloor", "--into", "marmara-boru", "--from", "mb-cell", "--week", "2026-11-02",
            "--ics", "gates.ics"], in: dir)
        #expect(gates.status == 0, "\(gates.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/gates.ics"))
    }

    @Test("history lists every write; undo reverts the newest; a removal that drops contacts asks for --yes")
    func historyAndUndo() throws {
        let dir = try Scratch.folder("history")
        #expect(try run(["init", "w.shopfloor"], in: dir).status == 0)
        #expect(try run(["import", "w.shopfloor", PackageRoot.path("Graphs/automotive-plant.yaml")], in: dir).status == 0)
        let before = try run(["check", "w.shopfloor", "--json"], in: dir).stdout
        let people = try Workspace.open(at: dir + "/w.shopfloor", passphrase: { "" }).graph().people
        let (a, b) = (people[0].id.rawValue, people[1].id.rawValue)
        #expect(try run(["log", "w.shopfloor", "--by", a, "--with", b, "--channel", "pub", "--date", "2026-11-01",
            "--outcome", "positive"], in: dir).status == 0)
        let refused = try run(["person", "remove", "w.shopfloor", b], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("drops 1 contact-log entry") && refused.stderr.contains("--yes"))
        #expect(try run(["person", "remove", "w.shopfloor", b, "--yes"], in: dir).status == 0)
        let history = try run(["history", "w.shopfloor"], in: dir)
        #expect(history.status == 0)
        #expect(history.stdout.contains("person remove \(b)"))
        #expect(history.stdout.contains("contacts: 1 added"))
        #expect(history.stdout.contains("import"))
        #expect(try run(["undo", "w.shopfloor"], in: dir).status == 0)
        #expect(try run(["undo", "w.shopfloor"], in: dir).status == 0)
        #expect(try run(["check", "w.shopfloor", "--json"], in: dir).stdout == before)
        let json = try run(["history", "w.shopfloor", "--json"], in: dir)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.prefix(2).allSatisfy { $0["undoes"] != nil })
        #expect(entries.filter { $0["undone"] as? Bool == true }.count == 2)
    }
}
