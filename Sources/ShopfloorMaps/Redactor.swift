import ShopfloorModel

/// Decides how people, workplaces and employers are named on a map.
///
/// By default a person appears as a stable alias: a four-letter code derived from their id (never from
/// their name), so the same person has the same alias on every map of the same graph. Notes and addresses
/// are never used by any map. With ``MapOptions/codeNames`` workplaces and employers get code names.
public struct Redactor: Sendable {
    public let options: MapOptions
    private var aliases: [Person.ID: String] = [:]
    private var workplaceCodes: [Workplace.ID: String] = [:]
    private var employerCodes: [String: String] = [:]

    /// Precomputes every alias and code name of a graph (collisions are resolved in id order).
    public init(graph: OrganizingGraph, options: MapOptions) {
        self.options = options
        var taken: Set<String> = []
        for id in graph.people.map(\.id).sorted() {
            let digest = StableHash.of(id.rawValue)
            var length = 4
            var alias = StableHash.code(digest, length: length)
            while !taken.insert(alias).inserted {
                length += 1
                alias = StableHash.code(digest, length: length)
            }
            aliases[id] = alias
        }
        var usedNames: Set<String> = []
        for id in graph.workplaces.map(\.id).sorted() {
            workplaceCodes[id] = Self.codeName(for: "w:" + id.rawValue, used: &usedNames)
        }
        let employers = Set(graph.workplaces.compactMap(\.employer)).sorted()
        for employer in employers {
            employerCodes[employer] = "Co. " + Self.codeName(for: "e:" + employer, used: &usedNames)
        }
    }

    /// How a person is labelled: their alias, or their name when revealed.
    public func label(_ person: Person) -> String {
        options.revealNames ? person.name : alias(person.id)
    }

    /// The stable alias of a person id (`K7QM`).
    public func alias(_ id: Person.ID) -> String { aliases[id] ?? "?" }

    /// How a workplace is named: its name, or its code name (`Plant Juniper`).
    public func name(_ workplace: Workplace) -> String {
        guard options.codeNames else { return workplace.name }
        return Self.kindWord(workplace.kind) + " " + (workplaceCodes[workplace.id] ?? "?")
    }

    /// How an employer is named: as written, or its code name (`Co. Heron`).
    public func employer(_ name: String) -> String {
        options.codeNames ? employerCodes[name] ?? "Co. ?" : name
    }

    private static func kindWord(_ kind: Workplace.Kind) -> String {
        switch kind {
        case .factory: "Plant"
        case .office: "Office"
        case .store: "Store"
        case .site: "Site"
        case .depot: "Depot"
        case .mine: "Mine"
        case .ship: "Ship"
        case .farm: "Farm"
        case .other: "Workplace"
        }
    }

    private static func codeName(for key: String, used: inout Set<String>) -> String {
        let digest = StableHash.of(key)
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

/// FNV-1a, for aliases and code names that must not change between runs or machines (Swift's `Hasher`
/// is seeded per process).
enum StableHash {
    /// The 64-bit FNV-1a digest of a string's UTF-8 bytes.
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A code of `length` letters and digits without look-alikes (no 0/O, 1/I/L).
    static func code(_ digest: UInt64, length: Int) -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var value = digest
        var out = ""
        for _ in 0..<length {
            out.append(alphabet[Int(value % UInt64(alphabet.count))])
            value /= UInt64(alphabet.count)
            if value == 0 { value = digest &* 0x9E37_79B9_7F4A_7C15 }
        }
        return out
    }
}
