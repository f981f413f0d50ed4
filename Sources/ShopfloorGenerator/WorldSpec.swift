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

    /// Why a spec cannot be generated, or nil when it can.
    public var problem: String? {
        if people < 1 { return "--people must be at least 1" }
        if workplaces < 1 { return "--workplaces must be at least 1" }
        if workplaces > people { return "--workplaces (\(workplaces)) cannot exceed --people (\(people))" }
        if people > 50_000_000 { return "--people is limited to 50,000,000" }
        if !(0...50).contains(tiesPerPerson) { return "ties per person must be within 0...50" }
        return nil
    }
}
