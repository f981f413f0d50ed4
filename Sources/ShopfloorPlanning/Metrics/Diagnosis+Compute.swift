import ShopfloorModel

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
            ? "and there is no cell of three or more anywhere"
            : "while \(inSmall.count) of \(inSmall.of) cells (\(Share.format(inSmall.percent))%) sit in small plants"
        let message = "\(bare.count) of \(figures.largePlants) large plants (\(threshold) workers or more) have no cell, "
            + "\(contrast); large plants hold \(Share.format(workers.percent))% of the workers"
        return DiagnosisFinding(
            kind: .largePlantsWithoutCells, severity: .warning, message: message,
            figures: [
                Figure("large-threshold", "a large plant has at least this many workers", threshold),
                Figure("large-plants-without-cell", "large plants without a cell", figures.largePlantsWithoutCell),
                Figure("cells-in-small-plants", "cells in small plants", inSmall),
                Figure("workers-in-large-plants", "workers in large plants", workers),
            ],
            evidence: bare.map {
                Evidence(subject: .workplace, id: $0.key, note: "large plant without a cell", headcount: $0.headcount,
                    members: $0.members)
            } + small.map {
                Evidence(subject: .workplace, id: $0.key, note: "small plant with a cell", headcount: $0.headcount,
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
            let note = index.hasWorkplaceCell(w) ? "members outside its cell" : "members, no workplace cell"
            return Evidence(subject: .workplace, id: row.key, note: note, headcount: row.headcount,
                members: row.members, outsideCell: count)
        }.sorted { ($0.outsideCell ?? 0, $1.id) > ($1.outsideCell ?? 0, $0.id) }
        let at = figures.membersAtWorkplaces
        let organized = figures.membersInWorkplaceCells
        let message = "\(Share.format(at.percent))% of members work in a workplace, "
            + "\(Share.format(organized.percent))% are organized in their workplace's cell: "
            + "\(outside) member\(outside == 1 ? "" : "s") work where they are not in the cell "
            + "(the 1930 circular: 57% industrial workers, 14% in factory cells)"
        return DiagnosisFinding(
            kind: .membersOutsideWorkplaceCells, severity: .warning, message: message,
            figures: [
                Figure("members", "party members", figures.members),
                Figure("members-at-workplaces", "members who work in a workplace", at),
                Figure("members-in-workplace-cells", "members organized in their workplace's cell", organized),
                Figure("members-outside-cells", "members at a workplace but not in its cell", Share(outside, of: at.count)),
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
                note: days == nil ? "\(cell.kind.rawValue) cell, no contact logged" : "\(cell.kind.rawValue) cell, no contact in \(window) days",
                headcount: cell.workplace.flatMap { graph.workplace($0)?.headcount },
                members: Set(cell.members).count, daysSinceLastContact: days)
        }.sorted { ($0.daysSinceLastContact ?? .max, $1.id) > ($1.daysSinceLastContact ?? .max, $0.id) }
        guard !stale.isEmpty else { return nil }
        let never = stale.filter { $0.daysSinceLastContact == nil }.count
        let message = "\(stale.count) of \(cells.count) cells have no contact logged in the last \(window) days"
            + (never > 0 ? " (\(never) never logged one)" : "")
        return DiagnosisFinding(
            kind: .staleCells, severity: .warning, message: message,
            figures: [
                Figure("stale-days", "days without a logged contact that make a cell stale", window),
                Figure("stale-cells", "cells with no recent contact", Share(stale.count, of: cells.count)),
                Figure("cells-never-contacted", "cells with no contact ever logged", never),
            ],
            evidence: stale)
    }

    /// The cells the cell rule ``Finding/Rule/noCommittee`` names, out of the cells of three or more.
    static func withoutCommittee(_ cells: [Cell], rules: [Finding], graph: OrganizingGraph) -> DiagnosisFinding? {
        let full = cells.filter { CellStatus($0).isCell }
        let named = Set(rules.filter { $0.rule == .noCommittee }.compactMap(\.cell))
        let bare = full.filter { named.contains($0.id) }.map { (cell: Cell) -> Evidence in
            Evidence(subject: .cell, id: cell.id.rawValue, note: "\(cell.kind.rawValue) cell without a committee",
                headcount: cell.workplace.flatMap { graph.workplace($0)?.headcount },
                members: Set(cell.members).count)
        }.sorted { ($0.members ?? 0, $1.id) > ($1.members ?? 0, $0.id) }
        guard !bare.isEmpty else { return nil }
        let message = "\(bare.count) of \(full.count) cells of three or more members have not elected a committee "
            + "of three to five"
        return DiagnosisFinding(
            kind: .cellsWithoutCommittee, severity: .warning, message: message,
            figures: [Figure("cells-without-committee", "cells of three or more without a committee",
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
        let message = "\(bare.count) workplace\(bare.count == 1 ? " has" : "s have") members (\(members) in all) "
            + "and no workplace cell; \(ready) of them \(ready == 1 ? "has" : "have") three or more members to organize at once"
        return DiagnosisFinding(
            kind: .workplacesWithMembersWithoutCell, severity: .warning, message: message,
            figures: [
                Figure("workplaces", "workplaces with members but no cell", bare.count),
                Figure("members", "members in them", members),
                Figure("ready", "of them with three or more members", ready),
            ],
            evidence: bare.map {
                Evidence(subject: .workplace, id: $0.key,
                    note: $0.members >= Cell.minimumMembers ? "organize a cell at once" : "attach to the nearest cell",
                    headcount: $0.headcount, members: $0.members)
            })
    }
}
