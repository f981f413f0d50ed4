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

    /// An interactive map (the workbench's): each person and workplace gets a tooltip (alias, shop, shift,
    /// affiliation, assessment, last contact) and a link to a fragment (`#person:ALIAS`, `#workplace:ID`) that
    /// the page opens on a click. Maps written to files keep plain labels (text nodes still get theirs as
    /// tooltip; no Graphviz id shows).
    public var links: Bool

    public init(revealNames: Bool = false, codeNames: Bool = false, aliasKey: AliasKey = .random(), links: Bool = false) {
        self.revealNames = revealNames
        self.codeNames = codeNames
        self.aliasKey = aliasKey
        self.links = links
    }
}
