import ShopfloorModel
import ShopfloorText

/// Decides how people, workplaces and employers are named on a map.
///
/// By default a person appears as a stable alias: a four-letter code derived from their id (never from
/// their name), so the same person has the same alias on every map of the same graph. Notes and addresses
/// are never used by any map. With ``MapOptions/codeNames`` workplaces and employers get code names.
public struct Redactor: Sendable {
    public let options: MapOptions
    private let graph: OrganizingGraph
    /// Every person as `first four code digits << 32 | position`, sorted by those digits and then by id:
    /// the people whose four-letter codes collide sit side by side, in the order that settles who keeps it.
    private let byCode: [UInt64]
    private var workplaceCodes: [Workplace.ID: String] = [:]
    private var employerCodes: [String: String] = [:]

    /// Prepares the aliases and code names of a graph.
    ///
    /// A person's alias is the first four letters of the code of their id's digest. When several people share
    /// those four letters, they are taken in id order and each takes as many more letters as it needs to be
    /// unique (codes are prefixes of one another, so only people with the same four letters can ever clash).
    /// Only those clashes are sorted by id, so a national map (a million people) prepares in a fraction of a
    /// second; an alias is resolved when it is asked for.
    /// - Complexity: O(people log people) on integers, plus O(k log k) string comparisons for the k people whose
    ///   four-letter codes collide.
    public init(graph: OrganizingGraph, options: MapOptions) {
        self.options = options
        self.graph = graph
        var keys = [UInt64](repeating: 0, count: graph.people.count)
        for (i, person) in graph.people.enumerated() {
            keys[i] = UInt64(StableHash.prefixKey(StableHash.of(person.id.rawValue))) << 32 | UInt64(i)
        }
        keys.sort()
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] >> 32 == keys[start] >> 32 { end += 1 }
            if end - start > 1 {
                let people = graph.people
                keys[start..<end].sort { people[Int($0 & 0xFFFF_FFFF)].id < people[Int($1 & 0xFFFF_FFFF)].id }
            }
            start = end
        }
        byCode = keys
        var usedNames: Set<String> = []
        for id in graph.workplaces.map(\.id).sorted() {
            workplaceCodes[id] = Self.codeName(for: "w:" + id.rawValue, used: &usedNames)
        }
        let employers = Set(graph.workplaces.compactMap(\.employer)).sorted()
        for employer in employers {
            employerCodes[employer] = Self.codeName(for: "e:" + employer, used: &usedNames)
        }
    }

    /// The aliases of people whose codes share their first four letters, given their digests in id order: the
    /// first keeps four letters, each next one takes letters until its code is free (two different digests
    /// differ within thirteen letters: 31¹³ > 2⁶⁴). A digest seen before (never met, but a file could be made
    /// so) would lengthen forever under that rule; it takes its twelve letters and a numbered suffix instead.
    static func resolve(_ digests: [UInt64]) -> [String] {
        var taken: Set<String> = [], seen: Set<UInt64> = []
        return digests.map { digest in
            if seen.insert(digest).inserted {
                var length = 4
                while !taken.insert(StableHash.code(digest, length: length)).inserted { length += 1 }
                return StableHash.code(digest, length: length)
            }
            let base = StableHash.code(digest, length: 12)
            var n = 2
            while !taken.insert("\(base)-\(n)").inserted { n += 1 }
            return "\(base)-\(n)"
        }
    }

    /// How a person is labelled: their alias, or their name when revealed.
    public func label(_ person: Person) -> String {
        options.revealNames ? person.name : alias(person.id)
    }

    /// The stable alias of a person id (`K7QM`), or `?` for an id the graph lacks.
    public func alias(_ id: Person.ID) -> String {
        guard let position = graph.index(of: id) else { return "?" }
        let digest = StableHash.of(id.rawValue)
        let key = UInt64(StableHash.prefixKey(digest))
        // The run of people sharing this code's first four letters (usually just this person).
        var low = 0, high = byCode.count
        while low < high {
            let mid = (low + high) / 2
            if byCode[mid] >> 32 < key { low = mid + 1 } else { high = mid }
        }
        var run: [Int] = []
        while low < byCode.count, byCode[low] >> 32 == key {
            run.append(Int(byCode[low] & 0xFFFF_FFFF))
            low += 1
        }
        guard run.count > 1, let rank = run.firstIndex(of: position) else { return StableHash.code(digest, length: 4) }
        let people = graph.people
        return Self.resolve(run.prefix(rank + 1).map { StableHash.of(people[$0].id.rawValue) })[rank]
    }

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

    /// Letters and digits without look-alikes (no 0/O, 1/I/L).
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A code of `length` letters from ``alphabet``; a shorter code of the same digest is a prefix of a longer.
    static func code(_ digest: UInt64, length: Int) -> String {
        var digits = CodeDigits(digest)
        var out = ""
        for _ in 0..<length { out.append(alphabet[digits.next()]) }
        return out
    }

    /// The first four digits of a digest's code as one number: equal exactly when the four-letter codes are.
    static func prefixKey(_ digest: UInt64) -> UInt32 {
        var digits = CodeDigits(digest)
        var key: UInt32 = 0
        for _ in 0..<4 { key = key * UInt32(alphabet.count) + UInt32(digits.next()) }
        return key
    }

    /// The digits of a digest's code, one per letter: base-31 digits of the digest, and of a remix of it once
    /// they run out.
    struct CodeDigits {
        let digest: UInt64
        var value: UInt64

        init(_ digest: UInt64) {
            self.digest = digest
            value = digest
        }

        mutating func next() -> Int {
            let base = UInt64(StableHash.alphabet.count)
            let digit = Int(value % base)
            value /= base
            if value == 0 { value = digest &* 0x9E37_79B9_7F4A_7C15 }
            return digit
        }
    }
}
