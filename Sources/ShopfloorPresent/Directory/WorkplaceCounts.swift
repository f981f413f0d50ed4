import ShopfloorModel

/// The counts of every workplace's list row, made in one pass over the people and the cells (not one pass per
/// workplace): dense arrays by position in `graph.workplaces`.
struct WorkplaceCounts: Sendable {
    /// People mapped at each workplace.
    var mapped: [Int]
    /// Members among them.
    var members: [Int]
    /// The cells of or reaching each workplace (positions in `graph.cells`, in file order).
    var cells: [[Int]]

    /// Counts a graph: O(people + cells + targets).
    init(_ graph: OrganizingGraph) {
        let count = graph.workplaces.count
        mapped = Array(repeating: 0, count: count)
        members = Array(repeating: 0, count: count)
        cells = Array(repeating: [], count: count)
        for person in graph.people {
            guard let id = person.workplace, let i = graph.index(of: id) else { continue }
            mapped[i] += 1
            if person.isMember { members[i] += 1 }
        }
        for (c, cell) in graph.cells.enumerated() {
            var reached = Set<Int>()
            for id in cell.reachedWorkplaces {
                if let i = graph.index(of: id), reached.insert(i).inserted { cells[i].append(c) }
            }
        }
    }
}
