import Collections
import ShopfloorModel
import ShopfloorText

/// One proposed change of a member's cell [res. 14]; applied later by the workspace, never here.
public struct AttachProposal: Hashable, Sendable, Codable {
    /// What to do with the member.
    public enum Action: String, Hashable, Sendable, Codable {
        /// Join the named workplace cell (one or two members at the workplace, or none at all).
        case attach
        /// Join the street cell of the member's neighbourhood.
        case joinStreetCell = "join-street-cell"
        /// Form a new street cell in the member's neighbourhood.
        case formStreetCell = "form-street-cell"
    }
    public var person: Person.ID
    public var action: Action
    /// The cell to join, if any.
    public var cell: Cell.ID?
    /// The neighbourhood of a street cell to join or form.
    public var neighbourhood: Place.ID?
    /// Why this cell, in plain words.
    public var reason: String
    /// Distance to the cell's workplace in km, when both locations are known.
    public var distanceKm: Double?
}

/// The answer of `plan attach`: proposed cell changes for isolated members.
public struct AttachPlan: Hashable, Sendable, Codable {
    /// Always `"attach"`.
    public var kind = "attach"
    /// Proposals by person id.
    public var proposals: [AttachProposal]
    /// Party members on the management side, left out of attachment (never proposed for a cell, never used
    /// to measure how near a cell is), by id; nil (absent in JSON) when there are none.
    public var dropped: [AvoidedPerson]?
}

extension Planning {
    /// Proposes cells for members who have none to be active in [res. 14]: members of workplaces with one or
    /// two members go to the nearest workplace cell (by coordinates when known, else same district, then
    /// fewest ties apart); members who work nowhere go to a workplace cell in their neighbourhood, else its
    /// street cell, else a new street cell. Members already in a fitting cell are left alone. Members on the
    /// management side are dropped: never proposed, not counted, not a measure of nearness.
    /// - Complexity: O(M · (C + P + T)) for M isolated members, C cells, P people and T ties.
    public static func attach(_ graph: OrganizingGraph) -> AttachPlan {
        let partyMembers = graph.people.filter(\.isMember).sorted { $0.id < $1.id }
        let members = partyMembers.filter { !$0.isDanger }
        let dropped = partyMembers.filter(\.isDanger).map { AvoidedPerson(person: $0.id, reason: $0.dangerReason) }
        var count: [Workplace.ID: Int] = [:]
        for m in members { if let w = m.workplace { count[w, default: 0] += 1 } }
        let workplaceCells = graph.cells.filter { $0.kind == .workplace && $0.workplace != nil }.sorted { $0.id < $1.id }
        let ties = TieHops(graph)
        var proposals: [AttachProposal] = []
        for m in members {
            let cells = graph.cells(of: m.id)
            if let w = m.workplace {
                guard let n = count[w], n <= 2 else { continue }
                let elsewhere = workplaceCells.filter { $0.workplace != w }
                if cells.contains(where: { c in elsewhere.contains { $0.id == c.id } }) { continue }
                guard let best = nearest(from: graph.workplace(w), member: m, cells: elsewhere, graph, ties) else { continue }
                proposals.append(AttachProposal(person: m.id, action: .attach, cell: best.cell.id,
                    reason: Text.plural("attach.reason.only", count: n, ["workplace": "\(w)", "how": "\(best.how)"]),
                    distanceKm: best.km.map { $0.rounded(to: 1) }))
                continue
            }
            guard cells.isEmpty else { continue }
            guard let home = m.home else {
                proposals.append(AttachProposal(person: m.id, action: .formStreetCell,
                    reason: Text.string("attach.reason.noHome")))
                continue
            }
            if let cell = workplaceCells.first(where: { c in c.workplace.flatMap { graph.workplace($0)?.neighbourhood } == home }) {
                proposals.append(AttachProposal(person: m.id, action: .attach, cell: cell.id,
                    neighbourhood: home, reason: Text.string("attach.reason.workplaceCellNearby")))
            } else if let street = graph.cells.filter({ $0.kind == .street && $0.neighbourhood == home })
                .min(by: { $0.id < $1.id }) {
                proposals.append(AttachProposal(person: m.id, action: .joinStreetCell, cell: street.id,
                    neighbourhood: home, reason: Text.string("attach.reason.streetCellNearby")))
            } else {
                proposals.append(AttachProposal(person: m.id, action: .formStreetCell, neighbourhood: home,
                    reason: Text.string("attach.reason.noCellNearby")))
            }
        }
        return AttachPlan(proposals: proposals, dropped: dropped.isEmpty ? nil : dropped)
    }

