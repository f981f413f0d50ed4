import Dispatch
import ShopfloorModel

/// One workplace's ``WorkplaceInfluence`` measured on another thread while the caller does other work (a core
/// plan builds its ``PlanningIndex`` meanwhile): both are read-only passes over the same graph.
///
/// The result is written by the job alone and read only after ``wait()`` has seen the job finish.
final class InfluenceJob: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the job alone; read only after `group` has been waited for.
    private var result: WorkplaceInfluence?
    private let graph: OrganizingGraph
    private let workplace: Workplace.ID

    /// Starts measuring `workplace`'s influence in `graph` on another thread.
    init(graph: OrganizingGraph, workplace: Workplace.ID) {
        self.graph = graph
        self.workplace = workplace
        DispatchQueue.global().async(group: group) { [self] in
            result = WorkplaceInfluence(graph: graph, workplaces: [workplace])
        }
    }

    /// The influence, once the job has finished.
    func wait() -> WorkplaceInfluence {
        group.wait()
        return result ?? WorkplaceInfluence(graph: graph, workplaces: [workplace])
    }
}
