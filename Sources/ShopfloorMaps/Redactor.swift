import ShopfloorModel
import ShopfloorText

/// Decides how people, workplaces and employers are named on a map.
///
/// By default a person appears as their alias (``PersonAliases``: a code of the keyed digest of their id,
/// never of their name), the same alias they have in the plans, calendars, findings and exports of the same
/// source. Notes and addresses are never used by any map. With ``MapOptions/codeNames`` workplaces and
/// employers get code names, drawn with the same key.
public struct Redactor: Sendable {
    public let options: MapOptions
    /// The aliases of the graph's people.
    public let aliases: PersonAliases
    private var workplaceCodes: [Workplace.ID: String] = [:]
    private var employerCodes: [String: String] = [:]

    /// Prepares the aliases and code names of a graph with the options' key.
    /// - Complexity: that of ``PersonAliases/init(graph:key:)``.
    public init(graph: OrganizingGraph, options: MapOptions) {
        self.options = options
        aliases = PersonAliases(graph: graph, key: options.aliasKey)
        var usedNames: Set<String> = []
        for id in graph.workplaces.map(\.id).sorted() {
            workplaceCodes[id] = Self.codeName(for: "w:" + id.rawValue, key: options.aliasKey, used: &usedNames)
        }
        let employers = Set(graph.workplaces.compactMap(\.employer)).sorted()
        for employer in employers {
            employerCodes[employer] = Self.codeName(for: "e:" + employer, key: options.aliasKey, used: &usedNames)
        }
    }

    /// How a person is labelled: their alias, or their name when revealed.
    public func label(_ person: Person) -> String {
        options.revealNames ? person.name : alias(person.id)
    }

    /// The alias of a person id (`K7QM`), or `?` for an id the graph lacks.
    public func alias(_ id: Person.ID) -> String { aliases.alias(id) }

    /// How a workplace is named: its name, or its code name (`Plant Juniper`).
    public func name(_ workplace: Workplace) -> String {
        guard options.codeNames else { return workplace.name }
        guard let code = workplaceCodes[workplace.id] else {
            preconditionFailure("a map names only the workplaces of the graph its Redactor was made for")
        }
        return Self.kindWord(workplace.kind) + " " + code
    }

    /// How an employer is named: as written, or its code name (`Co. Heron`).
    public func employer(_ name: String) -> String {
        guard options.codeNames else { return name }
        guard let code = employerCodes[name] else {
            preconditionFailure("a map names only the employers of the graph its Redactor was made for")
        }
        return Text.string("codename.employer", ["code": "\(code)"])
    }

    private static func kindWord(_ kind: Workplace.Kind) -> String {
        switch kind {
        case .factory: Text.string("codename.factory")
        case .office: Text.string("codename.office")
        case .store: Text.string("codename.store")
        case .site: Text.string("codename.site")
        case .depot: Text.string("codename.depot")
        case .mine: Text.string("codename.mine")
        case .ship: Text.string("codename.ship")
        case .farm: Text.string("codename.farm")
        case .other: Text.string("codename.other")
        }
    }

    private static func codeName(for text: String, key: AliasKey, used: inout Set<String>) -> String {
        let digest = key.digest(text)
        let base = codeWords[Int(digest % UInt64(codeWords.count))]
        var name = base
        var n = 2
        while !used.insert(name).inserted {
            name = "\(base) \(n)"
            n += 1
        }
        return name
    }

    private static let codeWords = [
        "Acacia", "Alder", "Amber", "Anchor", "Aspen", "Basalt", "Beacon", "Birch", "Bramble", "Cedar",
        "Cobalt", "Comet", "Coral", "Cypress", "Delta", "Ember", "Falcon", "Fern", "Flint", "Garnet",
        "Granite", "Harbor", "Hazel", "Heron", "Indigo", "Iris", "Jade", "Juniper", "Kestrel", "Lantern",
        "Larch", "Linden", "Lotus", "Magnet", "Maple", "Marble", "Meadow", "Mistral", "Nettle", "Nova",
        "Oak", "Onyx", "Orchid", "Osprey", "Pebble", "Pine", "Plover", "Poplar", "Quartz", "Raven",
        "Reed", "Rowan", "Saffron", "Sable", "Sequoia", "Sparrow", "Spruce", "Swift", "Thistle", "Tundra",
        "Umber", "Vega", "Willow", "Zephyr",
    ]
}
