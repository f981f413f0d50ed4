import ShopfloorModel
import ShopfloorText

extension Diagnosis {
    /// Looks for every sign of ``DiagnosisFinding/Kind`` and keeps those present.
    ///
    /// The signs the model's cell rules also find (cells without a committee, workplaces with members and no
    /// cell) are taken from ``OrganizingGraph/cellRuleFindings()``: one rule computes them, `check` and the report
    /// both present them.
    init(
        graph: OrganizingGraph, index: MetricsIndex, workplaceRows: [PenetrationRow],
        figures: OrganizationFigures, options: PenetrationReport.Options
    ) {
        var findings: [DiagnosisFinding] = []
        if let f = Self.largePlants(rows: workplaceRows, figures: figures, options: options) { findings.append(f) }
        if let f = Self.membersOutside(rows: workplaceRows, index: index, figures: figures) { findings.append(f) }
        let cells = Self.uniqueCells(graph)
        let rules = graph.cellRuleFindings()
        if let f = Self.staleCells(cells, graph: graph, index: index, options: options) { findings.append(f) }
        if let f = Self.withoutCommittee(cells, rules: rules, graph: graph) { findings.append(f) }
        if let f = Self.membersWithoutCell(rows: workplaceRows, rules: rules) { findings.append(f) }
        self.init(findings: findings)
    }

    static func uniqueCells(_ graph: OrganizingGraph) -> [Cell] {
        var seen = Set<Cell.ID>()
        return graph.cells.filter { seen.insert($0.id).inserted }
    }

    static func largePlants(
        rows: [PenetrationRow], figures: OrganizationFigures, options: PenetrationReport.Options
    ) -> DiagnosisFinding? {
        let threshold = options.largeThreshold
        let bare = rows.filter { $0.headcount >= threshold && $0.cellStatus?.isCell != true }.sorted { $0.precedes($1) }
        let small = rows.filter { $0.headcount < threshold && $0.cellStatus?.isCell == true }.sorted { $0.precedes($1) }
        guard !bare.isEmpty else { return nil }
        let inSmall = figures.cellsInSmallPlants
        let workers = figures.workersInLargePlants
        let contrast = inSmall.of == 0
            ? Text.string("diagnosis.large.noCellAnywhere")
            : Text.string("diagnosis.large.cellsInSmall", ["count": .integer(inSmall.count), "of": .integer(inSmall.of),
                "percent": "\(Text.current.decimal(written: Share.format(inSmall.percent)))"])
        let message = Text.string("diagnosis.large.message", ["bare": .integer(bare.count), "large": .integer(figures.largePlants),
            "threshold": .integer(threshold), "contrast": "\(contrast)", "percent": "\(Text.current.decimal(written: Share.format(workers.percent)))"])
        return DiagnosisFinding(
            kind: .largePlantsWithoutCells, severity: .warning, message: message,
            figures: [
                Figure("large-threshold", Text.string("diagnosis.figure.largeThreshold"), threshold),
                Figure("large-plants-without-cell", Text.string("diagnosis.figure.largeWithoutCell"), figures.largePlantsWithoutCell),
                Figure("cells-in-small-plants", Text.string("diagnosis.figure.cellsInSmall"), inSmall),
                Figure("workers-in-large-plants", Text.string("diagnosis.figure.workersInLarge"), workers),
            ],
            evidence: bare.map {
                Evidence(subject: .workplace, id: $0.key, note: Text.string("diagnosis.note.largeWithoutCell"), headcount: $0.headcount,
                    members: $0.members)
            } + small.map {
                Evidence(subject: .workplace, id: $0.key, note: Text.string("diagnosis.note.smallWithCell"), headcount: $0.headcount,
                    members: $0.members)
            })
    }

    static func membersOutside(
        rows: [PenetrationRow], index: MetricsIndex, figures: OrganizationFigures
    ) -> DiagnosisFinding? {
        let outside = figures.membersAtWorkplaces.count - figures.membersInWorkplaceCells.count
        guard outside > 0 else { return nil }
        let evidence = rows.compactMap { row -> Evidence? in
            guard let w = row.workplaces.first, let count = index.workforce[w]?.membersOutsideCell, count > 0 else {
                return nil
            }
            let note = Text.string(index.hasWorkplaceCell(w) ? "diagnosis.note.outsideItsCell" : "diagnosis.note.noWorkplaceCell")
            return Evidence(subject: .workplace, id: row.key, note: note, headcount: row.headcount,
                members: row.members, outsideCell: count)
        }.sorted { ($0.outsideCell ?? 0, $1.id) > ($1.outsideCell ?? 0, $0.id) }
        let at = figures.membersAtWorkplaces
        let organized = figures.membersInWorkplaceCells
        let message = Text.string(outside == 1 ? "diagnosis.outside.message.one" : "diagnosis.outside.message.other",
            ["at": "\(Text.current.decimal(written: Share.format(at.percent)))", "organized": "\(Text.current.decimal(written: Share.format(organized.percent)))", "count": .integer(outside)])
        return DiagnosisFinding(
            kind: .membersOutsideWorkplaceCells, severity: .warning, message: message,
            figures: [
                Figure("members", Text.string("diagnosis.figure.members"), figures.members),
                Figure("members-at-workplaces", Text.string("diagnosis.figure.membersAtWorkplaces"), at),
                Figure("members-in-workplace-cells", Text.string("diagnosis.figure.membersInCells"), organized),
                Figure("members-outside-cells", Text.string("diagnosis.figure.membersOutside"), Share(outside, of: at.count)),
            ],
            evidence: evidence)
    }

