import ShopfloorModel

/// What a map may show: identities stay hidden unless revealed on purpose.
public struct MapOptions: Sendable, Hashable {
    /// Show people's names instead of their aliases.
    public var revealNames: Bool
    /// Replace workplace and employer names with code names, for maps that travel.
    public var codeNames: Bool
    /// The key of the source's aliases and code names (random, for the run, unless given: the caller passes
    /// the source's own key so that maps, plans and exports agree).
    public var aliasKey: AliasKey

    public init(revealNames: Bool = false, codeNames: Bool = false, aliasKey: AliasKey = .random()) {
        self.revealNames = revealNames
        self.codeNames = codeNames
        self.aliasKey = aliasKey
    }
}
