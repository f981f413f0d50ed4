import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// Writes plans as plain, aligned text.
struct PlanPrinter {
    let graph: OrganizingGraph
    let options: PlanCommonOptions
    /// The aliases people are shown by.
    let aliases: PersonAliases

    /// How a person is shown: their alias, or with --reveal-names their name and id.
    func label(_ id: Person.ID) -> String { options.label(id, in: graph, aliases: aliases) }

    /// How a step's end or a path's target is shown: a person as ``label(_:)-1gk3d``, a segment as `SHOP@SHIFT`.
    func label(_ endpoint: PlanEndpoint) -> String { endpoint.person.map(label) ?? endpoint.description }

    /// `a —tie→ b —pub at yildiz-cay→ c`.
    func route(_ steps: [PlanStep]) -> String {
        guard let first = steps.first else { return "" }
        var text = label(first.from)
        for step in steps {
            let at = step.place.map { Text.string("plan.route.at", ["place": "\($0)"]) } ?? ""
            text += " —\(step.channel.label)\(at)→ \(label(step.to))"
        }
        return text
    }

    /// The first time window of a route, if any step has one.
    func when(_ steps: [PlanStep]) -> String { steps.compactMap(\.window).first ?? "" }

    func percent(_ risk: Double) -> String {
        let p = (risk * 1000).rounded() / 10
        return Text.string("plan.percent", ["value": "\(Text.current.decimal(written: p == p.rounded() ? "\(Int(p))" : "\(p)"))"])
    }

    func number(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        var s = "\(r)"
        if let dot = s.firstIndex(of: "."), s[s.index(after: dot)...].count == 1 { s += "0" }
        return Text.current.decimal(written: s)
    }

    func group(_ g: PlanGroup) -> String {
        let people = g.people.map { label($0) }.joined(separator: ", ")
        return g.cell.map { Text.string("plan.group.cell", ["cell": "\($0)", "people": "\(people)"]) } ?? people
    }

    /// The group's suspected informers and management people, dropped from it: printed first, in red.
    func dropped(_ list: [AvoidedPerson]) {
        guard !list.isEmpty else { return }
        Terminal.printWrapped(Text.string("plan.dropped", ["count": .integer(list.count)]), style: .red)
        var t = TextTable([Text.string("plan.column.person"), Text.string("plan.column.why")])
        for a in list { t.add([label(a.person), a.reason]) }
        Terminal.print(t.render(indent: "  ", width: Terminal.width))
        Terminal.printWrapped(Text.string("plan.dropped.hint"), indent: "  ")
    }

    /// Under a table of targets: what each approach stage shown means (the seed's order).
    func stages(_ shown: [Int]) {
        let stages = Set(shown).sorted()
        guard !stages.isEmpty else { return }
        Terminal.printWrapped(Text.string("plan.stages", ["stages": "\(stages.map { "\($0) \(ApproachStage.label($0))" }.joined(separator: " · "))"]), indent: "  ")
    }

    /// One contact's one-line reason: `  p-0143: covers …; ties to 23 coworkers; 2 steps from the cell`.
    func reason(_ contact: PlanContact) {
        let flagged = contact.exposed?.isEmpty == false
        Terminal.printWrapped("\(label(contact.target)): \(contact.reason ?? "")", indent: "  ", style: flagged ? .red : nil)
    }

    /// Who is listening on a route: `tied to a suspected informer: approach with care` for the target, `passes
    /// p-0142, tied to …` for a person on the way; empty when nobody is.
    func exposure(_ exposed: [ExposedPerson]?, target: PlanEndpoint) -> String {
        (exposed ?? []).map { flag in
            flag.person == target.person ? flag.note
                : Text.string("plan.passes", ["person": "\(label(flag.person))", "note": "\(flag.note)"])
        }.joined(separator: "; ")
    }

    /// How many people of the target plant the "kept away" list names before it summarises the rest.
    static let keptAwayShown = 5

    /// The people the plan kept away from: only those of the target plant by id (the first ``keptAwayShown``),
    /// the rest counted by reason, and those elsewhere in one line; `--json` has every one.
    func avoided(_ list: [AvoidedPerson], into workplace: Workplace.ID?) {
        guard !list.isEmpty else { return }
        let here = list.filter { a in workplace.map { graph.person(a.person)?.workplace == $0 } ?? true }
        let elsewhere = list.count - here.count
        Terminal.print()
        let heading = workplace.map { Text.string("plan.keptAway.in", ["count": .integer(here.count), "workplace": "\($0)"]) }
            ?? Text.string("plan.keptAway", ["count": .integer(list.count)])
        Terminal.printWrapped(heading, style: .bold)
        if !here.isEmpty {
            var t = TextTable([Text.string("plan.column.person"), Text.string("plan.column.why")])
            for a in here.prefix(Self.keptAwayShown) { t.add([label(a.person), a.reason]) }
            Terminal.print(t.render(indent: "  ", width: Terminal.width))
        }
        let rest = here.dropFirst(Self.keptAwayShown)
        if !rest.isEmpty {
            let reasons = Dictionary(grouping: rest, by: \.reason).map { ($0.key, $0.value.count) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            Terminal.printWrapped(Text.string("plan.keptAway.more", ["count": .integer(rest.count),
                "reasons": "\(reasons.map { "\($0.1) \($0.0)" }.joined(separator: "; "))"]), indent: "  ")
        }
        if elsewhere > 0, let workplace {
            Terminal.printWrapped(Text.plural("plan.keptAway.elsewhere", count: elsewhere, ["workplace": "\(workplace)"]), indent: "  ")
        }
        Terminal.printWrapped(Text.string("plan.keptAway.json"), indent: "  ")
    }

    /// The one-line explanations of a plan table's columns, printed under it: each column's header as the
    /// table shows it, then what its numbers mean.
    func legend(_ columns: [(header: String, meaning: String)]) {
        Terminal.print()
        for column in columns {
            Terminal.print(Terminal.styled(TextTable.wrapped("\(column.header): " + Text.string(column.meaning),
                width: Terminal.width, indent: "  "), .dim))
        }
    }
}
