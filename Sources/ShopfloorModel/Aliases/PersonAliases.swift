import Dispatch
import ShopfloorText

/// The alias of every person of one source: the one alias scheme of every artefact (maps, cell charts,
/// exports, plans, calendars, findings), so the same person has the same alias in all of them.
///
/// A person's alias is the code (``AliasCode``) of the keyed digest of their id (``AliasKey``): four letters,
/// and when several people share those four letters they are taken in id order and each takes as many more
/// letters as it needs to be unique. Only those clashes are sorted by id, and only when an alias among them is
/// asked for, so a million people prepare in a few array passes; an alias is resolved when it is asked for.
public struct PersonAliases: PersonNaming {
    /// The key the aliases are computed with (random when the source carries no secret).
    public let key: AliasKey
    private let people: [Person]
    /// The graph, for its own id lookup (a person's position in ``people``).
    private let graph: OrganizingGraph
    private let digests: [UInt64]
    /// Every person as `first four code digits << 32 | position`, sorted by those digits and then by position:
    /// the people whose four-letter codes collide sit side by side (``run(_:)`` puts them in id order, the order
    /// that settles who keeps it).
    private let byCode: [UInt64]

    /// Prepares the aliases of a graph's people.
    /// - Complexity: one HMAC per person (spread over the cores; none when the key knows the digests), a radix
    ///   sort of one integer per person; each alias asked for then sorts the few ids that share its four letters.
    public init(graph: OrganizingGraph, key: AliasKey) {
        self.key = key
        self.graph = graph
        people = graph.people
        let digests = key.knownDigests(of: people) ?? Self.digests(of: people, key: key)
        var keys = [UInt64](repeating: 0, count: people.count)
        for i in people.indices {
            keys[i] = UInt64(AliasCode.prefixKey(digests[i])) << 32 | UInt64(i)
        }
        // The positions ascend: a stable sort by the prefix alone is the full sort.
        RadixSort.sortByHighHalf(&keys)
        self.digests = digests
        byCode = keys
    }

    /// Every person's digest, in chunks computed on all cores (each chunk writes its own slots).
    private static func digests(of people: [Person], key: AliasKey) -> [UInt64] {
        let chunk = 1 << 14
        let chunks = (people.count + chunk - 1) / chunk
        return [UInt64](unsafeUninitializedCapacity: people.count) { buffer, count in
            let out = DigestBuffer(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                guard let base = out.base else { return }
                for i in c * chunk..<min(people.count, (c + 1) * chunk) {
                    (base + i).initialize(to: key.digest(people[i].id.rawValue))
                }
            }
            count = people.count
        }
    }

    /// Whether the aliases are random for this run (the source carries no secret).
    public var isRandom: Bool { key.isRandom }

    /// The alias of a person id (`K7QM`), or `?` for an id the source lacks.
    public func alias(_ id: Person.ID) -> String {
        guard let position = graph.index(of: id) else { return "?" }
        let digest = digests[position]
        let run = self.run(AliasCode.prefixKey(digest))
        guard run.count > 1, let rank = run.firstIndex(of: position) else { return AliasCode.code(digest, length: 4) }
        return Self.resolve(run.prefix(rank + 1).map { digests[$0] })[rank]
    }

    /// The positions of the people whose codes begin with the four letters of `prefix`, in id order.
    private func run(_ prefix: UInt32) -> [Int] {
        let key = UInt64(prefix)
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
        // In position order here; a stable sort by id settles who keeps the four letters.
        if run.count > 1 { run.sort { people[$0].id < people[$1].id } }
        return run
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
                while !taken.insert(AliasCode.code(digest, length: length)).inserted { length += 1 }
                return AliasCode.code(digest, length: length)
            }
            let base = AliasCode.code(digest, length: 12)
            var n = 2
            while !taken.insert("\(base)-\(n)").inserted { n += 1 }
            return "\(base)-\(n)"
        }
    }

    /// The person whose alias is `text` (its first four letters find the few candidates), if any.
    public func person(alias text: String) -> Person.ID? {
        let letters = Array(text.prefix(4))
        guard letters.count == 4 else { return nil }
        var prefix: UInt32 = 0
        for letter in letters {
            guard let digit = AliasCode.alphabet.firstIndex(of: letter) else { return nil }
            prefix = prefix * UInt32(AliasCode.alphabet.count) + UInt32(digit)
        }
        for position in run(prefix) where alias(people[position].id) == text { return people[position].id }
        return nil
    }

    // MARK: PersonNaming

    /// A person is written as their alias.
    public func written(_ id: Person.ID) -> String { alias(id) }

    /// The person an alias (or, from a plan written with names revealed, an id) stands for.
    public func person(written text: String) throws(PersonNamingError) -> Person.ID {
        let byAlias = person(alias: text)
        let byID = graph.index(of: Person.ID(text)) != nil ? Person.ID(text) : nil
        switch (byAlias, byID) {
        case let (a?, b?) where a != b: throw .ambiguous(text)
        case let (a?, _): return a
        case let (nil, b?): return b
        case (nil, nil):
            throw .unknown(text, hint: key.isRandom
                ? Text.string("alias.randomCannotReadBack") : Text.string("store.wasThePlanWritten"))
        }
    }
}

/// Writes person ids as they are: the naming of outputs whose names are revealed.
public struct RevealedNaming: PersonNaming {
    private let ids: Set<Person.ID>

    /// The naming of a graph's people by their own ids.
    public init(graph: OrganizingGraph) { ids = Set(graph.people.map(\.id)) }

    public func written(_ id: Person.ID) -> String { id.rawValue }

    public func person(written text: String) throws(PersonNamingError) -> Person.ID {
        guard ids.contains(Person.ID(text)) else { throw .unknown(text, hint: Text.string("store.wasThePlanWritten")) }
        return Person.ID(text)
    }
}

/// The output buffer of the digest chunks, each of which writes its own slots.
private struct DigestBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt64>?
}

extension PersonAliases {
    /// How an output of the source writes person ids: as these aliases (safe by default), or as they are when
    /// names are revealed.
    public func naming(revealNames: Bool, graph: OrganizingGraph) -> any PersonNaming {
        revealNames ? RevealedNaming(graph: graph) : self
    }
}
