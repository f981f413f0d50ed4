/// What a map may show: identities stay hidden unless revealed on purpose.
public struct MapOptions: Sendable, Hashable {
    /// Show people's names instead of their aliases.
    public var revealNames: Bool
    /// Replace workplace and employer names with stable code names, for maps that travel.
    public var codeNames: Bool

    /// Link each person and workplace to a fragment (`#person:ALIAS`, `#workplace:ID`) for a page that opens
    /// them on a click (the workbench); maps written to files carry no links.
    public var links: Bool

    public init(revealNames: Bool = false, codeNames: Bool = false, links: Bool = false) {
        self.revealNames = revealNames
        self.codeNames = codeNames
        self.links = links
    }
}