    static func staleCells(
        _ cells: [Cell], graph: OrganizingGraph, index: MetricsIndex, options: PenetrationReport.Options
    ) -> DiagnosisFinding? {
        let window = options.staleDays
        let stale = cells.compactMap { cell -> Evidence? in
            let days = index.days(since: index.lastContactOfCell[cell.id])
            if let days, days <= window { return nil }
            return Evidence(subject: .cell, id: cell.id.rawValue,
                note: days == nil ? Text.string("diagnosis.note.noContact", ["kind": "\(cell.kind.label)"])
                    : Text.string("diagnosis.note.noContactIn", ["kind": "\(cell.kind.label)", "days": .integer(window)]),
                headcount: cell.workplace.flatMap { graph.workplace($0)?.headcount },
                members: Set(cell.members).count, daysSinceLastContact: days)
        }.sorted { ($0.daysSinceLastContact ?? .max, $1.id) > ($1.daysSinceLastContact ?? .max, $0.id) }
        guard !stale.isEmpty else { return nil }
        let never = stale.filter { $0.daysSinceLastContact == nil }.count
        let message = Text.string("diagnosis.stale.message", ["count": .integer(stale.count), "of": .integer(cells.count), "days": .integer(window)])
            + (never > 0 ? Text.string("diagnosis.stale.never", ["count": .integer(never)]) : "")
        return DiagnosisFinding(
            kind: .staleCells, severity: .warning, message: message,
            figures: [
                Figure("stale-days", Text.string("diagnosis.figure.staleDays"), window),
                Figure("stale-cells", Text.string("diagnosis.figure.staleCells"), Share(stale.count, of: cells.count)),
                Figure("cells-never-contacted", Text.string("diagnosis.figure.neverContacted"), never),
            ],
            evidence: stale)
    }

    /// The cells the cell rule ``Finding/Rule/noCommittee`` names, out of the cells of three or more.
    static func withoutCommittee(_ cells: [Cell], rules: [Finding], graph: OrganizingGraph) -> DiagnosisFinding? {
        let full = cells.filter { CellStatus($0).isCell }
        let named = Set(rules.filter { $0.rule == .noCommittee }.compactMap(\.cell))
        let bare = full.filter { named.contains($0.id) }.map { (cell: Cell) -> Evidence in
            Evidence(subject: .cell, id: cell.id.rawValue, note: Text.string("diagnosis.note.noCommittee", ["kind": "\(cell.kind.label)"]),
                headcount: cell.workplace.flatMap { graph.workplace($0)?.headcount },
                members: Set(cell.members).count)
        }.sorted { ($0.members ?? 0, $1.id) > ($1.members ?? 0, $0.id) }
        guard !bare.isEmpty else { return nil }
        let message = Text.string("diagnosis.committee.message", ["count": .integer(bare.count), "of": .integer(full.count)])
        return DiagnosisFinding(
            kind: .cellsWithoutCommittee, severity: .warning, message: message,
            figures: [Figure("cells-without-committee", Text.string("diagnosis.figure.withoutCommittee"),
                Share(bare.count, of: full.count))],
            evidence: bare)
    }

    /// The workplaces the cell rules ``Finding/Rule/membersWithoutCell`` (three or more members, no cell) and
    /// ``Finding/Rule/unattachedMembers`` (one or two members attached to no workplace cell) name.
    static func membersWithoutCell(rows: [PenetrationRow], rules: [Finding]) -> DiagnosisFinding? {
        let named = Set(rules.filter { $0.rule == .membersWithoutCell || $0.rule == .unattachedMembers }
            .compactMap(\.workplace))
        let bare = rows.filter { row in row.workplaces.first.map(named.contains) ?? false }
            .sorted { ($0.members, $0.headcount, $1.key) > ($1.members, $1.headcount, $0.key) }
        guard !bare.isEmpty else { return nil }
        let members = bare.reduce(0) { $0 + $1.members }
        let ready = bare.filter { $0.members >= Cell.minimumMembers }.count
        let message = Text.plural("diagnosis.noCell.message", count: bare.count, ["members": .integer(members)])
            + Text.plural("diagnosis.noCell.ready", count: ready)
        return DiagnosisFinding(
            kind: .workplacesWithMembersWithoutCell, severity: .warning, message: message,
            figures: [
                Figure("workplaces", Text.string("diagnosis.figure.workplacesNoCell"), bare.count),
                Figure("members", Text.string("diagnosis.figure.membersInThem"), members),
                Figure("ready", Text.string("diagnosis.figure.ready"), ready),
            ],
            evidence: bare.map {
                Evidence(subject: .workplace, id: $0.key,
                    note: Text.string($0.members >= Cell.minimumMembers ? "diagnosis.note.organizeNow" : "diagnosis.note.attach"),
                    headcount: $0.headcount, members: $0.members)
            })
    }
}
