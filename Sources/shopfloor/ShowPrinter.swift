import ShopfloorPresent
import ShopfloorText

/// The human form of `shopfloor show`: a heading, key facts, then aligned tables.
struct ShowPrinter {
    var revealNames: Bool

    private func heading(_ text: String) { Terminal.print(Terminal.styled(text, .bold)) }

    private func facts(_ pairs: [(String, String?)]) {
        var table = TextTable(["", ""])
        for (key, value) in pairs { if let value, !value.isEmpty { table.add([Text.string(key), value]) } }
        Terminal.print(table.render(indent: "  ", header: false))
    }

    private func section(_ title: String, _ table: TextTable, empty: String) {
        Terminal.print()
        Terminal.print(Terminal.styled(title, .bold))
        Terminal.print(table.isEmpty ? "  " + Text.string(empty) : table.render(indent: "  "))
    }

    /// Column titles in the process's language.
    private func columns(_ keys: [String]) -> [String] { keys.map(RecordKind.columnTitle) }

    private func day(_ iso: String?) -> String { ListCommand.day(iso) }

    func print(_ w: Directory.WorkplaceDetail) {
        let r = w.workplace
        heading("\(r.name) (\(r.id))")
        facts([("show.fact.kind", VocabularyWords.workplaceKind(r.kind)), ("show.fact.sector", r.sector),
            ("show.fact.district", r.district), ("show.fact.employer", w.employer), ("show.fact.union", w.union),
            ("show.fact.workers", Text.string("show.workers", ["headcount": .integer(r.headcount),
                "mapped": .integer(r.mapped), "members": .integer(r.members)]))])
        var grid = TextTable([RecordKind.columnTitle("shop")] + w.shifts.map(\.id), alignments: [.left] + w.shifts.map { _ in .right })
        for (i, shop) in w.shops.enumerated() {
            grid.add([shop.id] + w.grid[i].map {
                $0.mapped == 0 ? "·" : Text.string("show.grid.cell", ["mapped": .integer($0.mapped), "members": .integer($0.members)])
            })
        }
        section(Text.string("show.section.grid"), grid, empty: "show.empty.shops")
        var shifts = TextTable(columns(["shift", "name", "from", "to", "gate", "days"]))
        for s in w.shifts { shifts.add([s.id, s.name, s.start, s.end, s.gate ?? "", s.days.joined(separator: " ")]) }
        section(Text.string("show.section.shifts"), shifts, empty: "show.empty.shifts")
        var gates = TextTable(columns(["gate", "name"]))
        for g in w.gates { gates.add([g.id, g.name]) }
        section(Text.string("show.section.gates"), gates, empty: "show.empty.gates")
        var cells = TextTable(columns(["cell", "kind", "members", "committee", "last-contact"]))
        for c in w.cells {
            cells.add([c.id, VocabularyWords.cellKind(c.kind), "\(c.members)", "\(c.committee)", day(c.lastContact)])
        }
        section(Text.string("show.section.cellsReaching"), cells, empty: "show.empty.noCell")
        section(Text.string("show.section.people", ["count": .integer(w.people.count)]), peopleTable(w.people),
            empty: "show.empty.nobody")
    }

    func print(_ p: Directory.PersonDetail) {
        let r = p.person
        heading("\(r.alias) (\(r.id))" + (r.name.map { " — \($0)" } ?? ""))
        let affiliation = VocabularyWords.affiliation(r.affiliation)
            + (p.unionMember ? ", " + Text.string("show.unionMember") : "")
        facts([("show.fact.workplace", r.workplace), ("show.fact.shop", r.shop), ("show.fact.shift", r.shift),
            ("show.fact.role", VocabularyWords.role(p.role)), ("show.fact.affiliation", affiliation),
            ("show.fact.assessment", "\(r.assessment)"), ("show.fact.home", p.home), ("show.fact.address", p.address),
            ("show.fact.notes", p.notes), ("show.fact.lastContact", day(r.lastContact))])
        var ties = TextTable(columns(["with", "alias"] + (revealNames ? ["name"] : []) + ["kind", "strength", "affiliation", "assessment"]))
        for t in p.ties {
            ties.add([t.other, t.alias] + (revealNames ? [t.name ?? ""] : []) + [VocabularyWords.tieKind(t.kind), "\(t.strength)",
                t.affiliation.map(VocabularyWords.affiliation) ?? "", t.assessment.map(String.init) ?? ""])
        }
        section(Text.string("show.section.ties", ["count": .integer(p.ties.count)]), ties, empty: "show.empty.ties")
        section(Text.string("show.section.contacts", ["count": .integer(p.contacts.count)]), contactTable(p.contacts),
            empty: "show.empty.contacts")
        var cells = TextTable(columns(["cell", "kind", "workplace", "members"]))
        for c in p.cells {
            cells.add([c.id, VocabularyWords.cellKind(c.kind), c.workplace ?? c.neighbourhood ?? "", "\(c.members)"])
        }
        section(Text.string("show.section.cells"), cells, empty: "show.empty.inNoCell")
    }

    func print(_ c: Directory.CellDetail) {
        let r = c.cell
        heading(Text.string("show.cell.heading", ["name": "\(r.name ?? r.id)", "id": "\(r.id)",
            "kind": "\(VocabularyWords.cellKind(r.kind))"]))
        facts([("show.fact.workplace", r.workplace), ("show.fact.neighbourhood", r.neighbourhood),
            ("show.fact.targets", r.targets.joined(separator: ", ")), ("show.fact.committee", c.committee.joined(separator: ", ")),
            ("show.fact.lastContact", day(r.lastContact))])
        section(Text.string("show.section.members", ["count": .integer(c.members.count)]), peopleTable(c.members),
            empty: "show.empty.members")
        section(Text.string("show.section.memberContacts", ["count": .integer(c.contacts.count)]), contactTable(c.contacts),
            empty: "show.empty.contacts")
    }

    func print(_ p: Directory.PlaceRow) {
        heading("\(p.name) (\(p.id))")
        facts([("show.fact.kind", VocabularyWords.placeKind(p.kind)), ("show.fact.workplace", p.workplace),
            ("show.fact.district", p.district), ("show.fact.neighbourhood", p.neighbourhood)])
    }

    private func peopleTable(_ rows: [Directory.PersonRow]) -> TextTable {
        var table = TextTable(columns(["id", "alias"] + (revealNames ? ["name"] : [])
            + ["shop", "shift", "affiliation", "assessment", "last-contact"]))
        for r in rows {
            table.add([r.id, r.alias] + (revealNames ? [r.name ?? ""] : []) + [r.shop ?? "", r.shift ?? "",
                VocabularyWords.affiliation(r.affiliation), "\(r.assessment)", day(r.lastContact)])
        }
        return table
    }

    private func contactTable(_ rows: [Directory.ContactRow]) -> TextTable {
        var table = TextTable(columns(["date", "by", "with", "channel", "place", "outcome", "assessment"] + (revealNames ? ["notes"] : [])))
        for c in rows {
            table.add([Text.current.date(iso: c.date), "\(c.by) (\(c.byAlias))", "\(c.with) (\(c.withAlias))",
                VocabularyWords.channel(c.channel), c.place ?? "", VocabularyWords.outcome(c.outcome),
                c.assessment.map(String.init) ?? ""] + (revealNames ? [c.notes ?? ""] : []))
        }
        return table
    }
}
