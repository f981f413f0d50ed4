/// What a map may show: identities stay hidden unless revealed on purpose.
public struct MapOptions: Sendable, Hashable {
    /// Show people's names instead of their aliases.
    public var revealNames: Bool
    /// Replace workplace and employer names with stable code names, for maps that travel.
    public var codeNames: Bool

    public init(revealNames: Bool = false, codeNames: Bool = false) {
        self.revealNames = revealNames
        self.codeNames = codeNames
    }
}
