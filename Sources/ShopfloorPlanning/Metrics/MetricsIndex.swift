import ShopfloorModel

/// What the metrics need to know about a graph, gathered in one pass over people, cells and the contact log.
struct MetricsIndex {
    /// Counts of the people who work at one workplace.
    struct Workforce {
        var mapped = 0
        var members = 0
        var sympathizers = 0
        var contacts = AssessmentCounts()
        /// Members not organized in a workplace cell of this workplace.
        var membersOutsideCell = 0
        /// Shop × shift segments with a member, as `shop * shiftCount + shift`.
        var coveredSegments: Set<Int> = []
    }

    /// Members of a workplace's workplace cells, taken together, and the cells themselves.
    struct CellSeats {
        var members: Set<Person.ID> = []
        var cells: [Cell] = []
    }

    let today: Day
    private(set) var workforce: [Workplace.ID: Workforce] = [:]
    private(set) var seats: [Workplace.ID: CellSeats] = [:]
    private(set) var lastContactAt: [Workplace.ID: Day] = [:]
    private(set) var lastContactOfCell: [Cell.ID: Day] = [:]
    /// Party members in the graph, those who work somewhere, and those in their own workplace's cell.
    private(set) var members = 0
    private(set) var membersAtWorkplaces = 0
    private(set) var membersInOwnCell = 0

    /// Gathers the index.
    ///
    /// - Complexity: O(P + C·M + L) for P people, C cells of M members and L log entries.
    init(graph: OrganizingGraph, today: Day) {
        self.today = today
        for cell in graph.cells where cell.kind == .workplace {
            guard let w = cell.workplace else { continue }
            var entry = seats[w] ?? CellSeats()
            entry.members.formUnion(cell.members)
            entry.cells.append(cell)
            seats[w] = entry
        }
        var shopSlot: [Shop.ID: Int] = [:]
        var shiftSlot: [Shift.ID: Int] = [:]
        // Per workplace: whether it has shops, whether it has shifts, and how many shift slots a shop has.
        var layout: [Workplace.ID: (shops: Bool, shifts: Bool, slots: Int)] = [:]
        for workplace in graph.workplaces where layout[workplace.id] == nil {
            for (i, shop) in workplace.shops.enumerated() where shopSlot[shop.id] == nil { shopSlot[shop.id] = i }
            for (i, shift) in workplace.shifts.enumerated() where shiftSlot[shift.id] == nil { shiftSlot[shift.id] = i }
            layout[workplace.id] = (!workplace.shops.isEmpty, !workplace.shifts.isEmpty, max(1, workplace.shifts.count))
        }
        // People come in runs of one workplace: one hash lookup per run, the counts in place by workplace slot
        // (no dictionary of a million ids, no copy of a workplace's counts per person).
        var slotOf: [Workplace.ID: Int] = [:]
        var tally: [(id: Workplace.ID, counts: Workforce)] = []
        var last: (id: Workplace.ID, slot: Int?)?
        var memberCount = 0, atWorkplaces = 0, inOwnCell = 0
        // Read in place: a person taken out of the array is a copy of eleven strings.
        graph.people.withUnsafeBufferPointer { people in
            for i in people.indices {
                let member = people[i].isMember
                if member { memberCount += 1 }
                guard let w = people[i].workplace else { continue }
                if last?.id != w {
                    var slot = slotOf[w]
                    if slot == nil, layout[w] != nil {
                        slot = tally.count
                        slotOf[w] = tally.count
                        tally.append((w, Workforce()))
                    }
                    last = (w, slot)
                }
                guard let k = last?.slot, let grid = layout[w] else { continue }
                tally[k].counts.mapped += 1
                if people[i].affiliation == .sympathizer { tally[k].counts.sympathizers += 1 }
                if member {
                    atWorkplaces += 1
                    tally[k].counts.members += 1
                    if seats[w]?.members.contains(people[i].id) == true {
                        inOwnCell += 1
                    } else {
                        tally[k].counts.membersOutsideCell += 1
                    }
                    let shop = grid.shops ? people[i].shop.flatMap { shopSlot[$0] } : 0
                    let shift = grid.shifts ? people[i].shift.flatMap { shiftSlot[$0] } : 0
                    if let shop, let shift { tally[k].counts.coveredSegments.insert(shop * grid.slots + shift) }
                } else if !people[i].isDanger {
                    tally[k].counts.contacts.add(people[i].assessment)
                }
            }
        }
        members = memberCount
        membersAtWorkplaces = atWorkplaces
        membersInOwnCell = inOwnCell
        for (w, counts) in tally { workforce[w] = counts }
        // The workplace a person works at, when it is one of the graph's.
        func workplaceOf(_ id: Person.ID) -> Workplace.ID? {
            guard let i = graph.index(of: id), let w = graph.people[i].workplace, layout[w] != nil else { return nil }
            return w
        }
        var cellsOfMember: [Person.ID: [Cell.ID]] = [:]
        // A cell is active when a contact is logged by or with one of its members; a workplace cell also when
        // either party works at its workplace (as the workplace's row counts it), a street cell when the person
        // met works at one of its targets.
        var workplaceCellsAt: [Workplace.ID: [Cell.ID]] = [:]
        var streetCellsTargeting: [Workplace.ID: [Cell.ID]] = [:]
        for cell in graph.cells {
            for m in Set(cell.members) { cellsOfMember[m, default: []].append(cell.id) }
            if cell.kind == .workplace, let w = cell.workplace { workplaceCellsAt[w, default: []].append(cell.id) }
            if cell.kind == .street {
                for w in Set(cell.targets) { streetCellsTargeting[w, default: []].append(cell.id) }
            }
        }
        for contact in graph.contacts where contact.date <= today {
            var cells = (cellsOfMember[contact.by] ?? []) + (cellsOfMember[contact.with] ?? [])
            for person in [contact.by, contact.with] {
                guard let w = workplaceOf(person) else { continue }
                lastContactAt[w] = max(lastContactAt[w] ?? contact.date, contact.date)
                cells += workplaceCellsAt[w] ?? []
            }
            if let w = workplaceOf(contact.with) { cells += streetCellsTargeting[w] ?? [] }
            for cell in cells {
                lastContactOfCell[cell] = max(lastContactOfCell[cell] ?? contact.date, contact.date)
            }
        }
    }

