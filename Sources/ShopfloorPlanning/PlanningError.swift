import ShopfloorModel
import ShopfloorText

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
            return Text.string("planning.unknownID", ["noun": "\(Suggestion.noun(noun))", "id": "\(id)", "hint": "\(hint)"])
        case .emptyGroup(let group):
            return Text.string("planning.emptyGroup", ["group": "\(group)"])
        case .onlyDangerousPeople(let group, let dropped):
            let list = dropped.map { "'\($0)'" }.joined(separator: ", ")
            return Text.plural("planning.onlyDangerousPeople", count: dropped.count, ["group": "\(group)", "list": "\(list)"])
        case .workplaceHasCell(let workplace, let cell):
            return Text.string("planning.workplaceHasCell", ["workplace": "\(workplace)", "cell": "\(cell)"])
        case .noGroup(let workplace):
            return Text.string("planning.noGroup", ["workplace": "\(workplace)"])
        case .wrongCellKind(let cell, let expected, let hint):
            return Text.string("planning.wrongCellKind", ["cell": "\(cell)", "kind": "\(Cell.Kind(rawValue: expected)?.label ?? expected)", "hint": "\(hint)"])
        case .noPath(let workplace, let reason):
            return Text.string("planning.noPath", ["workplace": "\(workplace)", "reason": "\(reason)"])
        case .onlyDangerousRoutes(let workplace, let plan):
            let avoided = plan.avoided.count
            return Text.plural("planning.onlyDangerousRoutes", count: avoided, ["workplace": "\(workplace)"])
        case .sizeOutOfRange(let size):
            return Text.string("planning.sizeOutOfRange", ["size": "\(size.lowerBound)...\(size.upperBound)"])
        case .negativeAlternatives(let count):
            return Text.string("planning.negativeAlternatives", ["count": "\(count)"])
        case .maxStepsBelowOne(let steps):
            return Text.string("planning.maxStepsBelowOne", ["steps": "\(steps)"])
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
