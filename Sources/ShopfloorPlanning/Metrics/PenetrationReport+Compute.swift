import Collections
import ShopfloorModel
import ShopfloorText

extension PenetrationReport {
    /// Computes the report of a graph: the rows, the totals, the organization-wide figures and the diagnosis.
    ///
    /// Each workplace is counted once (the first of a repeated id). Rows are sorted by
    /// ``PenetrationRow/precedes(_:)``, so the largest plants without a cell come first.
    ///
    /// - Complexity: O(P + C·M + L + W log W) for P people, C cells of M members, L log entries and W workplaces.
    public init(graph: OrganizingGraph, options: Options) {
        let index = MetricsIndex(graph: graph, today: options.today)
        var seen = Set<Workplace.ID>()
        let workplaces = graph.workplaces.filter { seen.insert($0.id).inserted }
        let workplaceRows = workplaces.map { index.row(for: $0) }

        var groups: OrderedDictionary<String, (row: PenetrationRow, workers: Int)> = [:]
        var totals = PenetrationRow.empty(key: "total")
        var allWorkers = 0
        for (workplace, row) in zip(workplaces, workplaceRows) {
            let workers = max(workplace.headcount, row.mapped)
            let key = Self.key(of: workplace, by: options.grouping)
            if let i = groups.index(forKey: key) {
                // In place: a copy of the group's row would copy its list of workplaces at each fold.
                groups.values[i].workers += workers
                groups.values[i].row.merge(row, workers: groups.values[i].workers, today: options.today)
            } else {
                var first = row
                first.key = key
                groups[key] = (first, workers)
            }
            allWorkers += workers
            totals.merge(row, workers: allWorkers, today: options.today)
        }
        totals.computeRatios(workers: allWorkers)
        totals.workplaces.sort()
        for i in groups.values.indices { groups.values[i].row.workplaces.sort() }

        let figures = Self.organizationFigures(graph: graph, index: index, rows: workplaceRows, options: options)
        self.init(
            graph: graph.name, options: options, rows: groups.values.map(\.row).sorted { $0.precedes($1) },
            totals: totals, organization: figures,
            diagnosis: Diagnosis(graph: graph, index: index, workplaceRows: workplaceRows, figures: figures,
                options: options))
    }

    /// The group a workplace falls in; missing employers, sectors and districts get a group of their own.
    static func key(of workplace: Workplace, by grouping: Grouping) -> String {
        func named(_ text: String?, _ missing: String) -> String {
            let trimmed = (text ?? "").trimmingSpaces()
            return trimmed.isEmpty ? missing : trimmed
        }
        switch grouping {
        case .workplace: return workplace.id.rawValue
        case .employer: return named(workplace.employer, Text.string("penetration.noEmployer"))
        case .sector: return named(workplace.sector, Text.string("penetration.noSector"))
        case .district: return named(workplace.district, Text.string("penetration.noDistrict"))
        }
    }

    static func organizationFigures(
        graph: OrganizingGraph, index: MetricsIndex, rows: [PenetrationRow], options: Options
    ) -> OrganizationFigures {
        let large = rows.filter { $0.headcount >= options.largeThreshold }
        let withCell = rows.filter { $0.cellStatus?.isCell == true }
        let headcount = rows.reduce(0) { $0 + $1.headcount }
        return OrganizationFigures(
            workplaces: rows.count, largePlants: large.count, headcount: headcount,
            workersInLargePlants: Share(large.reduce(0) { $0 + $1.headcount }, of: headcount),
            workplacesWithCell: Share(withCell.count, of: rows.count),
            cellsInSmallPlants: Share(withCell.filter { $0.headcount < options.largeThreshold }.count,
                of: withCell.count),
            largePlantsWithoutCell: Share(large.filter { $0.cellStatus?.isCell != true }.count, of: large.count),
            members: index.members,
            membersAtWorkplaces: Share(index.membersAtWorkplaces, of: index.members),
            membersInWorkplaceCells: Share(index.membersInOwnCell, of: index.members),
            workplaceCells: graph.cells.filter { $0.kind == .workplace }.count,
            streetCells: graph.cells.filter { $0.kind == .street }.count)
    }
}

extension PenetrationRow {
    /// A row with nothing in it.
    static func empty(key: String) -> PenetrationRow {
        PenetrationRow(
            key: key, workplaces: [], headcount: 0, uncoveredHeadcount: 0, mapped: 0, members: 0,
            sympathizers: 0, contacts: AssessmentCounts(), cellStatus: nil, cellStatuses: CellStatusCounts(),
            segmentsCovered: 0, segments: 0, membersPerTen: 0, oneInTenTarget: 0, meetsOneInTen: false, union: nil,
            unions: UnionCounts(), lastContact: nil, daysSinceLastContact: nil)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let c = slice.first, c.isWhitespace { slice.removeFirst() }
        while let c = slice.last, c.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