    /// Days from a day to the report's day.
    func days(since day: Day?) -> Int? {
        day.map { today.daysSinceEpoch - $0.daysSinceEpoch }
    }

    /// The cell status of a workplace, by the model's one rule (``CellStatus/init(members:workplaceCells:)``).
    func cellStatus(of workplace: Workplace.ID) -> CellStatus {
        CellStatus(members: workforce[workplace]?.members ?? 0, workplaceCells: seats[workplace]?.cells ?? [])
    }

    /// Whether a workplace has any workplace cell, of whatever size.
    func hasWorkplaceCell(_ workplace: Workplace.ID) -> Bool { seats[workplace] != nil }

    /// The row of one workplace.
    func row(for workplace: Workplace) -> PenetrationRow {
        let counts = workforce[workplace.id] ?? Workforce()
        let status = cellStatus(of: workplace.id)
        var statuses = CellStatusCounts()
        statuses.add(status)
        var unions = UnionCounts()
        unions.add(workplace.union)
        let last = lastContactAt[workplace.id]
        var row = PenetrationRow(
            key: workplace.id.rawValue, workplaces: [workplace.id], headcount: workplace.headcount,
            uncoveredHeadcount: status.isCell ? 0 : workplace.headcount, mapped: counts.mapped,
            members: counts.members, sympathizers: counts.sympathizers, contacts: counts.contacts,
            cellStatus: status, cellStatuses: statuses, segmentsCovered: counts.coveredSegments.count,
            segments: max(1, workplace.shops.count) * max(1, workplace.shifts.count), membersPerTen: 0,
            oneInTenTarget: 0, meetsOneInTen: false, union: workplace.union?.name, unions: unions, lastContact: last,
            daysSinceLastContact: days(since: last))
        row.computeRatios(workers: max(workplace.headcount, counts.mapped))
        return row
    }
}

extension PenetrationRow {
    /// Sets members per ten and the one-in-ten target from a number of workers.
    mutating func computeRatios(workers: Int) {
        membersPerTen = workers == 0 ? 0 : (Double(members) * 1000 / Double(workers)).rounded() / 100
        oneInTenTarget = (workers + 9) / 10
        meetsOneInTen = oneInTenTarget > 0 && members >= oneInTenTarget
    }

    /// Folds another row into this one; single-workplace facts (status, union name) are dropped. The workplaces
    /// are appended: the caller sorts them once, when every row is folded in (sorting at each fold made the
    /// totals row of four thousand workplaces quadratic).
    mutating func merge(_ other: PenetrationRow, workers: Int, today: Day) {
        workplaces += other.workplaces
        headcount += other.headcount
        uncoveredHeadcount += other.uncoveredHeadcount
        mapped += other.mapped
        members += other.members
        sympathizers += other.sympathizers
        contacts = contacts + other.contacts
        cellStatus = nil
        cellStatuses = cellStatuses + other.cellStatuses
        segmentsCovered += other.segmentsCovered
        segments += other.segments
        union = nil
        unions = unions + other.unions
        if let day = other.lastContact { lastContact = max(lastContact ?? day, day) }
        daysSinceLastContact = lastContact.map { today.daysSinceEpoch - $0.daysSinceEpoch }
        computeRatios(workers: workers)
    }
}
