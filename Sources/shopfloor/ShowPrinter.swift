import ShopfloorPresent

/// The human form of `shopfloor show`: a heading, key facts, then aligned tables.
struct ShowPrinter {
    var revealNames: Bool

    private func heading(_ text: String) { Terminal.print(Terminal.styled(text, .bold)) }

    private func facts(_ pairs: [(String, String?)]) {
        var table = TextTable(["", ""])
        for (key, value) in pairs { if let value, !value.isEmpty { table.add([key, value]) } }
        Terminal.print(table.render(indent: "  ", header: false))
    }

    private func section(_ title: String, _ table: TextTable, empty: String) {
        Terminal.print()
        Terminal.print(Terminal.styled(title, .bold))
        Terminal.print(table.isEmpty ? "  " + empty : table.render(indent: "  "))
    }

    func print(_ w: Directory.WorkplaceDetail) {
        let r = w.workplace
        heading("\(r.name) (\(r.id))")
        facts([("kind", r.kind), ("sector", r.sector), ("district", r.district), ("employer", w.employer), ("union", w.union),
            ("workers", "\(r.headcount), \(r.mapped) mapped, \(r.members) members")])
        var grid = TextTable(["shop"] + w.shifts.map(\.id), alignments: [.left] + w.shifts.map { _ in .right })
        for (i, shop) in w.shops.enumerated() {
            grid.add([shop.id] + w.grid[i].map { $0.mapped == 0 ? "·" : "\($0.mapped) (\($0.members) m)" })
        }
        section("Shops × shifts (mapped people, members)", grid, empty: "no shops on file")
        var shifts = TextTable(["shift", "name", "from", "to", "gate", "days"])
        for s in w.shifts { shifts.add([s.id, s.name, s.start, s.end, s.gate ?? "", s.days.joined(separator: " ")]) }
        section("Shifts", shifts, empty: "no shifts on file")
        var gates = TextTable(["gate", "name"])
        for g in w.gates { gates.add([g.id, g.name]) }
        section("Gates", gates, empty: "no gates on file")
        var cells = TextTable(["cell", "kind", "members", "committee", "last-contact"])
        for c in w.cells { cells.add([c.id, c.kind, "\(c.members)", "\(c.committee)", c.lastContact ?? "never"]) }
        section("Cells of or reaching it", cells, empty: "no cell yet")
        section("People (\(w.people.count))", peopleTable(w.people), empty: "nobody mapped yet")
    }

    func print(_ p: Directory.PersonDetail) {
        let r = p.person
        heading("\(r.alias) (\(r.id))" + (r.name.map { " — \($0)" } ?? ""))
        facts([("workplace", r.workplace), ("shop", r.shop), ("shift", r.shift), ("role", p.role),
            ("affiliation", r.affiliation + (p.unionMember ? ", union member" : "")), ("assessment", "\(r.assessment)"),
            ("home", p.home), ("address", p.address), ("notes", p.notes), ("last contact", r.lastContact ?? "never")])
        var ties = TextTable(["with", "alias"] + (revealNames ? ["name"] : []) + ["kind", "strength", "affiliation", "assessment"])
        for t in p.ties {
            ties.add([t.other, t.alias] + (revealNames ? [t.name ?? ""] : []) + [t.kind, "\(t.strength)", t.affiliation ?? "",
                t.assessment.map(String.init) ?? ""])
        }
        section("Ties (\(p.ties.count))", ties, empty: "no ties on file")
        section("Contacts over time (\(p.contacts.count))", contactTable(p.contacts), empty: "no contact logged")
        var cells = TextTable(["cell", "kind", "workplace", "members"])
        for c in p.cells { cells.add([c.id, c.kind, c.workplace ?? c.neighbourhood ?? "", "\(c.members)"]) }
        section("Cells", cells, empty: "in no cell")
    }

    func print(_ c: Directory.CellDetail) {
        let r = c.cell
        heading("\(r.name ?? r.id) (\(r.id), \(r.kind) cell)")
        facts([("workplace", r.workplace), ("neighbourhood", r.neighbourhood), ("targets", r.targets.joined(separator: ", ")),
            ("committee", c.committee.joined(separator: ", ")), ("last contact", r.lastContact ?? "never")])
        section("Members (\(c.members.count))", peopleTable(c.members), empty: "no members")
        section("Contacts made by its members (\(c.contacts.count))", contactTable(c.contacts), empty: "no contact logged")
    }

    func print(_ p: Directory.PlaceRow) {
        heading("\(p.name) (\(p.id))")
        facts([("kind", p.kind), ("workplace", p.workplace), ("district", p.district), ("neighbourhood", p.neighbourhood)])
    }

    private func peopleTable(_ rows: [Directory.PersonRow]) -> TextTable {
        var table = TextTable(["id", "alias"] + (revealNames ? ["name"] : []) + ["shop", "shift", "affiliation", "assessment", "last-contact"])
        for r in rows {
            table.add([r.id, r.alias] + (revealNames ? [r.name ?? ""] : []) + [r.shop ?? "", r.shift ?? "", r.affiliation,
                "\(r.assessment)", r.lastContact ?? "never"])
        }
        return table
    }

    private func contactTable(_ rows: [Directory.ContactRow]) -> TextTable {
        var table = TextTable(["date", "by", "with", "channel", "place", "outcome", "assessment"] + (revealNames ? ["notes"] : []))
        for c in rows {
            table.add([c.date, "\(c.by) (\(c.byAlias))", "\(c.with) (\(c.withAlias))", c.channel, c.place ?? "", c.outcome,
                c.assessment.map(String.init) ?? ""] + (revealNames ? [c.notes ?? ""] : []))
        }
        return table
    }
}