    /// The nearest cell: by km when both places are known, then same district, then tie hops, then id.
    static func nearest(
        from workplace: Workplace?, member: Person, cells: [Cell], _ graph: OrganizingGraph, _ ties: TieHops
    ) -> (cell: Cell, km: Double?, how: String)? {
        let hops = ties.distances(from: member.id)
        var best: (key: (Int, Double, String), cell: Cell, km: Double?, how: String)?
        for cell in cells {
            guard let other = cell.workplace.flatMap(graph.workplace) else { continue }
            let key: (Int, Double, String)
            var km: Double?
            let h = cell.members.filter { graph.person($0)?.isDanger != true }.compactMap { hops[$0] }.min()
            if let a = workplace?.location, let b = other.location {
                km = a.distance(to: b)
                key = (0, km ?? 0, cell.id.rawValue)
            } else if let d = workplace?.district, d == other.district {
                key = (1, Double(h ?? Int.max / 2), cell.id.rawValue)
            } else {
                key = (2, Double(h ?? Int.max / 2), cell.id.rawValue)
            }
            if best.map({ key < $0.key }) ?? true {
                let how: String = switch key.0 {
                case 0: Text.string("attach.how.distance")
                case 1: Text.string("attach.how.district") + (h.map { ", " + Text.plural("attach.how.ties", count: $0) } ?? "")
                default: h.map { Text.plural("attach.how.ties", count: $0) } ?? Text.string("attach.how.nothing")
                }
                best = (key, cell, km, how)
            }
        }
        return best.map { ($0.cell, $0.km, $0.how) }
    }
}

/// Unweighted hop distances over ties, for "graph distance" between a member and a cell.
struct TieHops {
    var adjacency: [Person.ID: [Person.ID]] = [:]

    init(_ graph: OrganizingGraph) {
        for tie in graph.ties {
            adjacency[tie.a, default: []].append(tie.b)
            adjacency[tie.b, default: []].append(tie.a)
        }
    }

    /// Breadth-first hops from a person to everyone tied to them.
    /// - Complexity: O(P + T).
    func distances(from start: Person.ID) -> [Person.ID: Int] {
        var distance: [Person.ID: Int] = [start: 0]
        var queue: Deque<Person.ID> = [start]
        while let p = queue.popFirst() {
            for q in adjacency[p] ?? [] where distance[q] == nil {
                distance[q] = (distance[p] ?? 0) + 1
                queue.append(q)
            }
        }
        return distance
    }
}

/// What applying an ``AttachPlan`` does to the cells: their new states, and what could not be applied.
public struct AttachApplication: Sendable, Hashable {
    /// The cells as they are after the proposals, each once, in the order they were first changed; new street
    /// cells are among them.
    public var cells: [Cell]
    /// The ids of the cells that did not exist before.
    public var newCells: Set<Cell.ID>
    /// The proposals applied, in the plan's order.
    public var applied: [AttachProposal]
    /// The proposals that cannot be applied as they stand (no cell and no neighbourhood to form one in, or a
    /// cell that no longer exists), with the reason.
    public var skipped: [Skipped]

    /// A proposal left out, and why.
    public struct Skipped: Sendable, Hashable, Codable {
        public var proposal: AttachProposal
        public var reason: String
    }
}

extension AttachPlan {
    /// The cells after every proposal is carried out: members join the named cell; members to form a street
    /// cell in the same neighbourhood form one together (id `street-<neighbourhood>`, made unique).
    ///
    /// Pure: the caller writes the cells (e.g. into a workspace, in one transaction).
    public func application(to graph: OrganizingGraph) -> AttachApplication {
        var changed: [Cell.ID: Cell] = [:]
        var order: [Cell.ID] = []
        var formed: [Place.ID: Cell.ID] = [:]
        var result = AttachApplication(cells: [], newCells: [], applied: [], skipped: [])
        func join(_ person: Person.ID, _ cell: Cell) {
            var cell = cell
            if !cell.members.contains(person) { cell.members.append(person) }
            if changed[cell.id] == nil { order.append(cell.id) }
            changed[cell.id] = cell
        }
        for proposal in proposals {
            let person = proposal.person
            switch proposal.action {
            case .attach, .joinStreetCell:
                guard let id = proposal.cell, let cell = changed[id] ?? graph.cell(id) else {
                    result.skipped.append(.init(proposal: proposal, reason: Text.string("attach.skip.noCell", ["cell": "\(proposal.cell?.rawValue ?? "")"])))
                    continue
                }
                join(person, cell)
            case .formStreetCell:
                guard let neighbourhood = proposal.neighbourhood else {
                    result.skipped.append(.init(proposal: proposal, reason: Text.string("attach.skip.noHome")))
                    continue
                }
                let id = formed[neighbourhood] ?? Self.freeCellID("street-\(neighbourhood.rawValue)", graph, taken: changed)
                formed[neighbourhood] = id
                if changed[id] == nil { result.newCells.insert(id) }
                let name = graph.place(neighbourhood).map { Text.string("attach.streetCellName", ["place": "\($0.name)"]) }
                join(person, changed[id] ?? Cell(id: id, kind: .street, name: name, neighbourhood: neighbourhood))
            }
            result.applied.append(proposal)
        }
        result.cells = order.compactMap { changed[$0] }
        return result
    }

    /// `base`, or `base-2`, `base-3`… : the first id no cell has.
    static func freeCellID(_ base: String, _ graph: OrganizingGraph, taken: [Cell.ID: Cell]) -> Cell.ID {
        var candidate = Cell.ID(base)
        var n = 1
        while graph.cell(candidate) != nil || taken[candidate] != nil {
            n += 1
            candidate = Cell.ID("\(base)-\(n)")
        }
        return candidate
    }
}
