import ShopfloorModel

/// Everything that can go wrong while planning: ids that name nothing, empty groups, plans that make no sense.
///
/// Each case carries the id and a hint; ``description`` is written for the person at the keyboard.
public enum PlanningError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An id (of the given noun: person, cell, workplace) names nothing; `hint` is a "did you mean" sentence.
    case unknownID(noun: String, id: String, hint: String)
    /// A group resolves to nobody (an empty cell or an empty list).
    case emptyGroup(String)
    /// Everyone in the group is a suspected informer or on the management side: nobody is left to plan from.
    case onlyDangerousPeople(group: String, dropped: [String])
    /// The workplace already has a workplace cell: reaching in is done with `plan expand`.
    case workplaceHasCell(workplace: String, cell: String)
    /// The command needs a group and none was given or implied.
    case noGroup(workplace: String)
    /// A cell of the wrong kind for the command (e.g. `expand` on a street cell), with what to do instead.
    case wrongCellKind(cell: String, expected: String, hint: String)
    /// Nothing at all can be reached: no path from the group to any target.
    case noPath(workplace: String, reason: String)
    /// Paths exist, but every one passes (or ends at) a suspected informer or management person: the plan is
    /// still given, with nothing reached and the people it kept away from in its `avoided` list.
    case onlyDangerousRoutes(workplace: String, plan: Plan)
    /// A core plan's size outside 1...12 contacts.
    case sizeOutOfRange(ClosedRange<Int>)
    /// A negative number of alternative routes.
    case negativeAlternatives(Int)
    /// A limit on a path's steps below one.
    case maxStepsBelowOne(Int)

    public var description: String {
        switch self {
        case .unknownID(let noun, let id, let hint):
            return "no \(noun) with id '\(id)' (\(hint))"
        case .emptyGroup(let group):
            return "the group '\(group)' has nobody in it: give a cell with members or comma-separated person ids"
        case .onlyDangerousPeople(let group, let dropped):
            let list = dropped.map { "'\($0)'" }.joined(separator: ", ")
            return "nobody is left in the group '\(group)': \(list) \(dropped.count == 1 ? "is a" : "are") suspected "
                + "informer\(dropped.count == 1 ? "" : "s") or management, and planning never gives them a task; "
                + "give a group of trusted members (and run `shopfloor check` to see which cells they sit in)"
        case .workplaceHasCell(let workplace, let cell):
            return "workplace '\(workplace)' already has a workplace cell ('\(cell)'): "
                + "its next contacts are planned by expanding that cell"
        case .noGroup(let workplace):
            return "no street cell targets '\(workplace)': name the group to plan from (a cell or people)"
        case .wrongCellKind(let cell, let expected, let hint):
            return "cell '\(cell)' is not a \(expected) cell: \(hint)"
        case .noPath(let workplace, let reason):
            return "no path from the group into '\(workplace)': \(reason)"
        case .onlyDangerousRoutes(let workplace, let plan):
            let avoided = plan.avoided.count
            return "no safe path from the group into '\(workplace)': every route passes a suspected informer or "
                + "management person, and planning never routes through them; the plan lists the \(avoided) "
                + "\(avoided == 1 ? "person" : "people") it kept away from"
        case .sizeOutOfRange(let size):
            return "a core plan picks between 1 and 12 contacts, not \(size.lowerBound)...\(size.upperBound)"
        case .negativeAlternatives(let count):
            return "the number of alternative routes must be 0 or more, not \(count)"
        case .maxStepsBelowOne(let steps):
            return "a path needs at least 1 step, not \(steps)"
        }
    }
}

extension PlanningError {
    /// The error for an unknown id, with a "did you mean" hint drawn from `candidates`.
    static func unknown<S: Collection>(_ noun: String, _ id: String, among candidates: S) -> PlanningError
    where S.Element == String {
        .unknownID(noun: noun, id: id, hint: Suggestion.hint(for: id, among: candidates, noun: noun))
    }
}
