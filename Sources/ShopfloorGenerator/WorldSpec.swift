/// What the world generator is asked for.
public struct WorldSpec: Sendable, Hashable {
    /// People in the map (workers and those who work nowhere).
    public var people: Int
    /// Workplaces.
    public var workplaces: Int
    /// The seed: the same seed and sizes always give the same world.
    public var seed: UInt64
    /// Ties drawn per person on average (each tie joins two people, so the mean degree is twice this).
    public var tiesPerPerson: Double

    public init(people: Int, workplaces: Int, seed: UInt64 = 1, tiesPerPerson: Double = 10) {
        self.people = people
        self.workplaces = workplaces
        self.seed = seed
        self.tiesPerPerson = tiesPerPerson
    }

    /// The most people a world may have.
    public static let peopleLimit = 50_000_000
    /// The accepted average number of ties drawn per person.
    public static let tiesPerPersonRange: ClosedRange<Double> = 0...50

    /// Why a spec cannot be generated, or nil when it can.
    public var problem: Problem? {
        if people < 1 { return .noPeople }
        if workplaces < 1 { return .noWorkplaces }
        if workplaces > people { return .moreWorkplacesThanPeople(workplaces: workplaces, people: people) }
        if people > Self.peopleLimit { return .tooManyPeople(people) }
        if !Self.tiesPerPersonRange.contains(tiesPerPerson) { return .tiesPerPersonOutOfRange(tiesPerPerson) }
        return nil
    }

    /// Why a spec cannot be generated.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// Fewer than one person.
        case noPeople
        /// Fewer than one workplace.
        case noWorkplaces
        /// More workplaces than people.
        case moreWorkplacesThanPeople(workplaces: Int, people: Int)
        /// More people than ``WorldSpec/peopleLimit``.
        case tooManyPeople(Int)
        /// Ties per person outside ``WorldSpec/tiesPerPersonRange``.
        case tiesPerPersonOutOfRange(Double)

        public var description: String {
            switch self {
            case .noPeople: "a world needs at least 1 person"
            case .noWorkplaces: "a world needs at least 1 workplace"
            case .moreWorkplacesThanPeople(let workplaces, let people):
                "a world of \(people) people cannot have \(workplaces) workplaces (at most one per person)"
            case .tooManyPeople(let people): "\(people) people is more than the limit of 50,000,000"
            case .tiesPerPersonOutOfRange(let ties): "\(ties) ties per person is outside 0...50"
            }
        }
    }
}
